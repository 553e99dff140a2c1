import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import type { Diagnostic } from '../../../src/lint/types';

/** Findings of this rule for `text`, in English. */
function findings(rule: string, text: string): Diagnostic[] {
  return lint(text, { locale: 'en' }).filter((d) => d.rule === rule);
}

/** `[line, column]` of each finding. */
function at(rule: string, text: string): [number, number][] {
  return findings(rule, text).map((d) => [d.line, d.column]);
}

const R = 'SecretsUsedInArgOrEnv';

describe(R, () => {
  it('flags each secret-looking key on its own range', () => {
    const text = 'FROM alpine:3.20\nENV LOG_LEVEL=info DB_PASSWORD=x api_key=y\n';
    expect(at(R, text)).toEqual([
      [2, 20],
      [2, 34],
    ]);
    const [d] = findings(R, text);
    expect(d.aliases).toEqual(['DL3064']);
    expect(d.message).toContain('`ENV DB_PASSWORD`');
  });

  it('matches whole `_`-separated words only, case-insensitively', () => {
    const names = ['GITHUB_TOKEN', 'Secret', 'AUTH', 'AWS_ACCESS_KEY_ID', 'my_passwd', 'CREDENTIALS'];
    for (const n of names) expect(at(R, `ARG ${n}\n`), n).toEqual([[1, 5]]);
    const clean = [
      'TOKENIZER',
      'MONKEY',
      'AUTHOR',
      'PUBLIC_KEY',
      'PASSWORD_FILE',
      'TOKEN_VERSION',
      'KEYRING',
    ];
    for (const n of clean) expect(at(R, `ARG ${n}\n`), n).toEqual([]);
  });

  it('checks global ARGs, legacy ENV and ONBUILD, like hadolint', () => {
    expect(at(R, 'ARG NPM_TOKEN\nFROM alpine:3.20\n')).toEqual([[1, 5]]);
    expect(at(R, 'ENV API_TOKEN abc def\n')).toEqual([[1, 5]]);
    expect(at(R, 'FROM alpine:3.20\nONBUILD ENV SECRET=x\n')).toEqual([[2, 13]]);
  });

  it('reports on the instruction line for a key on a continuation line', () => {
    expect(at(R, 'ENV A=1 \\\n    SECRET=2\n')).toEqual([[1, 1]]);
  });
});
