import { describe, expect, test } from 'vitest';
import { chartLayoutCss, layouts } from '../../../src/lib/charts/chart-layouts';

describe('chartLayoutCss', () => {
  const css = chartLayoutCss();

  test('shows the narrowest layout when no container query applies', () => {
    const [first] = layouts;
    expect(css.slice(0, css.indexOf('@container'))).toContain(`.chart--${first.name} {\n  display: block;`);
  });

  test.each(layouts.slice(1).map((layout, index) => ({ ...layout, previous: layouts[index]?.name })))(
    'switches from the $previous to the $name layout from a box of $minBox px on (in rem)',
    ({ name, minBox, previous }) => {
      const query = `@container (min-width: ${String(minBox / 16)}rem) {`;
      expect(css).toContain(query);
      const rule = css.slice(css.indexOf(query), css.indexOf('}\n}', css.indexOf(query)));
      expect(rule).toContain(`.chart--${previous ?? ''} {\n    display: none;`);
      expect(rule).toContain(`.chart--${name} {\n    display: block;`);
    },
  );

  test('has one container query per layout wider than the first', () => {
    expect(css.match(/@container/g)).toHaveLength(layouts.length - 1);
  });
});
