import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enDocsDir, outline, ptDocsDir, readDoc } from './docs-tree';

/** Every Dockerfile instruction has its page in the guide (docs/dockerfile/<instruction>.mdx). */
const INSTRUCTIONS = [
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'WORKDIR',
  'USER',
  'EXPOSE',
  'VOLUME',
  'LABEL',
  'HEALTHCHECK',
  'SHELL',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
];
const TOPICS = {
  'file-format': 'file',
  variables: 'variables',
  'shell-and-exec-form': 'shell-and-exec-form',
  dockerignore: 'dockerignore',
} as const;

const pages = [
  ...INSTRUCTIONS.map((name) => ({ page: `dockerfile/${name.toLowerCase()}.mdx`, name })),
  ...Object.entries(TOPICS).map(([file, name]) => ({ page: `dockerfile/${file}.mdx`, name })),
];

describe('the Dockerfile guide', () => {
  describe.each(pages)('$page', ({ page, name }) => {
    for (const [locale, dir] of [
      ['pt-BR', ptDocsDir],
      ['en', enDocsDir],
    ] as const) {
      const { body } = readDoc(join(dir, page));
      it(`${locale}: shows the site rules for ${name} from the rule metadata`, () => {
        expect(body).toContain(`<RulesForInstruction name="${name}" />`);
      });
      it(`${locale}: links to the Dockerfile reference or the Docker docs section it follows`, () => {
        expect(body).toMatch(/\]\(https:\/\/docs\.docker\.com\/(reference\/dockerfile\/#|build\/)/);
      });
      it(`${locale}: has a syntax block before its examples`, () => {
        const code = outline(body).code;
        expect(code.length).toBeGreaterThan(1);
        expect(code[0].lang).toBe('text');
      });
    }
  });

  it.each(INSTRUCTIONS.filter((n) => !['VOLUME', 'STOPSIGNAL'].includes(n)))(
    '%s has a deliberately bad example whose expected rules the build checks',
    (name) => {
      const code = outline(readDoc(join(ptDocsDir, `dockerfile/${name.toLowerCase()}.mdx`)).body).code;
      expect(code.some((c) => c.lang === 'dockerfile' && /expect="[^"]+"/.test(c.meta))).toBe(true);
    },
  );

  it.each([
    ['dockerfile/from.mdx', /flowchart/, /alvo/, /target/],
    ['dockerfile/entrypoint.mdx', /flowchart/, /Há ENTRYPOINT/, /Is there an ENTRYPOINT/],
  ] as const)('%s draws its diagram with labels in each language', (page, kind, ptLabel, enLabel) => {
    const mermaid = (dir: string) =>
      outline(readDoc(join(dir, page)).body)
        .code.filter((c) => c.lang === 'mermaid')
        .map((c) => c.code)
        .join('\n');
    expect(mermaid(ptDocsDir)).toMatch(kind);
    expect(mermaid(ptDocsDir)).toMatch(ptLabel);
    expect(mermaid(enDocsDir)).toMatch(enLabel);
    expect(mermaid(enDocsDir)).not.toMatch(ptLabel);
  });
});
