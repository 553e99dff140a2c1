import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintMarkdownSource } from '../../../src/snippets/markdown-file';

const fixture = (name: string) => {
  const file = join(__dirname, 'fixtures', name);
  return lintMarkdownSource(readFileSync(file, 'utf8'), `fixtures/${name}`, 'en');
};
const brief = (name: string) =>
  fixture(name).violations.map(
    (v) => `${v.fileLine}:${v.fileColumn}-${v.fileEndLine}:${v.fileEndColumn} ${v.rule}`,
  );

describe('remark-dockerfile-lint on fixture files', () => {
  it('accepts a clean snippet (with Docusaurus meta such as title=)', () => {
    const report = fixture('clean.mdx');
    expect(report.snippets).toBe(1);
    expect(report.violations).toEqual([]);
  });

  it('reports an unannotated finding at its position in the Markdown file, with a fix-or-annotate hint', () => {
    const [violation, ...rest] = fixture('bad-unannotated.mdx').violations;
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      rule: 'DL3006',
      fileLine: 6,
      fileColumn: 6,
      fileEndLine: 6,
      fileEndColumn: 12,
    });
    expect(violation.hint).toContain('expect="DL3006"');
    expect(violation.hint).toContain('/en/docs/rules/DL3006');
  });

  it('accepts expect="…" when exactly those rules fire, by either id of an overlapped pair', () => {
    expect(fixture('expect-match.mdx').violations).toEqual([]);
  });

  it('reports an expected rule that did not fire, on the fence line', () => {
    const report = fixture('expect-missing.mdx');
    expect(brief('expect-missing.mdx')).toEqual(['3:1-3:4 DL3007']);
    expect(report.violations[0].message).toContain('did not fire');
  });

  it('reports a rule that fired but is not in expect', () => {
    const [violation] = fixture('expect-extra.mdx').violations;
    expect(brief('expect-extra.mdx')).toEqual(['5:5-5:12 JSONArgsRecommended']);
    expect(violation.hint).toContain('expect="DL3006"');
  });

  it('rejects an unknown rule id and suggests the nearest ones', () => {
    const [violation] = fixture('unknown-rule.mdx').violations;
    expect(violation.rule).toBe('annotation');
    expect(violation.message).toContain('"DL3060x"');
    expect(violation.message).toMatch(/did you mean DL3060\b/);
  });

  it('skips nolint snippets with a reason and rejects nolint without one', () => {
    const report = fixture('nolint.mdx');
    expect(report.nolint.map((n) => n.reason)).toEqual(['shows the syntax of a future BuildKit feature', '']);
    expect(brief('nolint.mdx')).toEqual(['8:1-8:4 annotation']);
    expect(report.violations[0].message).toContain('needs a reason');
  });

  it('turns whole-file rules off for fragments, and on again with fragment=false', () => {
    const rules = fixture('fragment.mdx').violations.map((v) => `${v.fileLine} ${v.rule}`);
    expect(rules.filter((r) => r.startsWith('6 '))).toEqual([]);
    expect(rules).toEqual(expect.arrayContaining(['12 DL3061']));
  });

  it('reports a snippet the parser cannot read as a finding with its position', () => {
    expect(brief('malformed.mdx')).toEqual(['5:1-5:11 DL1000']);
  });

  it('maps positions the same way in a CRLF file', () => {
    expect(brief('crlf.mdx')).toEqual(brief('bad-unannotated.mdx'));
  });

  it('finds snippets in lists, admonitions, tabs, JSX and block quotes, at the right columns', () => {
    expect(brief('nested.mdx')).toEqual([
      '9:9-9:15 DL3006',
      '15:6-15:12 DL3006',
      '24:6-24:12 DL3006',
      '32:8-32:12 DL3006',
      '37:8-37:14 DL3006',
    ]);
  });

  it('parses .md files as CommonMark (not MDX)', () => {
    const report = fixture('plain.md');
    expect(report.parseError).toBeUndefined();
    expect(brief('plain.md')).toEqual(['6:6-6:12 DL3006']);
  });

  it('reports a file that is not valid MDX with the position of the problem', () => {
    const report = fixture('broken.mdx');
    expect(report.parseError).toMatchObject({ line: 4, column: 17 });
    expect(report.snippets).toBe(0);
  });

  it('speaks the locale of the file', () => {
    const pt = lintMarkdownSource(
      readFileSync(join(__dirname, 'fixtures', 'expect-missing.mdx'), 'utf8'),
      'x.mdx',
      'pt-BR',
    );
    expect(pt.violations[0].message).toContain('não disparou');
  });
});
