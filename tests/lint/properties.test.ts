/**
 * Property-based tests of the engine (issue 3): `lint()` never throws, always terminates (a hang fails
 * the test by its timeout; wall-clock performance is measured in bench/, never here), and returns
 * well-formed diagnostics (see diagnostic-invariants.ts), deterministically, in both locales.
 *
 * Inputs: random text (full Unicode, lone surrogates, control characters); random line-structured
 * "Dockerfile-like" text (keywords, flags, quotes, backslashes, heredoc markers, pragmas, JSON arrays);
 * and mutations (insert / delete / duplicate lines, swap / insert characters, truncate) of the rules'
 * own `examples.good/bad`.
 *
 * `npm test` runs a modest number of cases; raise it with e.g.
 *   FC_NUM_RUNS=2000 npx vitest run --project unit tests/lint/properties.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_DIAGNOSTICS, lint, lintAllLocales, SYNTAX_ERROR_ID } from '../../src/lint/engine';
import { KNOWN_KEYWORDS } from '../../src/lint/parse';
import { rules } from '../../src/lint/rules/index';
import { assertWellFormed } from './diagnostic-invariants';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS) || 60;
const TIMEOUT = Math.max(60_000, NUM_RUNS * 1_000);
const params = { numRuns: NUM_RUNS };

/** The whole contract for one input: no throw, well-formed, deterministic, same in both locales. */
function checkText(text: string): void {
  let pt: ReturnType<typeof lint> = [];
  expect(() => {
    pt = lint(text);
  }).not.toThrow();
  assertWellFormed(text, pt, 'pt-BR');
  const en = lint(text, { locale: 'en' });
  assertWellFormed(text, en, 'en');
  // deterministic
  expect(lint(text)).toEqual(pt);
  // same findings in both locales, only the messages differ; one run gives both
  expect(en.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn, d.severity])).toEqual(
    pt.map((d) => [d.rule, d.line, d.column, d.endLine, d.endColumn, d.severity]),
  );
  expect(lintAllLocales(text)).toEqual({ 'pt-BR': pt, en });
  // a rule that throws becomes CAM000: never acceptable, on any input
  const crashed = pt.filter((d) => d.rule === 'CAM000');
  expect(crashed, JSON.stringify(text)).toEqual([]);
}

// ------------------------------------------------------------------------------------------------
// Generators

const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }, // lone surrogates too
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) }, // control chars
  {
    weight: 3,
    arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\t', '\\', '`', '"', "'", '$', '\0', '\uFEFF', '#'),
  },
);
const randomText = fc.array(anyChar, { maxLength: 200 }).map((cs) => cs.join(''));

const KEYWORDS = [...KNOWN_KEYWORDS];
const keyword = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS).map((k) => k.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom('BOGUS', 'Run', 'fRoM', 'ONBUILD ONBUILD', 'ONBUILD RUN', '') },
);
const flag = fc.constantFrom(
  '--mount=type=cache,target=/var/cache/apt',
  '--mount=type=secret,id=x',
  '--mount=',
  '--from=build',
  '--platform=$BUILDPLATFORM',
  '--platform=linux/amd64',
  '--chown=app:app',
  '--chmod=755',
  '--link',
  '--network=none',
  '--interval=30s',
  '--',
  '--=',
);
const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'debian',
      'debian:12',
      'ubuntu:latest',
      'alpine:3.20@sha256:abc',
      'localhost:5000/x/y:1',
      '${BASE:-debian}:${TAG}',
      'AS',
      'as',
      'build',
      'scratch',
      'apt-get',
      'install',
      '-y',
      'curl',
      'curl=7.88',
      'apk',
      'add',
      '--no-cache',
      'pip',
      'npm',
      'sudo',
      'cd',
      '/app',
      'app',
      '.',
      'KEY=value',
      'KEY="a b"',
      "KEY='x'",
      'KEY',
      '8080/tcp',
      '80/UDP',
      'root',
      '&&',
      '||',
      '|',
      ';',
      '>',
      '2>&1',
      '$(uname -m)',
      '`id`',
      '(cd /x',
      ')',
      '{',
      '}',
      'if',
      'then',
      'fi',
      '"unterminated',
      "'unterminated",
      '"q w"',
      '\\',
      '\\\\',
      '<<EOF',
      '<<-EOT',
      "<<'EOF'",
      '<<"X"',
      '[',
      ']',
      '["sh", "-c", "echo hi"]',
      '["broken",',
      '[]',
      'CMD',
      'NONE',
      '#',
      '$',
      '${',
      'ｆｕｌｌ',
      'ção',
      '😀',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);
const instructionLine = fc
  .tuple(
    keyword,
    fc.array(flag, { maxLength: 2 }),
    fc.array(word, { maxLength: 6 }),
    fc.constantFrom('', ' \\', '\\', ' '),
  )
  .map(([k, fs, ws, end]) => [k, ...fs, ...ws].join(' ') + end);
const otherLine = fc.constantFrom(
  '',
  '   ',
  '# a comment',
  '# hadolint ignore=DL3008,DL3015',
  '# hadolint ignore=',
  '# hadolint global ignore=DL3006',
  '# hadolint stage ignore=DL3000',
  '# hadolint shell=powershell',
  '# hadolint bogus',
  '# check=skip=all',
  '# check=error=true;experimental=all',
  '# check=skip=JSONArgsRecommended',
  '# syntax=docker/dockerfile:1',
  '# escape=`',
  '# escape=\\',
  'EOF',
  'EOT',
  'X',
  '  && apt-get install -y git',
  '\tapk add x',
  'set -e',
);
const line = fc.oneof({ weight: 3, arbitrary: instructionLine }, { weight: 2, arbitrary: otherLine });
const dockerfileLike = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean())
  .map(([ls, eol, bom, trailing]) => (bom ? '\uFEFF' : '') + ls.join(eol) + (trailing ? eol : ''));

