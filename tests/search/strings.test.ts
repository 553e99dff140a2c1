import { describe, expect, it } from 'vitest';
import { SEARCH_STRINGS } from '../../src/components/Search/strings';

/** Call a string function with sample arguments to compare the texts. */
function sample(fn: (...args: never[]) => string): string {
  return (fn as (...args: unknown[]) => string)(...Array.from({ length: fn.length }, () => 'DL3008'));
}

describe('search strings (kept out of code.json so pages that never open search do not carry them)', () => {
  const pt = SEARCH_STRINGS['pt-BR'];
  const en = SEARCH_STRINGS.en;

  it('has the same entries in pt-BR and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pt).sort());
  });

  it('translates every entry to English, with the same placeholders filled in', () => {
    for (const key of Object.keys(pt) as (keyof typeof pt)[]) {
      const a = sample(pt[key]);
      const b = sample(en[key]);
      expect(a.trim(), `pt-BR ${key}`).not.toBe('');
      expect(b, `en ${key} is still Portuguese`).not.toBe(a);
      expect(pt[key].length, key).toBe(en[key].length);
      if (a.includes('DL3008')) expect(b, `en ${key} lost its placeholder`).toContain('DL3008');
    }
  });
});
