/** Inputs Docker refuses or misreads are reported, each with a message that says what is wrong. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';

const brief = (text: string, options: Parameters<typeof lint>[1] = {}) =>
  lint(text, { locale: 'en', ...options }).map((d) => `${d.rule}@${d.line}:${d.column}`);

describe('inputs Docker rejects or misreads', () => {
  it('EXPOSE of something that is not a port is a syntax error at the word', () => {
    expect(brief('FROM debian:12\nEXPOSE 80 abc\n')).toContain('DL1000@2:11');
    expect(lint('FROM debian:12\nEXPOSE abc\n', { locale: 'en' })[0].message).toBe(
      'EXPOSE: "abc" is not a port (use a number, a range like 8000-8010, and /tcp or /udp)',
    );
    // ports, ranges, protocols, variables and quoted ports are not syntax errors
    expect(brief('FROM debian:12\nARG P=80\nEXPOSE 80 443/tcp 8000-8010/udp $P ${P}/tcp "8080"\n')).toEqual(
      [],
    );
  });

  it('CMD/ENTRYPOINT with single quotes is told "single quotes are not JSON", not given a literal rewrite', () => {
    for (const kw of ['CMD', 'ENTRYPOINT']) {
      const d = lint(`FROM debian:12\nUSER 10001\n${kw} ['single', 'quotes']\n`, { locale: 'en' });
      expect(d.map((x) => x.rule)).toEqual(['JSONArgsRecommended']);
      expect(d[0].message).toMatch(/^Single quotes are not JSON/);
      expect(d[0].message).not.toContain('["[');
    }
    const pt = lint("FROM debian:12\nUSER 10001\nCMD ['a']\n");
    expect(pt[0].message).toMatch(/^Aspas simples não são JSON/);
  });

  it('an unterminated heredoc, an empty file and a comments-only file are reported', () => {
    expect(brief('FROM debian:12\nRUN <<EOF\necho hi\n')).toContain('DL1000@2:5');
    expect(brief('', { fragment: false })).toEqual(['DL1000@1:1']);
    expect(brief('# syntax=docker/dockerfile:1\n# nothing else\n', { fragment: false })).toEqual([
      'DL1000@1:1',
    ]);
  });
});
