import { describe, expect, it } from 'vitest';
import { resolveWorkdir, summarize } from '../../src/lint/summary';

describe('summarize', () => {
  it('counts layers and metadata per stage', () => {
    const s = summarize(
      'ARG V=20\nFROM node:${V} AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM build AS test\nRUN npm test\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\nEXPOSE 80\n',
    );
    expect(s.fragment).toBe(false);
    expect(s.baseImages).toEqual(['node:${V}', 'nginx:1.27']);
    expect(s.stages.map((x) => [x.index, x.name, x.base, x.parentStage, x.layers, x.metadata])).toEqual([
      [0, 'build', 'node:${V}', null, 3, 0],
      [1, 'test', 'build', 0, 1, 0],
      [2, null, 'nginx:1.27', null, 1, 1],
    ]);
    expect(s.layers).toBe(5);
    expect(s.metadata).toBe(1);
    expect(s.instructions[0]).toEqual({ line: 1, keyword: 'ARG', kind: 'build-arg', stage: null });
  });

  it('handles fragments', () => {
    const s = summarize('RUN echo hi\nENV A=1\n');
    expect(s.fragment).toBe(true);
    expect(s.stages).toEqual([]);
    expect([s.layers, s.metadata]).toEqual([1, 1]);
  });
});

describe('instruction kinds as BuildKit commits them', () => {
  const kindIn = (line: string) => {
    const s = summarize(`FROM debian:12\n${line}\n`);
    return s.instructions[1]?.kind;
  };
  it.each([
    ['RUN true', 'layer'],
    ['COPY a /a', 'layer'],
    ['ADD a.tar /a', 'layer'],
    ['WORKDIR /app', 'layer'],
    ['ENV A=1', 'metadata'],
    ['LABEL a=b', 'metadata'],
    ['CMD ["sh"]', 'metadata'],
    ['ENTRYPOINT ["sh"]', 'metadata'],
    ['EXPOSE 80', 'metadata'],
    ['VOLUME /data', 'metadata'],
    ['USER 10001', 'metadata'],
    ['STOPSIGNAL SIGQUIT', 'metadata'],
    ['HEALTHCHECK CMD ["true"]', 'metadata'],
    ['SHELL ["/bin/bash", "-c"]', 'metadata'],
    ['ONBUILD RUN true', 'metadata'],
    ['MAINTAINER someone', 'metadata'],
    ['ARG V=1', 'build-arg'],
  ])('%s is %s', (line, kind) => {
    expect(kindIn(line)).toBe(kind);
  });

  it('FROM opens a stage and adds nothing by itself', () => {
    const s = summarize('FROM debian:12\n');
    expect(s.instructions[0]?.kind).toBe('stage');
    expect([s.layers, s.metadata]).toEqual([0, 0]);
  });
});

describe('WORKDIR in the summary (BuildKit: every WORKDIR other than / commits a layer)', () => {
  it('counts a WORKDIR to a directory that already exists as a (possibly empty) layer', () => {
    const s = summarize('FROM debian:12\nWORKDIR /app\nWORKDIR src\nWORKDIR /app\nWORKDIR /tmp\n');
    expect(s.instructions.map((i) => `${i.keyword}:${i.kind}`)).toEqual([
      'FROM:stage',
      'WORKDIR:layer',
      'WORKDIR:layer',
      'WORKDIR:layer',
      'WORKDIR:layer',
    ]);
    expect([s.layers, s.metadata]).toEqual([4, 0]);
  });

  it('counts WORKDIR / and a relative path that resolves to / as metadata', () => {
    const s = summarize('FROM debian:12\nWORKDIR /\nWORKDIR /app\nWORKDIR ..\nWORKDIR "/"\n');
    expect(s.instructions.slice(1).map((i) => i.kind)).toEqual(['metadata', 'layer', 'metadata', 'metadata']);
  });

  it('resolves a relative path against the WORKDIR of the stage it builds on', () => {
    const s = summarize('FROM debian:12 AS base\nWORKDIR /app\nFROM base\nWORKDIR ..\nWORKDIR sub\n');
    expect(s.stages.map((st) => [st.layers, st.metadata])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it('counts a WORKDIR with a variable as a layer', () => {
    expect(summarize('FROM debian:12\nARG D=/srv\nWORKDIR $D\n').instructions[2]?.kind).toBe('layer');
  });
});

describe('resolveWorkdir', () => {
  it('joins and cleans like Go path.Join', () => {
    expect(resolveWorkdir('/app', 'src/../lib/')).toBe('/app/lib');
    expect(resolveWorkdir('/app', '/x//y/.')).toBe('/x/y');
    expect(resolveWorkdir('/', '../..')).toBe('/');
  });
});
