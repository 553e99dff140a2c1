import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';
import { rules } from '../../src/lint/rules/index';
import { LOCALES } from '../../src/lint/types';

// For EVERY registered rule: each bad example fires the rule; each good example fires nothing at all
// (under the rule's `examplesConfig`, if any).
describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const enable =
    rule.severity === 'off' || rule.experimental
      ? { ...rule.examplesConfig, override: { warning: [rule.id] } }
      : rule.examplesConfig;

  it('has metadata in both locales', () => {
    for (const l of LOCALES) {
      expect(rule.title[l], `title ${l}`).toBeTruthy();
      expect(rule.rationale[l], `rationale ${l}`).toBeTruthy();
      for (const [key, msg] of Object.entries(rule.messages))
        expect(msg[l], `message ${key} ${l}`).toBeTruthy();
    }
    expect(rule.examples.bad.length, 'at least one bad example').toBeGreaterThan(0);
    expect(rule.examples.good.length, 'at least one good example').toBeGreaterThan(0);
  });

  it.each(rule.examples.bad.map((e, i) => [i, e] as const))(
    'bad example #%i fires the rule',
    (_i, example) => {
      const diags = lint(example, { config: enable, dockerignore: rule.examplesDockerignore });
      expect(diags.map((d) => d.rule)).toContain(rule.id);
    },
  );

  it.each(rule.examples.good.map((e, i) => [i, e] as const))(
    'good example #%i fires nothing',
    (_i, example) => {
      const diags = lint(example, { config: enable, dockerignore: rule.examplesDockerignore });
      expect(diags.map((d) => `${d.rule}@${d.line}:${d.column} ${d.message}`)).toEqual([]);
    },
  );
});
