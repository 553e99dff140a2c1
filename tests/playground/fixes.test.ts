import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/engine';
import type { Diagnostic, TextEdit } from '../../src/lint/types';
import {
  applyChanges,
  diffChange,
  editsToChanges,
  fixAll,
  lineIndex,
  offsetAt,
  selectFixes,
} from '../../src/playground/fixes';

const edit = (line: number, column: number, endLine: number, endColumn: number, text: string): TextEdit => ({
  line,
  column,
  endLine,
  endColumn,
  text,
});

/** A synthetic finding carrying a fix (no rule needed). */
const finding = (...edits: TextEdit[]): Diagnostic => ({
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

describe('playground fixes: which fixes apply together', () => {
  it('applies non-overlapping fixes of several findings in one go', () => {
    const s = selectFixes(lineIndex(doc), [
      finding(edit(3, 1, 3, 4, 'ENTRYPOINT')),
      finding(edit(2, 1, 2, 4, 'RUN')),
      { fix: undefined },
    ]);
    expect(s.applied).toBe(2);
    expect(s.skipped).toBe(0);
    expect(applyChanges(doc, s.changes)).toBe('FROM a\nRUN b\nENTRYPOINT c\n');
  });

  it('skips a fix overlapping one already chosen, and one that does not fit the text', () => {
    const s = selectFixes(lineIndex(doc), [
      finding(edit(2, 1, 2, 4, 'RUN')),
      finding(edit(2, 3, 2, 6, 'X')),
      finding(edit(8, 1, 8, 2, 'Y')),
    ]);
    expect([s.applied, s.skipped]).toEqual([1, 2]);
    expect(applyChanges(doc, s.changes)).toBe('FROM a\nRUN b\nCMD c\n');
  });

  it('treats two insertions at the same point, or an insertion inside a replacement, as a collision', () => {
    const index = lineIndex(doc);
    expect(selectFixes(index, [finding(edit(1, 1, 1, 1, 'a')), finding(edit(1, 1, 1, 1, 'b'))]).skipped).toBe(
      1,
    );
    expect(selectFixes(index, [finding(edit(1, 1, 1, 5, 'X')), finding(edit(1, 3, 1, 3, 'b'))]).skipped).toBe(
      1,
    );
    // Touching ranges that replace text are independent.
    expect(selectFixes(index, [finding(edit(1, 1, 1, 3, 'x')), finding(edit(1, 3, 1, 5, 'y'))]).applied).toBe(
      2,
    );
  });

  it('keeps a multi-edit fix whole: all of its edits or none', () => {
    const s = selectFixes(lineIndex(doc), [
      finding(edit(1, 1, 1, 5, 'from')),
      finding(edit(2, 1, 2, 4, 'RUN'), edit(1, 2, 1, 3, 'Z')),
    ]);
    expect([s.applied, s.skipped]).toEqual([1, 1]);
    expect(s.changes).toHaveLength(1);
  });
});

describe('playground fixes: fix all', () => {
  it('lints again after each round until no fix is left, and removes the findings with fixes', () => {
    const text = 'FROM debian:12-slim\nMAINTAINER Ana <ana@example.com>\nRUN true\n';
    const linter = (t: string) => lint(t, { locale: 'en' });
    expect(linter(text).some((d) => d.fix)).toBe(true);
    const r = fixAll(text, linter);
    expect(r.applied).toBeGreaterThan(0);
    expect(r.text).toContain('LABEL org.opencontainers.image.authors="Ana <ana@example.com>"');
    expect(linter(r.text).filter((d) => d.fix)).toEqual([]);
  });

  it('stops after a few rounds when fixes keep coming (two fixes undoing each other)', () => {
    let calls = 0;
    const flipFlop = (t: string): Diagnostic[] => {
      calls++;
      return [finding(edit(1, 1, 1, 2, t.startsWith('a') ? 'b' : 'a'))];
    };
    const r = fixAll('a\n', flipFlop, 4);
    expect(r.rounds).toBe(4);
    expect(calls).toBe(4);
  });

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
