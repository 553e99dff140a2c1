import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dockerfileWithoutComments,
  enDocsDir,
  isDocPage,
  listFiles,
  outline,
  ptDocsDir,
  readDoc,
} from './docs-tree';

const ptPages = listFiles(ptDocsDir, isDocPage);
const enPages = listFiles(enDocsDir, isDocPage);
const dockerLangs = new Set(['dockerfile', 'docker', 'containerfile']);

describe('locale parity of the docs', () => {
  it('has docs at all', () => {
    expect(ptPages.length).toBeGreaterThan(0);
  });

  it('every pt-BR page has an English twin at the same path, and vice versa', () => {
    expect(enPages).toEqual(ptPages);
  });

  it('has no _category_.json under the English docs (category labels are translated in current.json)', () => {
    expect(listFiles(enDocsDir, (name) => name.startsWith('_category_'))).toEqual([]);
  });

  describe.each(ptPages.filter((p) => enPages.includes(p)))('%s', (page) => {
    const pt = readDoc(join(ptDocsDir, page));
    const en = readDoc(join(enDocsDir, page));
    const ptOutline = outline(pt.body);
    const enOutline = outline(en.body);

    it('has the same front matter keys', () => {
      expect(Object.keys(en.frontMatter).sort()).toEqual(Object.keys(pt.frontMatter).sort());
    });

    it('has the same heading structure', () => {
      expect(enOutline.headings).toEqual(ptOutline.headings);
    });

    it('has the same admonitions in the same order', () => {
      expect(enOutline.admonitions).toEqual(ptOutline.admonitions);
    });

    it('has the same code blocks (languages and annotations)', () => {
      const shape = (o: typeof ptOutline) =>
        o.code.map((c) => `${c.lang} ${c.meta.replace(/title="[^"]*"/, '')}`);
      expect(shape(enOutline)).toEqual(shape(ptOutline));
    });

    it('has the same Dockerfile code (comments may be translated)', () => {
      const docker = (o: typeof ptOutline) =>
        o.code.filter((c) => dockerLangs.has(c.lang)).map((c) => dockerfileWithoutComments(c.code));
      expect(docker(enOutline)).toEqual(docker(ptOutline));
    });
  });
});

describe('front matter', () => {
  const all = [
    ...ptPages.map((p) => ({ locale: 'pt-BR', file: join(ptDocsDir, p) })),
    ...enPages.map((p) => ({ locale: 'en', file: join(enDocsDir, p) })),
  ];
  it.each(all)('$locale $file has a title and a description', ({ file }) => {
    const { frontMatter } = readDoc(file);
    expect(typeof frontMatter.title, 'title').toBe('string');
    expect(String(frontMatter.title).trim()).not.toBe('');
    expect(typeof frontMatter.description, 'description').toBe('string');
    const description = String(frontMatter.description).trim();
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(200);
  });

  it('the English docs folder exists', () => {
    expect(existsSync(enDocsDir)).toBe(true);
  });
});
