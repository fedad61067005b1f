import type { Mark, Scene } from '../../lib/charts/scene';
import { HatchPattern } from './HatchPattern';

interface Props {
  /** The laid-out chart. */
  scene: Scene;
  /** Unique id; the title and hatch pattern get ids derived from it. */
  id: string;
  /** Short name of the chart. */
  title: string;
  /** Everything the chart shows, in words; omit it when a visible caption beside the chart says it already. */
  desc?: string | undefined;
  /** Classes of the `<svg>`, e.g. the layout it is for. */
  class: string;
}

/** `chart__bar`, plus `chart__bar--derived` for a value the paper does not state; styled by each chart (FigureChart.astro, the self-check's and comparison's stylesheets). */
const classOf = (mark: Mark): string =>
  'derived' in mark && mark.derived
    ? `chart__${mark.role} chart__${mark.role}--derived`
    : `chart__${mark.role}`;

/**
 * Draws any chart scene as SVG: the one renderer of the survey charts (rendered at build time, no JavaScript)
 * and of the self-check's level chart (rendered in the island), so the snapshot tests check what ships.
 */
export function ChartSvg({ scene, id, title, desc, class: className }: Props) {
  const hatch = `${id}-hatch`;
  const labelledBy = desc === undefined ? `${id}-title` : `${id}-title ${id}-desc`;
  return (
    <svg
      class={className}
      viewBox={`0 0 ${String(scene.width)} ${String(scene.height)}`}
      role="img"
      aria-labelledby={labelledBy}
      font-size={scene.fontSize}
    >
      <title id={`${id}-title`}>{title}</title>
      {desc !== undefined && <desc id={`${id}-desc`}>{desc}</desc>}
      {scene.marks.some((mark) => mark.type === 'rect' && mark.derived) && <HatchPattern id={hatch} />}
      {scene.marks.map((mark, index) => {
        switch (mark.type) {
          case 'rect':
            return (
              <rect
                key={index}
                class={classOf(mark)}
                x={mark.x}
                y={mark.y}
                width={mark.width}
                height={mark.height}
                fill={mark.derived ? `url(#${hatch})` : undefined}
              />
            );
          case 'circle':
            return <circle key={index} class={classOf(mark)} cx={mark.cx} cy={mark.cy} r={mark.r} />;
          case 'line':
            return (
              <line key={index} class={classOf(mark)} x1={mark.x1} y1={mark.y1} x2={mark.x2} y2={mark.y2} />
            );
          case 'text':
            return (
              <text key={index} class={classOf(mark)} x={mark.x} y={mark.y} text-anchor={mark.anchor}>
                {mark.text}
              </text>
            );
        }
      })}
    </svg>
  );
}
