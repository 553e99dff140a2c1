import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const lines = (text: string) =>
  lint(text, { locale: 'en', includeOff: true })
    .filter((d) => d.rule === 'DL3057')
    .map((d) => d.line);

describe('DL3057', () => {
  it('is off by default', () => {
    expect(lint('FROM debian:12-slim\n').filter((d) => d.rule === 'DL3057')).toEqual([]);
  });
  it('reports each stage without a HEALTHCHECK, at its FROM', () => {
    expect(lines('FROM debian:12-slim AS a\nRUN true\nFROM debian:12-slim AS b\nHEALTHCHECK NONE\n')).toEqual(
      [1],
    );
  });
  it('a stage inherits the HEALTHCHECK of the stage it is built on (stage names are case-insensitive)', () => {
    expect(lines('FROM debian:12-slim AS Base\nHEALTHCHECK CMD ["true"]\nFROM base\nRUN true\n')).toEqual([]);
  });
  it('a HEALTHCHECK in a later stage covers the chain it is built on, not a sibling', () => {
    const text =
      'FROM debian:12-slim AS a\nFROM a AS b\nFROM a AS d\nRUN true\nFROM b AS c\nHEALTHCHECK NONE\n';
    expect(lines(text)).toEqual([3]);
  });
  it('ignores a HEALTHCHECK inside ONBUILD and does not run on fragments', () => {
    expect(lines('FROM debian:12-slim\nONBUILD HEALTHCHECK NONE\n')).toEqual([1]);
    expect(lines('RUN true\n')).toEqual([]);
  });
});
