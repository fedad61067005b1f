import { describe, expect, test } from 'vitest';
import { hoistIslandStyles, islandStyle } from '../../src/lib/hoist-island-styles';

const head = '<!DOCTYPE html><html><head><title>x</title></head>';

describe('hoistIslandStyles', () => {
  test('moves the island style from the body to the end of the head', () => {
    const html = `${head}<body><p>a</p>${islandStyle}<script>1</script><astro-island></astro-island></body></html>`;
    expect(hoistIslandStyles(html)).toBe(
      `<!DOCTYPE html><html><head><title>x</title>${islandStyle}</head><body><p>a</p><script>1</script><astro-island></astro-island></body></html>`,
    );
  });

  test('keeps one copy when the body has several', () => {
    const html = `${head}<body>${islandStyle}<i></i>${islandStyle}</body></html>`;
    expect(hoistIslandStyles(html).split(islandStyle)).toHaveLength(2);
    expect(hoistIslandStyles(html)).toContain(`${islandStyle}</head><body><i></i></body>`);
  });

  test.each([
    ['a page without islands', `${head}<body><p>a</p></body></html>`],
    ['a page whose head has it already', `<html><head>${islandStyle}</head><body></body></html>`],
    ['a fragment without a head', `<p>a</p>${islandStyle}`],
  ])('leaves %s unchanged', (_, html) => {
    expect(hoistIslandStyles(html)).toBe(html);
  });
});
