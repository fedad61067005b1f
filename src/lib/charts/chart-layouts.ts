/**
 * The widths (viewBox units) a survey chart is laid out at, and the narrowest box each is shown in (CSS px, at
 * the default font size): the one place both the chart code (`./figure-chart`) and the container queries that
 * pick a layout (`chartLayoutCss`, served as `virtual:chart-layouts.css` by `src/integrations/chart-layouts.ts`)
 * read them. Text is 16 units high, so on screen it is never smaller than 16 × minBox / width ≈ 14 px; the
 * narrowest box is a 320 px screen minus page and box padding.
 */
export const layouts = [
  { name: 'narrow', width: 288, minBox: 256 },
  { name: 'medium', width: 448, minBox: 384 },
  { name: 'wide', width: 640, minBox: 576 },
] as const;
export type Layout = (typeof layouts)[number];

/** The root font size `minBox` is measured against: the queries are in rem, so they follow the reader's font size. */
const remPx = 16;

/**
 * The CSS that shows each survey chart (`.chart.chart--<layout>`, one `<svg>` per layout) in the layout made for
 * its box: the narrowest by default, each wider one from its `minBox` on (a container query on the chart box).
 */
export function chartLayoutCss(): string {
  const [first, ...wider] = layouts;
  const rules = [
    '.chart {\n  display: none;\n  width: 100%;\n  height: auto;\n  overflow: visible;\n}',
    `.chart--${first.name} {\n  display: block;\n}`,
  ];
  let previous: Layout = first;
  for (const layout of wider) {
    rules.push(
      `@container (min-width: ${String(layout.minBox / remPx)}rem) {\n` +
        `  .chart--${previous.name} {\n    display: none;\n  }\n\n` +
        `  .chart--${layout.name} {\n    display: block;\n  }\n}`,
    );
    previous = layout;
  }
  return `${rules.join('\n\n')}\n`;
}
