/**
 * Astro writes the style rule of its island elements as a `<style>` just before the first island, inside
 * `<body>`, where HTML does not allow it (the Nu HTML Checker reports it). This moves it to the end of
 * `<head>` unchanged, so its hash in the Content-Security-Policy still matches.
 */

/** The element Astro renders (`astro/dist/runtime/server/scripts.js`, `ISLAND_STYLES`). */
export const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** `html` with Astro's island `<style>` moved from the body into the head; other pages unchanged. */
export function hoistIslandStyles(html: string): string {
  const headEnd = html.indexOf('</head>');
  const at = html.indexOf(islandStyle, headEnd);
  if (headEnd === -1 || at === -1) return html;
  const body = html.slice(headEnd, at) + html.slice(at + islandStyle.length).replaceAll(islandStyle, '');
  return `${html.slice(0, headEnd)}${islandStyle}${body}`;
}
