import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('NoEmptyContinuation', () => {
  it('reports once per instruction, on the line where the continuation ends', () => {
    const text = 'FROM alpine:3.20\nRUN echo a \\\n\n    && echo b \\\n\n    && echo c\n';
    const ds = findings(text, 'NoEmptyContinuation');
    expect(ds.map((d) => d.line)).toEqual([6]);
    expect(ds[0].message).toContain('3, 5');
  });
  it('accepts comment lines inside a continuation', () => {
    expect(lines('FROM alpine:3.20\nRUN echo a \\\n# note\n    && echo b\n', 'NoEmptyContinuation')).toEqual(
      [],
    );
  });
  it('accepts an empty line after a finished instruction', () => {
    expect(lines('FROM alpine:3.20\nRUN echo a\n\nRUN echo b\n', 'NoEmptyContinuation')).toEqual([]);
  });
  it('counts a whitespace-only line as empty', () => {
    expect(lines('FROM alpine:3.20\nENV A=1 \\\n   \n    B=2\n', 'NoEmptyContinuation')).toEqual([4]);
  });
  it('honours the escape directive', () => {
    expect(lines('# escape=`\nFROM alpine:3.20\nRUN echo a `\n\n    b\n', 'NoEmptyContinuation')).toEqual([
      5,
    ]);
  });
});
