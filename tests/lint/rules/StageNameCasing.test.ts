import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('StageNameCasing', () => {
  it('reports a stage name with capitals, on the name', () => {
    const [d] = findings('FROM alpine:3.20 AS MyStage\n', 'StageNameCasing');
    expect([d.line, d.column, d.endColumn]).toEqual([1, 21, 28]);
    expect(d.message).toContain('MyStage');
  });
  it('accepts lowercase names, digits, dashes and unnamed stages', () => {
    expect(lines('FROM alpine:3.20 AS build-2\nFROM alpine:3.20\n', 'StageNameCasing')).toEqual([]);
  });
  it('reports every offending stage', () => {
    expect(
      lines('FROM alpine:3.20 AS A\nFROM alpine:3.20 AS b\nFROM alpine:3.20 AS C\n', 'StageNameCasing'),
    ).toEqual([1, 3]);
  });
  it('is skipped by check=skip', () => {
    expect(lines('# check=skip=StageNameCasing\nFROM alpine:3.20 AS Up\n', 'StageNameCasing')).toEqual([]);
  });
});
