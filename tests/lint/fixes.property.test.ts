import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';
import { applyFixes, fixText } from '../../src/lint/fixes';
import { rules } from '../../src/lint/rules/index';
import type { Diagnostic, Rule } from '../../src/lint/types';

/** Rules that declare a safe fix (`Rule.fix`, shown on the rule page). */
const FIXABLE = rules.filter((r) => r.fix).map((r) => r.id);

/**
 * Checks a fix may change besides its own: a fixed keyword's casing decides FromAsCasing, and fixing
 * MAINTAINER's casing decides which casing LABEL gets. Any other change in other findings is a failure.
 */
const MAY_ALSO_CHANGE: Record<string, string[]> = {
  ConsistentInstructionCasing: ['FromAsCasing'],
};

const byId = new Map<string, Rule>(rules.map((r) => [r.id, r]));
const key = (d: Diagnostic) => `${d.rule}@${d.line}`;
const count = (ds: Diagnostic[]) => {
  const m = new Map<string, number>();
  for (const d of ds) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
  return m;
};

/** Apply the fixes of `id` once and compare: its fixed findings gone, every other finding unchanged. */
function checkFix(id: string, text: string, options: Parameters<typeof lint>[1]): void {
  const before = lint(text, options);
  const mine = before.filter((d) => d.rule === id && d.fix);
  if (mine.length === 0) return;
  const { text: fixed, applied } = applyFixes(text, mine);
  expect(applied.length).toBeGreaterThan(0);
  expect(fixed.split('\n').length).toBe(text.split('\n').length); // no fix adds or removes lines
  const after = lint(fixed, options);
  const mineAfter = after.filter((d) => d.rule === id).length;
  expect(mineAfter).toBeLessThanOrEqual(before.filter((d) => d.rule === id).length - applied.length);
  const allowed = new Set([id, ...(MAY_ALSO_CHANGE[id] ?? [])]);
  const others = (ds: Diagnostic[]) => count(ds.filter((d) => !allowed.has(d.rule)));
  expect(others(after)).toEqual(others(before));
}

/** Harmless lines to put around an example (none of them makes a fixable rule fire). */
const FILLER = ['# a comment', 'ENV APP_ENV=production', 'LABEL org.example.team=web', 'ARG BUILD_ID=1', ''];

function variant(text: string, extra: { head: string[]; tail: string[]; onbuild: boolean }): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const from = lines.findIndex((l) => /^from\s/i.test(l));
  const body = lines.map((l) => (extra.onbuild && /^RUN\s/.test(l) && from >= 0 ? `ONBUILD ${l}` : l));
  body.splice(from + 1, 0, ...extra.head);
  return `${[...body, ...extra.tail].join('\n')}\n`;
}

describe('safe fixes', () => {
  it('the rules that declare a fix are exactly those whose bad examples get one', () => {
    const fixing = rules
      .filter((r) =>
        r.examples.bad.some((bad) =>
          lint(bad, { config: r.examplesConfig }).some((d) => d.rule === r.id && d.fix),
        ),
      )
      .map((r) => r.id);
    expect(fixing.sort()).toEqual([...FIXABLE].sort());
    expect(FIXABLE.length).toBeGreaterThanOrEqual(11);
    for (const id of FIXABLE) {
      const rule = byId.get(id);
      expect(rule, id).toBeDefined();
      const found = rule?.examples.bad.some((bad) =>
        lint(bad, { config: rule.examplesConfig }).some((d) => d.rule === id && d.fix),
      );
      expect(found, id).toBe(true);
    }
  });

  it.each(FIXABLE)('%s: the fixed bad examples lose the finding and keep every other one', (id) => {
    const rule = byId.get(id) as Rule;
    for (const bad of rule.examples.bad) checkFix(id, bad, { config: rule.examplesConfig });
  });

  it('generated variants (lines around, ONBUILD RUN) keep the property', () => {
    const pool = FIXABLE.flatMap((id) => (byId.get(id) as Rule).examples.bad.map((bad) => ({ id, bad })));
    const lines = fc.array(fc.constantFrom(...FILLER), { maxLength: 3 });
    fc.assert(
      fc.property(
        fc.constantFrom(...pool),
        fc.record({ head: lines, tail: lines, onbuild: fc.boolean() }),
        ({ id, bad }, extra) => {
          checkFix(id, variant(bad, extra), { config: (byId.get(id) as Rule).examplesConfig });
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });

  it('fixText reaches a text with no fixable finding left, in few rounds', () => {
    const text =
      'from debian:12 As build\nMAINTAINER Jane <j@x.org>\nRUN apt-get install curl=1 && pip install x==1\n' +
      'EXPOSE 80/TCP\nENV A b\nCMD node server.js\n';
    const { text: fixed, remaining, fixed: n } = fixText(text);
    expect(n).toBeGreaterThanOrEqual(8);
    expect(remaining.filter((d) => d.fix)).toEqual([]);
    expect(fixed).toContain(
      'RUN apt-get install --no-install-recommends -y curl=1 && pip install --no-cache-dir x==1',
    );
    expect(fixed).toContain('FROM debian:12 AS build');
    expect(fixed).toContain('ENV A=b');
  });

  it('applyFixes skips a fix that overlaps one already applied and edits nothing outside the text', () => {
    const edit = (column: number, text: string) => ({
      fix: { edits: [{ line: 1, column, endLine: 1, endColumn: column + 3, text }] },
    });
    const r = applyFixes('abcdefgh', [edit(1, 'X'), edit(2, 'Y'), edit(5, 'Z')]);
    expect(r.text).toBe('XdZh');
    expect(r.skipped).toHaveLength(1);
    expect(
      applyFixes('ab', [{ fix: { edits: [{ line: 3, column: 1, endLine: 3, endColumn: 1, text: 'x' }] } }])
        .text,
    ).toBe('ab');
  });
});
