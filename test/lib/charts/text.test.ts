import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/charts/text';

describe('textWidth', () => {
  test('scales with the font size and is wider in bold', () => {
    expect(textWidth('Kommunen', 32)).toBeCloseTo(2 * textWidth('Kommunen', 16));
    expect(textWidth('23 von 32', 16, true)).toBeGreaterThan(textWidth('23 von 32', 16));
  });

  test('is not less than DejaVu Sans, the widest common system font, measures (27.9 em at 1 px)', () => {
    expect(textWidth('Kommunen mit einem Konzept für die Zusammenarbeit', 1)).toBeGreaterThanOrEqual(27.9);
  });
});

describe('wrapText', () => {
  const label =
    'Fachbereiche für Integration, die zwischen 11 % und 25 % ihrer Personalressourcen für die Zusammenarbeit aufwenden';

  test.each([288, 448, 640])('keeps every line within %i units and loses no word', (width) => {
    const lines = wrapText(label, width, 16);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(label);
  });

  test('may break after a hyphen or slash between words, never inside a word', () => {
    expect(wrapText('Integrations-/Ausländerbeirat', 150, 16)).toEqual(['Integrations-/', 'Ausländerbeirat']);
    expect(wrapText('Integrations-/Ausländerbeirat', 300, 16)).toEqual(['Integrations-/Ausländerbeirat']);
  });

  test('leaves a word longer than the line whole', () => {
    expect(wrapText('Integrationsbeauftragten', 50, 16)).toEqual(['Integrationsbeauftragten']);
  });
});
