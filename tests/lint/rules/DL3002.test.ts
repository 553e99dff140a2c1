import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const lines = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3002')
    .map((d) => d.line);

describe('DL3002', () => {
  it('flags the last USER of each stage when it is root', () => {
    expect(lines('FROM debian:12-slim AS a\nUSER root\nFROM debian:12-slim\nUSER "0:0"\n')).toEqual([2, 4]);
  });
  it('accepts switching back to another user', () => {
    expect(lines('FROM debian:12-slim\nUSER root\nRUN mkdir /d\nUSER 10001\n')).toEqual([]);
  });
  it('does not take rootless or other names for root', () => {
    expect(lines('FROM debian:12-slim\nUSER rootless\nUSER 1000:0\n')).toEqual([]);
  });
  it('is off for fragments', () => {
    expect(lines('USER root\n')).toEqual([]);
  });
});
