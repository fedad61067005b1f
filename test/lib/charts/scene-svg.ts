/**
 * Renders a chart scene with the site's own renderer (`src/components/figures/ChartSvg.tsx`, the markup that
 * ships) and makes it a standalone SVG file for snapshots: one mark per line, so a change to a chart is a
 * readable diff, and a style block so the file opens in a browser as a picture of the chart (light colours).
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ChartSvg } from '../../../src/components/figures/ChartSvg';
import type { Scene } from '../../../src/lib/charts/scene';

const style = `
    text { font-family: system-ui, 'DejaVu Sans', sans-serif; fill: #1a1a1a }
    .chart__value { font-weight: 700 } .chart__note { fill: #454b52; font-style: italic }
    .chart__track, .chart__cell-empty { fill: #fff; stroke: #6b7178 } .chart__bar, .chart__cell, .chart__rank { fill: #0a4a82 }
    [class*='--derived'] { stroke: #0a4a82; stroke-width: 2; stroke-dasharray: 5 3 } circle[class*='--derived'] { fill: #fff }
    .chart__rank-number { fill: #fff; font-weight: 700 } text[class*='--derived'] { fill: #1a1a1a }
    .chart__connector { stroke: #6b7178; stroke-width: 2 } .chart__hatch { stroke: #0a4a82; stroke-width: 2.5 }
    .chart__grid { stroke: #c5cbd1 } .chart__tick { fill: #454b52 } .chart__target { stroke: #1a1a1a; stroke-width: 4 }
    .chart__before { fill: #fff; stroke: #1a1a1a; stroke-width: 3 }`;

/** The scene as the site renders it, as an SVG document; `title` is its `<title>`. */
export function sceneToSvg(scene: Scene, title: string): string {
  const markup = renderToString(h(ChartSvg, { scene, id: 'chart', title, class: 'chart' }));
  const body = markup
    .replace(/^<svg([^>]*)>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/><(?!\/)/g, '>\n<')
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const open = /^<svg([^>]*)>/.exec(markup)?.[1] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${open} width="${String(scene.width)}" overflow="visible">`,
    `  <style>${style}\n  </style>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
