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

const R = 'FromPlatformFlagConstDisallowed';

describe(R, () => {
  it('flags a constant platform on the flag, naming DL3029', () => {
    expect(at(R, 'FROM --platform=linux/amd64 alpine:3.20\n')).toEqual([[1, 6]]);
    expect(at(R, 'FROM --platform="linux/arm64/v8" alpine:3.20 AS tools\n')).toEqual([[1, 6]]);
    expect(at(R, 'FROM --platform=linux alpine:3.20\n')).toEqual([[1, 6]]);
    expect(at(R, 'FROM --platform=arm64 alpine:3.20\n')).toEqual([[1, 6]]);
    expect(findings(R, 'FROM --platform=linux/amd64 alpine:3.20\n')[0].aliases).toEqual(['DL3029']);
  });

  it('accepts any variable, like BuildKit', () => {
    for (const v of ['$BUILDPLATFORM', '${TARGETPLATFORM:-linux/amd64}', '$PLATFORM', 'linux/${ARCH}']) {
      expect(at(R, `FROM --platform=${v} alpine:3.20\n`), v).toEqual([]);
    }
  });

  it('accepts a stage named after its OS or (normalised) architecture', () => {
    expect(at(R, 'FROM --platform=linux/amd64 alpine:3.20 AS build_AMD64\n')).toEqual([]);
    expect(at(R, 'FROM --platform=linux/aarch64 alpine:3.20 AS tools-arm64\n')).toEqual([]);
    expect(at(R, 'FROM --platform=windows/amd64 alpine:3.20 AS windows-tools\n')).toEqual([]);
  });

  it('leaves unparseable values to the build (it fails there)', () => {
    expect(at(R, 'FROM --platform=banana alpine:3.20\n')).toEqual([]);
    expect(at(R, 'FROM --platform=a/b/c/d alpine:3.20\n')).toEqual([]);
  });
});
