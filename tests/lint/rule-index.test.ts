import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE, indexedRules, isIndexCurrent, ruleFiles } from '../../scripts/generate-rule-index';
import { ruleById, rules } from '../../src/lint/rules/index';

describe('rule registry', () => {
  it('src/lint/rules/index.ts is up to date (run `npm run gen:rules`)', () => {
    const text = readFileSync(INDEX_FILE, 'utf8');
    expect(indexedRules(text)).toEqual(ruleFiles());
    expect(isIndexCurrent(text, ruleFiles())).toBe(true);
  });

  it('ids and aliases are unique across rules', () => {
    const seen = new Map<string, string>();
    for (const r of rules) {
      for (const id of [r.id, ...(r.aliases ?? [])]) {
        expect(seen.get(id), `${id} claimed by ${seen.get(id)} and ${r.id}`).toBeUndefined();
        seen.set(id, r.id);
      }
    }
  });

  it('file name equals rule id', () => {
    const files = ruleFiles();
    for (const r of rules) expect(files).toContain(r.id);
  });

  it('engine-reserved ids are not used by rules', () => {
    for (const r of rules) {
      for (const id of [r.id, ...(r.aliases ?? [])]) {
        expect(id).not.toMatch(/^(CAM000|CAM9\d\d|DL1000)$/);
      }
    }
  });

  it('ruleById resolves ids and aliases', () => {
    expect(ruleById('DL3006')?.id).toBe('DL3006');
    expect(ruleById('DL3000')?.id).toBe('WorkdirRelativePath');
    expect(ruleById('WorkdirRelativePath')?.id).toBe('WorkdirRelativePath');
    expect(ruleById('NOPE')).toBeUndefined();
  });
});
