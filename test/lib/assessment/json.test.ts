import { describe, expect, test } from 'vitest';
import { parseJsonSafely } from '../../../src/lib/assessment/json';
import { parseAssessment } from '../../../src/lib/assessment/parse';

describe('parseJsonSafely', () => {
  test('parses JSON like JSON.parse when there is nothing forbidden', () => {
    const text = '{"a": [1, {"b": null}], "c": "ü"}';
    const json = parseJsonSafely(text);
    expect(json?.value).toEqual(JSON.parse(text));
    expect(json?.forbiddenKeyIn(json.value)).toBeUndefined();
  });

  test.each(['__proto__', 'constructor', 'prototype'])('drops the key %s and remembers it', (key) => {
    const json = parseJsonSafely(`{"a": {"${key}": {"x": 1}}, "b": {}}`);
    const value = json?.value as { a: object; b: object };
    expect(Object.keys(value.a)).toEqual([]);
    expect(Object.getPrototypeOf(value.a)).toBe(Object.prototype);
    expect(json?.forbiddenKeyIn(value)).toBe(key);
    expect(json?.forbiddenKeyIn(value.a)).toBe(key);
    expect(json?.forbiddenKeyIn(value.b)).toBeUndefined();
  });

  test('returns nothing for text that is not JSON', () => {
    expect(parseJsonSafely('{')).toBeUndefined();
  });

  test('neither throws nor hangs on deeply nested JSON just under 1 MB', () => {
    const depth = 500_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(() => parseAssessment(text)).not.toThrow();
    expect(parseAssessment(text).ok).toBe(false);
  });
});
