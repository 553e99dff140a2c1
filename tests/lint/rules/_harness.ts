/**
 * A RuleTester-style harness (after ESLint's and typescript-eslint's): `valid` snippets must give no
 * finding of the rule, `invalid` ones exactly the listed findings (position and message key, in file
 * order). Message keys are typed by the rule's messages: an unknown key does not compile. With
 * `onbuild: true` a case is also checked as `ONBUILD RUN …` (each line starting with `RUN ` prefixed,
 * the findings on those lines moved 8 columns right); `onbuild: ['COPY', 'RUN']` does the same for the
 * lines starting with each listed keyword. `output` pins the text after this rule's fixes.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/lint/config';
import { formatMessage, lint } from '../../../src/lint/engine';
import { applyFixes } from '../../../src/lint/fixes';
import type { Diagnostic, Rule } from '../../../src/lint/types';

export interface ExpectedError<M extends string> {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageKey: M;
  /** The placeholders of the message (`{package}` …): with them the whole English message is pinned. */
  data?: Record<string, string | number>;
  /** The hadolint ids this finding carries (rules merging several: `['DL3025']`). */
  aliases?: string[];
}

interface CaseOptions {
  config?: Config;
  fragment?: boolean;
  dockerignore?: string;
  buildArgs?: Record<string, string>;
  /** Run the rule even when its default severity is 'off'. */
  includeOff?: boolean;
  /**
   * Also check the case with every `RUN` line as `ONBUILD RUN` (`true`), or every line starting with
   * one of the listed (upper-case) keywords as an ONBUILD trigger.
   */
  onbuild?: boolean | readonly string[];
}

export type ValidCase = string | ({ code: string } & CaseOptions);

export interface InvalidCase<M extends string> extends CaseOptions {
  code: string;
  errors: ExpectedError<M>[];
  /** Text after applying this rule's fixes once; `null` = the findings carry no fix. */
  output?: string | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which message key produced `message` (English templates, placeholders matched loosely). */
function keyOf<M extends string>(rule: Rule<M>, message: string): M | undefined {
  const keys = Object.keys(rule.messages) as M[];
  return keys.find((k) => {
    const parts = rule.messages[k].en.split(/\{\w+\}/).map(escapeRegExp);
    return new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(message);
  });
}

function findings<M extends string>(rule: Rule<M>, code: string, opts: CaseOptions): Diagnostic[] {
  return lint(code, {
    rules: [rule as unknown as Rule],
    locale: 'en',
    config: opts.config,
    fragment: opts.fragment,
    dockerignore: opts.dockerignore,
    buildArgs: opts.buildArgs,
    includeOff: opts.includeOff,
  }).filter((d) => d.rule === rule.id);
}

function toOnbuild(code: string, onbuild: true | readonly string[]): { code: string; lines: Set<number> } {
  const keywords = onbuild === true ? ['RUN'] : onbuild;
  const lines = new Set<number>();
  const out = code
    .split('\n')
    .map((l, i) => {
      if (!keywords.some((k) => l.startsWith(`${k} `))) return l;
      lines.add(i + 1);
      return `ONBUILD ${l}`;
    })
    .join('\n');
  // an `onbuild` case without such a line would check nothing more: refuse it
  if (lines.size === 0) throw new Error(`onbuild: no line starts with ${keywords.join('/')}`);
  return { code: out, lines };
}

export function ruleTester<M extends string>(
  rule: Rule<M>,
  cases: { valid: ValidCase[]; invalid: InvalidCase<M>[] },
): void {
  describe(`${rule.id} (rule tester)`, () => {
    cases.valid.forEach((c, i) => {
      const vc = typeof c === 'string' ? { code: c } : c;
      it(`valid #${i + 1}`, () => {
        expect(findings(rule, vc.code, vc)).toEqual([]);
        if (vc.onbuild) expect(findings(rule, toOnbuild(vc.code, vc.onbuild).code, vc)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}: ${c.errors.map((e) => `${e.messageKey}@${e.line}:${e.column}`).join(', ')}`, () => {
        const check = (code: string, expected: ExpectedError<M>[]) => {
          const got = findings(rule, code, c).map((d, i) => ({
            line: d.line,
            column: d.column,
            ...(expected.some((e) => e.endLine !== undefined) ? { endLine: d.endLine } : {}),
            ...(expected.some((e) => e.endColumn !== undefined) ? { endColumn: d.endColumn } : {}),
            messageKey: keyOf(rule, d.message),
            ...(expected[i]?.data !== undefined ? { message: d.message } : {}),
            ...(expected[i]?.aliases !== undefined ? { aliases: d.aliases ?? [] } : {}),
          }));
          const want = expected.map((e) => ({
            line: e.line,
            column: e.column,
            ...(expected.some((x) => x.endLine !== undefined) ? { endLine: e.endLine } : {}),
            ...(expected.some((x) => x.endColumn !== undefined) ? { endColumn: e.endColumn } : {}),
            messageKey: e.messageKey,
            ...(e.data !== undefined
              ? { message: formatMessage(rule.messages[e.messageKey].en, e.data) }
              : {}),
            ...(e.aliases !== undefined ? { aliases: e.aliases } : {}),
          }));
          expect(got).toEqual(want);
        };
        check(c.code, c.errors);
        if (c.onbuild) {
          const ob = toOnbuild(c.code, c.onbuild);
          // the prefix moves the columns of its own line only (an end on a continuation line stays)
          const shift = (line: number) => (ob.lines.has(line) ? 8 : 0);
          check(
            ob.code,
            c.errors.map((e) => ({
              ...e,
              column: e.column + shift(e.line),
              ...(e.endColumn !== undefined ? { endColumn: e.endColumn + shift(e.endLine ?? e.line) } : {}),
            })),
          );
        }
        if (c.output !== undefined) {
          const ds = findings(rule, c.code, c);
          if (c.output === null) expect(ds.filter((d) => d.fix)).toEqual([]);
          else expect(applyFixes(c.code, ds).text).toBe(c.output);
        }
      });
    });
  });
}
