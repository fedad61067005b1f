/**
 * Serializes a chart scene as a standalone SVG file for snapshots: one mark per line, so a change to a chart is a
 * readable diff, and the file opens in a browser as a picture of the chart (light colours of the site).
 */
import type { Mark, Scene } from '../../../src/lib/charts/scene';

const style = `
    text { font-family: system-ui, 'DejaVu Sans', sans-serif; fill: #1a1a1a }
    .value { font-weight: 700 } .note { fill: #454b52; font-style: italic }
    .track, .cell-empty { fill: #fff; stroke: #6b7178 } .bar, .cell, .rank { fill: #0a4a82 }
    .derived { fill: url(#hatch); stroke: #0a4a82; stroke-width: 2; stroke-dasharray: 5 3 }
    circle.derived { fill: #fff } .rank-number { fill: #fff; font-weight: 700 } text.derived { fill: #1a1a1a }
    .connector { stroke: #6b7178; stroke-width: 2 } .hatch { stroke: #0a4a82; stroke-width: 2.5 }`;

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

function markToSvg(mark: Mark): string {
  const className = `${mark.role}${'derived' in mark && mark.derived ? ' derived' : ''}`;
  switch (mark.type) {
    case 'rect':
      return `<rect class="${className}" x="${String(mark.x)}" y="${String(mark.y)}" width="${String(mark.width)}" height="${String(mark.height)}"/>`;
    case 'circle':
      return `<circle class="${className}" cx="${String(mark.cx)}" cy="${String(mark.cy)}" r="${String(mark.r)}"/>`;
    case 'line':
      return `<line class="${className}" x1="${String(mark.x1)}" y1="${String(mark.y1)}" x2="${String(mark.x2)}" y2="${String(mark.y2)}"/>`;
    case 'text':
      return `<text class="${className}" x="${String(mark.x)}" y="${String(mark.y)}" text-anchor="${mark.anchor}">${escape(mark.text)}</text>`;
  }
}

/** The scene as an SVG document, `title` as its `<title>`. */
export function sceneToSvg(scene: Scene, title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(scene.width)} ${String(scene.height)}" width="${String(scene.width)}" font-size="${String(scene.fontSize)}" overflow="visible">`,
    `  <title>${escape(title)}</title>`,
    `  <style>${style}\n  </style>`,
    '  <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch" x1="3" y1="0" x2="3" y2="6"/></pattern></defs>',
    ...scene.marks.map((mark) => `  ${markToSvg(mark)}`),
    '</svg>',
    '',
  ].join('\n');
}
