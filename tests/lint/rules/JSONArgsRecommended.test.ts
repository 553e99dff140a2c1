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

const R = 'JSONArgsRecommended';

describe(R, () => {
  it('flags shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD on the arguments', () => {
    const text = 'FROM alpine:3.20\nCMD run\nENTRYPOINT run\nHEALTHCHECK --interval=5s CMD check\n';
    expect(at(R, text)).toEqual([
      [2, 5],
      [3, 12],
      [4, 27],
    ]);
    expect(findings(R, text)[0].aliases).toEqual(['DL3025']);
  });

  it('suggests the exec form for a plain command, not for shell syntax', () => {
    expect(findings(R, 'CMD node /app/server.js\n')[0].message).toContain(
      '(`CMD ["node", "/app/server.js"]`)',
    );
    expect(findings(R, 'HEALTHCHECK CMD curl -f http://x/\n')[0].message).toContain(
      '(`HEALTHCHECK CMD ["curl", "-f", "http://x/"]`)',
    );
    expect(findings(R, 'CMD node $APP\n')[0].message).not.toContain('[');
    expect(findings(R, 'CMD a && b\n')[0].message).not.toContain('[');
  });

  it('accepts exec form (also over several lines) and HEALTHCHECK NONE', () => {
    expect(at(R, 'CMD [ "a", \\\n  "b" ]\nHEALTHCHECK NONE\nENTRYPOINT ["x"]\n')).toEqual([]);
  });

  it('is silent after a SHELL in the stage or a parent stage, not in an unrelated stage', () => {
    expect(at(R, 'FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD run\n')).toEqual([]);
    expect(at(R, 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nFROM alpine:3.20\nCMD run\n')).toEqual([
      [4, 5],
    ]);
    expect(at(R, 'FROM alpine:3.20\nCMD run\nSHELL ["/bin/ash", "-c"]\n')).toEqual([[2, 5]]);
  });

  it('reports on the keyword line when the arguments start on a continuation line', () => {
    expect(at(R, 'CMD \\\n  run\n')).toEqual([[1, 1]]);
  });
});

describe('JSONArgsRecommended fix suggestions and reasons', () => {
  it('turns a single-quoted array into the JSON form instead of shell words', () => {
    const [d] = findings(R, "ENTRYPOINT ['node', 'x.js']\n");
    expect(d.message).toContain('(`ENTRYPOINT ["node", "x.js"]`)');
    expect(d.message).not.toContain('[node,');
  });

  it('gives no suggestion for a bracketed text that is no array', () => {
    expect(findings(R, 'CMD [node x.js\n')[0].message).not.toContain('(`');
  });

  it('drops a leading exec, which is a shell builtin', () => {
    expect(findings(R, 'CMD exec node /app/server.js\n')[0].message).toContain(
      '(`CMD ["node", "/app/server.js"]`)',
    );
  });

  it('gives HEALTHCHECK CMD its own reason, not PID 1 signals', () => {
    const [d] = findings(R, "HEALTHCHECK --interval=5s CMD ['curl', '-f', 'http://x/']\n");
    expect(d.message).not.toContain('signals');
    expect(d.message).toContain('/bin/sh');
    expect(d.message).toContain('(`HEALTHCHECK CMD ["curl", "-f", "http://x/"]`)');
    expect(findings(R, 'CMD node x.js\n')[0].message).toContain('signals');
  });
});
