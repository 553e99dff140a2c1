import { describe, expect, it } from 'vitest';
import { isValidImageReference } from '../../../src/lint/rules/_lib/reference';
import { expandWord, suggestName } from '../../../src/lint/rules/_lib/words';

const env: Record<string, string> = { A: 'alpha', EMPTY: '', N: '3' };
const lookup = (n: string) => env[n];
const expand = (w: string) => expandWord(w, lookup);

describe('expandWord (BuildKit word lexer)', () => {
  it.each([
    ['$A', 'alpha'],
    ['${A}-x', 'alpha-x'],
    ['pre$A.post', 'prealpha.post'],
    ['$UNSET', ''],
    ['${UNSET:-dflt}', 'dflt'],
    ['${EMPTY:-dflt}', 'dflt'],
    ['${EMPTY-dflt}', ''],
    ['${A:+yes}', 'yes'],
    ['${UNSET+yes}', ''],
    ['${UNSET:-$A}', 'alpha'],
    ["'$A'", '$A'],
    ['"$A"', 'alpha'],
    ['\\$A', '$A'],
    ['"\\$A"', '$A'],
    ['${A#al}', 'pha'],
    ['${A%ha}', 'alp'],
    ['${A/l/L}', 'aLpha'],
    ['$', '$'],
    ['a$-b', 'ab'],
  ])('%s → %s', (word, value) => expect(expand(word).value).toBe(value));

  it('records every lookup of an unset name, defaults included', () => {
    const e = expand('${X:-${Y}}$A$X');
    expect([...e.unmatched].sort()).toEqual(['X', 'Y']);
    expect(e.refs.map((r) => r.name)).toEqual(['Y', 'X', 'A', 'X']);
  });
  it('gives the offsets of each reference', () => {
    const e = expand('ab${A}c$N');
    expect(e.refs.map((r) => [r.name, r.start, r.end])).toEqual([
      ['A', 2, 6],
      ['N', 7, 9],
    ]);
  });
  it('flags syntax BuildKit rejects', () => {
    expect(expand('${A').ok).toBe(false);
    expect(expand('"open').ok).toBe(false);
    expect(expand('${A:x}').ok).toBe(false);
    expect(expand('${UNSET:?needed}').ok).toBe(false);
    expect(expand('fine').ok).toBe(true);
  });
  it('honours another escape character', () => {
    expect(expandWord('`$A', lookup, '`').value).toBe('$A');
  });
});

describe('suggestName', () => {
  it('suggests names within distance 2', () => {
    expect(suggestName('PAHT', ['PATH', 'HOME'])).toBe('PATH');
    expect(suggestName('MYARCH', ['MY_ARCH'])).toBe('MY_ARCH');
    expect(suggestName('version', ['tag'])).toBeNull();
  });
});

describe('isValidImageReference', () => {
  it.each([
    'alpine',
    'alpine:3.20',
    'library/alpine:latest',
    'ghcr.io/org/app:v1.2.3',
    'localhost:5000/app',
    'registry.example.com:443/a/b/c:tag',
    'Registry.example.com/app',
    'app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'busybox:stable-musl',
    'scratch',
  ])('valid: %s', (ref) => expect(isValidImageReference(ref)).toBe(true));
  it.each([
    '',
    'busybox:',
    ':latest',
    'Alpine',
    'org/App:1',
    'alpine:-bad',
    'a//b',
    '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  ])('invalid: %s', (ref) => expect(isValidImageReference(ref)).toBe(false));
});
