import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string, trustedRegistries: string[]) =>
  lint(text, { locale: 'en', fragment: false, config: { trustedRegistries } })
    .filter((d) => d.rule === 'DL3026')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3026', () => {
  it('is inactive without trustedRegistries', () => {
    expect(hits('FROM quay.io/x/y:1\n', [])).toEqual([]);
  });
  it('points at the image', () => {
    expect(hits('FROM quay.io/x/y:1 AS a\n', ['ghcr.io'])).toEqual([[1, 6, 19]]);
  });
  it('supports prefix and suffix wildcards', () => {
    expect(hits('FROM registry.corp.com/y:1\n', ['registry.*'])).toEqual([]);
    expect(hits('FROM eu.corp.com/y:1\n', ['*.corp.com'])).toEqual([]);
    expect(hits('FROM corp.com.evil.io/y:1\n', ['*.corp.com'])).toHaveLength(1);
  });
  it('skips variables, stages, indexes and scratch', () => {
    expect(hits('ARG B=debian:12\nFROM ${B}\n', ['ghcr.io'])).toEqual([]);
    expect(hits('FROM scratch\n', ['ghcr.io'])).toEqual([]);
    expect(
      hits(
        'FROM ghcr.io/a/b:1 AS Build\nFROM ghcr.io/a/c:1\nCOPY --from=build /x /y\nCOPY --from=0 /x /y\n',
        ['ghcr.io'],
      ),
    ).toEqual([]);
  });
  it('reports one finding per RUN with several untrusted mounts', () => {
    expect(
      hits(
        'FROM ghcr.io/a/b:1\nRUN --mount=type=bind,from=x.io/a:1,target=/a --mount=from=y.io/b:1,target=/b ls\n',
        ['ghcr.io'],
      ),
    ).toHaveLength(1);
  });
});
