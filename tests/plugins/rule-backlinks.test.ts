import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedIds, guideBacklinks, withGuideBacklinks } from '../../plugins/rule-docs/backlinks';
import { ruleDocFiles } from '../../plugins/rule-docs/generate';
import { rulesByInstructionData } from '../../plugins/rule-instructions';
import { root } from '../content/docs-tree';

const enDocs = join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current');

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'camadas-backlinks-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (title: string, meta: string) =>
  `---\ntitle: ${title}\n---\n\n\`\`\`dockerfile ${meta}\nFROM node\n\`\`\`\n`;

describe('expect annotations read for the backlinks', () => {
  it('finds the ids of Dockerfile fences at any indentation, with backticks or tildes', () => {
    const source = [
      '```dockerfile expect="DL3006 DL3007"',
      'FROM node',
      '```',
      '- item',
      '  ~~~docker expect="DL3025"',
      '  CMD x',
      '  ~~~',
      '```bash expect="DL4006"',
      'not a Dockerfile',
      '```',
      '```dockerfile',
      'FROM node:24-slim',
      '```',
    ].join('\n');
    expect(expectedIds(source)).toEqual(['DL3006', 'DL3007', 'DL3025']);
  });

  it('ignores an expect written inside the code of another fence', () => {
    const source = ['````md', '```dockerfile expect="DL3006"', '````', ''].join('\n');
    expect(expectedIds(source)).toEqual([]);
  });
});

describe('guide backlinks', () => {
  const dir = site({
    'docs/guide/from.mdx': page('FROM', 'expect="DL3006"'),
    'docs/guide/cmd.mdx': page('CMD', 'expect="DL3025"'),
    'docs/guide/clean.mdx': page('Limpo', ''),
    'docs/rules/DL3006.mdx': page('DL3006', 'expect="DL3006"'),
    [`${enDocs}/guide/from.mdx`]: page('FROM [en]', 'expect="DL3006"'),
  });

  it('maps each rule, by its primary id, to the pages whose bad examples expect it', () => {
    const pt = guideBacklinks(dir, 'pt-BR');
    expect(pt.get('DL3006')).toEqual([{ path: 'guide/from.mdx', title: 'FROM' }]);
    expect(pt.get('JSONArgsRecommended')).toEqual([{ path: 'guide/cmd.mdx', title: 'CMD' }]);
    expect(pt.has('DL3025')).toBe(false);
  });

  it('leaves out the generated rule pages themselves', () => {
    expect(
      guideBacklinks(dir, 'pt-BR')
        .get('DL3006')
        ?.map((p) => p.path),
    ).not.toContain('rules/DL3006.mdx');
  });

  it('adds a section to the rule pages of each locale, linking relative to the rule page', () => {
    const files = withGuideBacklinks(ruleDocFiles(), dir);
    const pt = files.get('docs/rules/DL3006.mdx') ?? '';
    const en = files.get(`${enDocs}/rules/DL3006.mdx`) ?? '';
    expect(pt).toContain('## Demonstrada no guia');
    expect(pt).toContain('- [FROM](../guide/from.mdx)');
    expect(en).toContain('## Shown in the guide');
    expect(en).toContain('- [FROM &#91;en&#93;](../guide/from.mdx)');
    expect(files.get(`${enDocs}/rules/JSONArgsRecommended.mdx`)).not.toContain('Shown in the guide');
    expect(files.get('docs/rules/DL3007.mdx')).toBe(ruleDocFiles().get('docs/rules/DL3007.mdx'));
  });
});

describe('backlinks of the real docs', () => {
  it('link the FROM guide page from the DL3006 page in both locales', () => {
    const files = withGuideBacklinks(ruleDocFiles(), root);
    expect(files.get('docs/rules/DL3006.mdx')).toContain('(../dockerfile/from.mdx)');
    expect(files.get(`${enDocs}/rules/DL3006.mdx`)).toContain('(../dockerfile/from.mdx)');
  });
});

describe('rules-by-instruction data for <RulesForInstruction>', () => {
  it('lists the rules of an instruction with titles in the locale being built', () => {
    const en = rulesByInstructionData('en');
    const pt = rulesByInstructionData('pt-BR');
    expect(en.WORKDIR?.map((r) => r.id)).toContain('WorkdirRelativePath');
    expect(en.WORKDIR?.find((r) => r.id === 'WorkdirRelativePath')?.title).toBe('Use an absolute WORKDIR');
    expect(pt.WORKDIR?.find((r) => r.id === 'WorkdirRelativePath')?.title).not.toBe(
      'Use an absolute WORKDIR',
    );
  });

  it('orders hadolint rules before BuildKit checks', () => {
    const ids = rulesByInstructionData('en').FROM?.map((r) => r.id) ?? [];
    expect(ids.indexOf('DL3006')).toBeLessThan(ids.indexOf('StageNameCasing'));
  });
});
