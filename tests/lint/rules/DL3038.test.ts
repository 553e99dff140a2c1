import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const R = 'DL3038';

/** `[line, column, endColumn]` of each finding of the rule. */
function at(text: string): [number, number, number][] {
  return lint(text, { locale: 'en' })
    .filter((d) => d.rule === R)
    .map((d) => [d.line, d.column, d.endColumn]);
}

/** Message of the first finding. */
function message(text: string): string | undefined {
  return lint(text, { locale: 'en' }).find((d) => d.rule === R)?.message;
}

describe(R, () => {
  it('points at `dnf install`, naming the tool', () => {
    const t = 'RUN microdnf install tar-1.34 && microdnf clean all\n';
    expect(at(t)).toEqual([[1, 5, 21]]);
    expect(message(t)).toContain('microdnf install -y');
  });

  it('checks the `in` alias and accepts --assumeyes', () => {
    expect(at('RUN dnf in tar-1.34 && dnf clean all\n')).toHaveLength(1);
    expect(at('RUN dnf --assumeyes in tar-1.34 && dnf clean all\n')).toEqual([]);
  });

  it('ignores other verbs and similarly named commands', () => {
    expect(at('RUN dnf remove tar && notdnf install x\n')).toEqual([]);
  });
});
