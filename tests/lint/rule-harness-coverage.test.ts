/**
 * Every registered rule has its rule-tester file: tests/lint/rules/<id>.test.ts importing the rule and
 * passing it to `ruleTester` with at least one valid and one invalid case. The list comes from the
 * engine's registry, so a new rule without such a file fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index';

const dir = fileURLToPath(new URL('./rules/', import.meta.url));

/** Problems of the rule-tester file of `id` (empty when it is complete). */
function problems(id: string): string[] {
  const file = `${dir}${id}.test.ts`;
  if (!existsSync(file)) return [`no file tests/lint/rules/${id}.test.ts`];
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  if (!text.includes(`from '../../../src/lint/rules/${id}'`)) out.push('does not import the rule');
  if (!/ruleTester\(rule,/.test(text)) out.push('does not call ruleTester(rule, …)');
  // (comments before a case are allowed)
  const comments = String.raw`(?:\s*//[^\n]*)*\s*`;
  if (!new RegExp(String.raw`\bvalid: \[${comments}[^\]\s]`).test(text)) out.push('no valid case');
  if (!new RegExp(String.raw`\binvalid: \[${comments}\{`).test(text) || !/\berrors: \[\s*\{/.test(text))
    out.push('no invalid case with an expected finding');
  return out;
}

describe('rule tester coverage', () => {
  it('the registry is not empty', () => {
    expect(rules.length).toBeGreaterThan(80);
  });

  it.each(rules.map((r) => r.id))('%s has a rule-tester file with valid and invalid cases', (id) => {
    expect(problems(id)).toEqual([]);
  });

  it('refuses a rule without a file', () => {
    expect(problems('NoSuchRule')).toEqual(['no file tests/lint/rules/NoSuchRule.test.ts']);
  });
});
