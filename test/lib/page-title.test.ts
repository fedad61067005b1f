import { describe, expect, test } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/page-title';

const site = 'Leitfaden Migrantenorganisationen';

describe('documentTitle', () => {
  test('puts the page before the site name', () => {
    expect(documentTitle('Vorwort', site)).toBe('Vorwort – Leitfaden Migrantenorganisationen');
  });

  test('names the site once on the start page', () => {
    expect(documentTitle(site, site)).toBe(site);
  });

  test('drops the site name where it would make the title too long', () => {
    const page = 'Zusammenarbeit über das Integrationsressort hinaus – Empfehlungen';
    expect(documentTitle(page, site)).toBe(page);
    expect(page.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
