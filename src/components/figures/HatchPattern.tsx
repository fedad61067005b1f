/** The diagonal hatching that fills a derived bar; marks use it as `url(#id)`. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="chart__hatch" x1="3" y1="0" x2="3" y2="6" />
      </pattern>
    </defs>
  );
}