// Seeds: the rules' own examples (never the GPL conformance corpus).
const SEEDS = [...new Set(rules.flatMap((r) => [...r.examples.bad, ...r.examples.good]))];

type Mutation =
  | { op: 'insertLine'; at: number; line: string }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapChars'; at: number }
  | { op: 'insertChar'; at: number; ch: string }
  | { op: 'truncate'; at: number };
const position = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insertLine' as const), at: position, line }),
  fc.record({ op: fc.constant('deleteLine' as const), at: position }),
  fc.record({ op: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ op: fc.constant('swapChars' as const), at: position }),
  fc.record({ op: fc.constant('insertChar' as const), at: position, ch: anyChar }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
);
function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = m.at % (lines.length + (m.op === 'insertLine' ? 1 : 0));
  const ci = text.length === 0 ? 0 : m.at % text.length;
  switch (m.op) {
    case 'insertLine':
      lines.splice(li, 0, m.line);
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(li, 0, lines[li]);
      return lines.join('\n');
    case 'swapChars':
      if (text.length < 2) return text;
      return text.slice(0, ci) + (text[ci + 1] ?? '') + text[ci] + text.slice(ci + 2);
    case 'insertChar':
      return text.slice(0, ci) + m.ch + text.slice(ci);
    case 'truncate':
      return text.slice(0, ci);
  }
}
const mutatedExample = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, ms]) => ms.reduce(mutate, seed));

// ------------------------------------------------------------------------------------------------

describe('lint() properties', () => {
  it(
    'the seeds themselves satisfy the contract',
    () => {
      expect(SEEDS.length).toBeGreaterThan(100);
      for (const s of SEEDS) checkText(s);
    },
    TIMEOUT,
  );

  it(
    'random text (full Unicode, lone surrogates, control characters)',
    () => {
      fc.assert(fc.property(randomText, checkText), params);
    },
    TIMEOUT,
  );

  it(
    'random Dockerfile-like text (keywords, flags, quotes, backslashes, heredocs, pragmas)',
    () => {
      fc.assert(fc.property(dockerfileLike, checkText), params);
    },
    TIMEOUT,
  );

  it(
    'mutations of the rules’ examples',
    () => {
      fc.assert(fc.property(mutatedExample, checkText), params);
    },
    TIMEOUT,
  );

  it(
    'an unknown instruction is a DL1000 with a position and a bilingual message',
    () => {
      const unknownKeyword = fc.stringMatching(/^[A-Z]{2,10}$/).filter((k) => !KNOWN_KEYWORDS.has(k));
      fc.assert(
        fc.property(unknownKeyword, fc.constantFrom(...SEEDS), (k, seed) => {
          // as the first line it is an instruction whatever the seed holds
          const text = `${k} x\n${seed}`;
          const { 'pt-BR': pt, en } = lintAllLocales(text);
          const i = pt.findIndex((d) => d.rule === SYNTAX_ERROR_ID && d.line === 1);
          expect(i, text).toBeGreaterThanOrEqual(0);
          expect([pt[i].column, pt[i].endLine, pt[i].endColumn]).toEqual([1, 1, k.length + 1]);
          expect(pt[i].severity).toBe('error');
          expect(pt[i].message).toContain(k);
          expect(en[i].message).toBe(`Unknown instruction: ${k}`);
          expect(pt[i].message).not.toBe(en[i].message);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it('DL1000 also for an instruction without arguments, documented in both locales', () => {
    const { 'pt-BR': pt, en } = lintAllLocales('FROM debian:12\nWORKDIR\n');
    const d = pt.find((x) => x.rule === SYNTAX_ERROR_ID);
    expect(d && [d.line, d.column, d.endLine, d.endColumn]).toEqual([2, 1, 2, 8]);
    expect(d?.message).toBe('WORKDIR precisa de pelo menos um argumento');
    expect(en.find((x) => x.rule === SYNTAX_ERROR_ID)?.message).toBe(
      'WORKDIR requires at least one argument',
    );
    const info = ENGINE_DIAGNOSTICS.find((e) => e.id === SYNTAX_ERROR_ID);
    expect(info?.title['pt-BR']).toBeTruthy();
    expect(info?.title.en).toBeTruthy();
  });
});
