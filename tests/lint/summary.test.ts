import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/lint/summary';

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

describe('WORKDIR in the summary', () => {
  it('counts a WORKDIR that creates a directory as a layer, and one that returns to it as metadata', () => {
    const s = summarize('FROM debian:12\nWORKDIR /app\nWORKDIR src\nWORKDIR /app\nWORKDIR /\n');
    expect(s.instructions.map((i) => `${i.keyword}:${i.kind}`)).toEqual([
      'FROM:stage',
      'WORKDIR:layer',
      'WORKDIR:layer',
      'WORKDIR:metadata',
      'WORKDIR:metadata',
    ]);
    expect(s.layers).toBe(2);
    expect(s.metadata).toBe(2);
  });

  it('knows the directories of the stage it builds on', () => {
    const s = summarize('FROM debian:12 AS base\nWORKDIR /app\nFROM base\nWORKDIR /app\n');
    expect(s.stages.map((st) => [st.layers, st.metadata])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});
