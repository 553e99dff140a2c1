import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const lines = (text: string) =>
  lint(text, { locale: 'en', fragment: false })
    .filter((d) => d.rule === 'DL3009')
    .map((d) => d.line);

describe('DL3009', () => {
  it('points at the update command', () => {
    const d = lint('FROM debian:12-slim\nRUN apt-get update && apt-get install -y x\n', {
      locale: 'en',
    }).filter((x) => x.rule === 'DL3009');
    expect(d.map((x) => [x.line, x.column, x.endColumn])).toEqual([[2, 5, 19]]);
  });
  it('only counts an rm of the apt lists as cleanup', () => {
    expect(lines('FROM debian:12-slim\nRUN apt-get update && rm -rf /tmp/*\n')).toEqual([2]);
    expect(lines('FROM debian:12-slim\nRUN apt-get update && rm -fr /var/lib/apt/lists\n')).toEqual([]);
  });
  it('skips intermediate stages nothing builds on, but not ONBUILD triggers', () => {
    const text =
      'FROM debian:12-slim AS tools\nRUN apt-get update\nONBUILD RUN apt-get update\nFROM debian:12-slim\nRUN echo\n';
    expect(lines(text)).toEqual([3]);
  });
  it('accepts cache or tmpfs mounts over the lists (also via dst=)', () => {
    expect(
      lines('FROM debian:12-slim\nRUN --mount=type=tmpfs,dst=/var/lib/apt/lists apt-get update\n'),
    ).toEqual([]);
    expect(
      lines('FROM debian:12-slim\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update\n'),
    ).toEqual([2]);
  });
  it('sees commands in RUN heredocs', () => {
    expect(lines('FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n')).toHaveLength(
      1,
    );
  });
  it('accepts `apt-get dist-clean`, which removes the lists too (apt 2.7+)', () => {
    expect(
      lines(
        'FROM debian:13\nRUN apt-get update; apt-get install -y --no-install-recommends gnupg; apt-get dist-clean\n',
      ),
    ).toEqual([]);
    expect(
      lines(
        'FROM debian:13\nRUN apt-get update; apt-get install -y --no-install-recommends gnupg; apt-get clean\n',
      ),
    ).toEqual([2]);
  });
});

describe('DL3009 on build-only stages', () => {
  it('skips a base that only build stages use, checks the chain of the last stage', () => {
    const text =
      'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base AS build\nRUN make\nFROM debian:12\nCOPY --from=build /x /x\n';
    expect(lines(text)).toEqual([]);
    const kept =
      'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base\nRUN make\n';
    expect(lines(kept)).toEqual([2]);
    const viaArg =
      'ARG V=a\nFROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM base AS dev-a\nFROM dev-${V}\nRUN make\n';
    expect(lines(viaArg)).toEqual([3]);
  });
});
