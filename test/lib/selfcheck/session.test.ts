import { beforeEach, describe, expect, test } from 'vitest';
import { readTab, SESSION_KEY, writeTab, type SessionLike } from '../../../src/lib/selfcheck/session';
import { hashOf, isShareHash, viewOf } from '../../../src/lib/selfcheck/views';
import { typical } from '../../fixtures/assessments';
import { loadSelfcheck } from '../../fixtures/data';

class Memory implements SessionLike {
  readonly values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

const catalogue = loadSelfcheck();
let storage: Memory;
beforeEach(() => {
  storage = new Memory();
});

describe('the tab’s answers', () => {
  test('come back as they were written, with the saved entry and a name as typed', () => {
    expect(writeTab(storage, { assessment: typical, savedId: 'abc', nameDraft: 'Amt <neu>' })).toBe(true);
    expect(readTab(storage, catalogue)).toEqual({
      kind: 'state',
      state: { assessment: typical, savedId: 'abc', nameDraft: 'Amt <neu>' },
      notices: [],
    });
  });

  test('are nothing while the tab holds nothing', () => {
    expect(readTab(storage, catalogue)).toEqual({ kind: 'none' });
  });

  test.each([
    ['not JSON', '{'],
    ['another shape', '{"answers":{}}'],
    [
      'an assessment the import would refuse',
      JSON.stringify({ version: 1, assessment: { ...typical, date: 'gestern' } }),
    ],
  ])('report %s as damaged, without throwing', (_, value) => {
    storage.setItem(SESSION_KEY, value);
    expect(readTab(storage, catalogue)).toEqual({ kind: 'damaged' });
  });

  test('say so when the browser refuses to keep them', () => {
    const refusing: SessionLike = {
      getItem: storage.getItem,
      removeItem: storage.removeItem,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeTab(refusing, { assessment: typical, savedId: undefined })).toBe(false);
  });
});

describe('the address of each screen', () => {
  test.each([
    [{ kind: 'overview' } as const, ''],
    [{ kind: 'dimension', id: 'raeume' } as const, '#bereich-raeume'],
    [{ kind: 'summary' } as const, '#antworten'],
    [{ kind: 'result' } as const, '#ergebnis'],
  ])('%j is %s and back', (view, hash) => {
    expect(hashOf(view)).toBe(hash);
    expect(viewOf(hash)).toEqual(view);
  });

  test.each(['#inhalt', '#bereich-keller', '#s=abc'])('%s is no screen', (hash) => {
    expect(viewOf(hash)).toBeUndefined();
  });

  test('recognises a share link', () => {
    expect(isShareHash('#s=eyJ')).toBe(true);
    expect(isShareHash('#ergebnis')).toBe(false);
  });
});
