import { afterEach, describe, expect, it, vi } from 'vitest';

type Meta = { name?: string; content?: string };

async function keywordsFor(locale: string | undefined): Promise<string | undefined> {
  vi.resetModules();
  if (locale === undefined) delete process.env.DOCUSAURUS_CURRENT_LOCALE;
  else process.env.DOCUSAURUS_CURRENT_LOCALE = locale;
  const config = (await import('../../docusaurus.config')).default;
  const metadata = ((config.themeConfig as { metadata?: Meta[] }).metadata ?? []) as Meta[];
  return metadata.find((m) => m.name === 'keywords')?.content;
}

describe('the keywords meta of each locale', () => {
  afterEach(() => {
    delete process.env.DOCUSAURUS_CURRENT_LOCALE;
  });

  it('has no Portuguese words on the English site', async () => {
    const en = await keywordsFor('en');
    expect(en).toContain('container');
    expect(en).not.toMatch(/contêiner|imagem|camadas/);
  }, 60_000);

  it('is Portuguese on the pt-BR site', async () => {
    expect(await keywordsFor(undefined)).toContain('contêiner');
  }, 60_000);
});
