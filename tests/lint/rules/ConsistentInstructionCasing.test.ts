import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('ConsistentInstructionCasing', () => {
  it('reports the minority casing, on the keyword', () => {
    const [d] = findings('FROM alpine:3.20\nrun echo a\nRUN echo b\n', 'ConsistentInstructionCasing');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 1, 4]);
    expect(d.message).toContain('uppercase');
  });
  it('follows a lowercase majority', () => {
    const ds = findings('from alpine:3.20\nrun echo a\nRUN echo b\n', 'ConsistentInstructionCasing');
    expect(ds.map((d) => d.line)).toEqual([3]);
    expect(ds[0].message).toContain('lowercase');
  });
  it('a tie means uppercase', () => {
    expect(lines('from alpine:3.20\nRUN echo a\n', 'ConsistentInstructionCasing')).toEqual([1]);
  });
  it('always reports mixed case', () => {
    expect(lines('FROM alpine:3.20\nRun echo a\nRUN echo b\n', 'ConsistentInstructionCasing')).toEqual([2]);
  });
  it('does not count global ARGs (outside any stage), like BuildKit', () => {
    expect(lines('arg V=1\nFROM alpine:3.20\nRUN echo $V\n', 'ConsistentInstructionCasing')).toEqual([]);
  });
  it('does not look inside heredocs or ONBUILD triggers', () => {
    expect(
      lines("FROM alpine:3.20\nRUN <<'EOT'\nenv\nEOT\nONBUILD run echo\n", 'ConsistentInstructionCasing'),
    ).toEqual([]);
  });
  it('checks fragments too', () => {
    expect(lines('RUN echo a\nrun echo b\nRUN echo c\n', 'ConsistentInstructionCasing')).toEqual([2]);
  });
});
