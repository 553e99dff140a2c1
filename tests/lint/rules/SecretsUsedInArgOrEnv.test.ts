import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import type { Diagnostic } from '../../../src/lint/types';
import { lines as ruleLines } from './_helpers';

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

describe('SecretsUsedInArgOrEnv on GPG key fingerprints', () => {
  it('does not report a GPG/PGP key name holding public fingerprints', () => {
    const R = 'SecretsUsedInArgOrEnv';
    expect(ruleLines('FROM python:3.13\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\n', R)).toEqual(
      [],
    );
    expect(ruleLines('FROM alpine:3.20\nENV PGP_KEYS="0xA035C8C19219BA82 64E628F8D684696D"\n', R)).toEqual(
      [],
    );
  });
  it('still reports a GPG key name without a value, or with a value that is not a fingerprint', () => {
    const R = 'SecretsUsedInArgOrEnv';
    expect(ruleLines('FROM alpine:3.20\nARG GPG_KEY\n', R)).toEqual([2]);
    expect(ruleLines('FROM alpine:3.20\nENV GPG_KEY=-----BEGIN\n', R)).toEqual([2]);
    expect(ruleLines('FROM alpine:3.20\nENV API_KEY=7169605F62C751356D054A26A821E680E5FA6305\n', R)).toEqual([
      2,
    ]);
  });
});
