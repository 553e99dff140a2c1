import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const find = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3061')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3061', () => {
  it('reports every non-ARG instruction before the first FROM, at its keyword', () => {
    expect(find('ARG A=1\nENV B=2\nLABEL c=3\nFROM debian:12-slim\nENV D=4\n')).toEqual([
      [2, 1, 4],
      [3, 1, 6],
    ]);
  });
  it('does not run on fragments', () => {
    expect(find('ENV B=2\nRUN true\n')).toEqual([]);
  });
});
