import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const R = 'DL3035';

/** `[line, column, endColumn]` of each finding of the rule. */
function at(text: string): [number, number, number][] {
  return lint(text, { locale: 'en' })
    .filter((d) => d.rule === R)
    .map((d) => [d.line, d.column, d.endColumn]);
}

describe(R, () => {
  it('points at the dist-upgrade word', () => {
    expect(at('RUN zypper -n dup\n')).toEqual([[1, 15, 18]]);
  });

  it('ignores other subcommands and mentions of dup as a package', () => {
    expect(at('RUN zypper -n install dup=1.0\n')).toEqual([]);
  });
});
