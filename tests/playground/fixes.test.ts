import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from '../../src/lint/types';
import { applyChanges, diffChange, editsToChanges, lineIndex, offsetAt } from '../../src/playground/fixes';

const edit = (line: number, column: number, endLine: number, endColumn: number, text: string): TextEdit => ({
  line,
  column,
  endLine,
  endColumn,
  text,
});

/** A synthetic finding carrying a fix (no rule needed). */
const _finding = (...edits: TextEdit[]): Diagnostic => ({
  rule: 'Synthetic',
  aliases: [],
  severity: 'warning',
  message: 'm',
  line: edits[0]?.line ?? 1,
  column: edits[0]?.column ?? 1,
  endLine: 1,
  endColumn: 1,
  url: '',
  fix: { edits },
});

const doc = 'FROM a\nrun b\nCMD c\n';

describe('playground fixes: diagnostic line/column to editor offsets', () => {
  it('gives the same offsets for a CodeMirror document and a plain string', () => {
    const cm = Text.of(doc.split('\n'));
    const plain = lineIndex(doc);
    for (const [line, column] of [
      [1, 1],
      [1, 7],
      [2, 1],
      [2, 4],
      [3, 6],
      [4, 1],
    ]) {
      expect(offsetAt(cm, line, column), `${line}:${column}`).toBe(offsetAt(plain, line, column));
    }
    expect(offsetAt(plain, 2, 1)).toBe(7);
    expect(offsetAt(plain, 2, 4)).toBe(10); // endColumn is exclusive: `run` is 7..10
    expect(doc.slice(7, 10)).toBe('run');
  });

  it('counts CRLF as one line break, as the engine does', () => {
    const crlf = lineIndex('FROM a\r\nrun b\r\n');
    expect(offsetAt(crlf, 2, 1)).toBe(8);
    expect(offsetAt(crlf, 1, 8)).toBeNull(); // would land between \r and \n
  });

  it('refuses points outside the text (a fix from an older version of it)', () => {
    const index = lineIndex(doc);
    expect(offsetAt(index, 5, 1)).toBeNull();
    expect(offsetAt(index, 1, 8)).toBeNull();
    expect(offsetAt(index, 0, 1)).toBeNull();
    expect(offsetAt(index, 1, 0)).toBeNull();
    expect(editsToChanges(index, [edit(2, 1, 9, 1, 'x')])).toBeNull();
    expect(editsToChanges(index, [edit(2, 4, 2, 1, 'x')])).toBeNull(); // runs backwards
  });

  it('turns a casing fix into the replacement of the keyword', () => {
    const changes = editsToChanges(lineIndex(doc), [edit(2, 1, 2, 4, 'RUN')]);
    expect(changes).toEqual([{ from: 7, to: 10, insert: 'RUN' }]);
    expect(applyChanges(doc, changes ?? [])).toBe('FROM a\nRUN b\nCMD c\n');
  });
});

describe('playground fixes: "fix all" as one edit', () => {
  it('makes "fix all" one small edit: the differing middle of the two texts', () => {
    expect(diffChange('FROM a\nrun b\n', 'FROM a\nRUN b\n')).toEqual({ from: 7, to: 10, insert: 'RUN' });
    expect(diffChange('abc', 'abc')).toBeNull();
    expect(diffChange('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
    const before = 'x\nMAINTAINER a\ny\n';
    const after = 'x\nLABEL k="a"\ny\n';
    const c = diffChange(before, after);
    expect(c && applyChanges(before, [c])).toBe(after);
  });
});
