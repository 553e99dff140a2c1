import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import remarkDockerfileLint from '../../../plugins/remark-dockerfile-lint';
import DockerfileExample from '../../../src/components/DockerfileExample';

async function render(markdown: string): Promise<string> {
  const { default: Content } = await evaluate(markdown, {
    ...runtime,
    remarkPlugins: [[remarkDockerfileLint, { locale: 'pt-BR' }]],
  });
  return renderToStaticMarkup(<Content components={{ DockerfileExample }} />);
}

describe('what readers see', () => {
  it('marks a bad example and lists its findings with links to the rule pages', async () => {
    const html = await render('```dockerfile expect="DL3006"\nFROM debian\nCMD ["echo", "oi"]\n```\n');
    expect(html).toContain('data-lint-status="bad-example"');
    expect(html).toContain('Exemplo problemático');
    // An SVG icon, not an emoji (empty boxes where no emoji font exists).
    expect(html).not.toContain('❌');
    expect(html).toMatch(/<svg aria-hidden="true"[^>]*>.*<\/svg> Exemplo problemático/);
    expect(html).toContain('href="/docs/rules/DL3006"');
    expect(html).toMatchSnapshot();
  });

  it('gives a clean snippet a verified mark and its layer facts', async () => {
    const html = await render(
      '```dockerfile\nFROM debian:12-slim\nWORKDIR /app\nCOPY app.sh /app/app.sh\nENV MODE=prod\nUSER 10001\nCMD ["/app/app.sh"]\n```\n',
    );
    expect(html).toContain('data-lint-status="clean"');
    expect(html).toContain('✓ verificado');
    expect(html).toContain('imagem base: debian:12-slim');
    expect(html).toMatchSnapshot();
  });

  it('omits the label of a bad example annotated label=false (its heading says it) but keeps its findings', async () => {
    const html = await render(
      '### Exemplo problemático\n\n```dockerfile expect="DL3006" label=false\nFROM debian\n```\n',
    );
    expect(html).toContain('data-lint-status="bad-example"');
    expect(html.match(/Exemplo problemático/g)).toHaveLength(1);
    expect(html).toContain('href="/docs/rules/DL3006"');
  });

  it('marks a snippet kept clean by its own suppression comments as suppressed, not verified', async () => {
    for (const pragma of ['# hadolint global ignore=DL3006', '# check=skip=DL3006']) {
      const html = await render(`\`\`\`dockerfile\n${pragma}\nFROM debian\n\`\`\`\n`);
      expect(html).toContain('data-lint-status="suppressed"');
      expect(html).toContain('regras suprimidas no trecho: DL3006');
      expect(html).not.toContain('verificado');
    }
    // A suppression comment that silences nothing changes nothing.
    const idle = await render('```dockerfile\n# hadolint ignore=DL3008\nFROM debian:12-slim\n```\n');
    expect(idle).toContain('data-lint-status="clean"');
  });

  it('leaves nolint snippets and other languages alone', async () => {
    const html = await render(
      '```dockerfile nolint="syntax demo"\nFROM debian\n```\n\n```bash\necho hi\n```\n',
    );
    expect(html).not.toContain('data-lint-status');
  });

  it('adds the offending lines to the meta so Docusaurus highlights them', async () => {
    const { lintTree } = await import('../../../src/snippets/lint-tree');
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'code' as const,
          lang: 'dockerfile',
          meta: 'expect="DL3006"',
          value: 'FROM debian\nCMD ["a"]',
        },
      ],
    };
    lintTree(tree, { locale: 'en', attach: true });
    const wrapper = tree.children[0] as unknown as { name: string; children: { meta: string }[] };
    expect(wrapper.name).toBe('DockerfileExample');
    expect(wrapper.children[0].meta).toBe('expect="DL3006" {1}');
  });
});

describe('what authors see in `docusaurus start`', () => {
  it('never marks a snippet with unexpected findings as verified', async () => {
    const html = await render('```dockerfile\nFROM debian\n```\n');
    expect(html).toContain('data-lint-status="invalid"');
    expect(html).not.toContain('✓ verificado');
    expect(html).toContain('href="/docs/rules/DL3006"');
  });
});
