/** Components that chapter MDX uses without importing them; the chapter page passes them to `<Content>`. */
export { default as Figures } from './Figures.astro';
export { default as Items } from './Items.astro';
export { default as Quote } from './Quote.astro';
export { default as FigureCount } from './FigureCount.astro';
