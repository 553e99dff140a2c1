import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3066')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3066', () => {
  it('points at the user and only looks at the part before the colon', () => {
    expect(find('USER app:app\n')).toEqual([[1, 6, 13]]);
    expect(find('USER 10001:app\n')).toEqual([]);
    expect(find('USER "10001"\n')).toEqual([]);
  });
  it('accepts a variable only when it names an ARG declared earlier (global or in a stage)', () => {
    expect(find('ARG UID=10001\nFROM debian:12-slim\nUSER ${UID}\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nARG UID=10001\nUSER $UID:$UID\n')).toEqual([]);
    expect(find('FROM debian:12-slim\nENV UID=10001\nUSER $UID\n')).toHaveLength(1);
    expect(find('FROM debian:12-slim\nUSER $UID\nARG UID=10001\n')).toHaveLength(1);
  });
  it('does not look at ONBUILD USER', () => {
    expect(find('FROM debian:12-slim\nONBUILD USER app\n')).toEqual([]);
  });
});
