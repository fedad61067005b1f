import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/data/site-config';
import { unfilledFields } from '../../src/lib/unfilled-config';

describe('unfilledFields', () => {
  test('lists every placeholder field of the shipped site-config.ts, in its order', () => {
    const expected = Object.keys(siteConfig).filter((key) => key !== 'statementDate');
    expect(unfilledFields(siteConfig)).toEqual(expected);
  });

  test.each([
    [{ publisher: 'Stadt Musterstadt' }, []],
    [{ publisher: '[Name der Kommune]' }, ['publisher']],
    [{ publisher: '  [Name der Kommune] ' }, ['publisher']],
    [{ address: ['Markt 1', '[Postleitzahl und Ort]'] }, ['address']],
    [{ address: ['Markt 1', '12345 Musterstadt'] }, []],
    [{ vatId: 'Nicht vorhanden [siehe § 2]' }, []],
  ])('%o → %o', (config, fields) => {
    expect(unfilledFields(config)).toEqual(fields);
  });
});
