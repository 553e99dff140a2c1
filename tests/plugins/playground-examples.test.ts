import { describe, expect, it } from 'vitest';
import { docsExamples, pageSnippets } from '../../plugins/playground-examples/index';
import { lint } from '../../src/lint/engine';
import { GENERATED_MARKER } from '../../src/snippets/discover';

const page = [
  '---',
  'title: Copy',
  '---',
  '',
  '## Copying files {#copy}',
  '',
  '```dockerfile',
  'FROM debian:12-slim',
  'COPY a /a',
  '```',
  '',
  '- In a list:',
  '',
  '  ```dockerfile expect="DL3006"',
  '  FROM debian',
  '  ```',
  '',
  '### Not linted',
  '',
  '```dockerfile nolint="shows a syntax error"',
  'FROM',
  '```',
  '',
  '```bash',
  'docker build .',
  '```',
].join('\n');

describe('playground examples from the docs (build-time list)', () => {
  it('finds every Dockerfile fence, indented ones too, with the heading above it', () => {
    expect(pageSnippets(page)).toEqual([
      { heading: 'Copying files', code: 'FROM debian:12-slim\nCOPY a /a\n', meta: '' },
      { heading: 'Copying files', code: 'FROM debian\n', meta: 'expect="DL3006"' },
      { heading: 'Not linted', code: 'FROM\n', meta: 'nolint="shows a syntax error"' },
    ]);
  });

  it('keeps the snippets the build lints (not nolint), marks the bad ones, and their code lints as on the page', () => {
    const list = docsExamples([{ source: page, title: 'Copy', permalink: '/docs/copy' }]);
    expect(list.map((e) => [e.heading, e.bad])).toEqual([
      ['Copying files', false],
      ['Copying files', true],
    ]);
    expect(lint(list[0].code)).toEqual([]);
    expect(lint(list[1].code).map((d) => d.rule)).toContain('DL3006');
  });

  it('leaves out generated rule pages (their examples come from the rules)', () => {
    const generated = page.replace('---\ntitle', `---\n# ${GENERATED_MARKER} (edit src/lint/rules)\ntitle`);
    expect(docsExamples([{ source: generated, title: 'X', permalink: '/docs/rules/X' }])).toEqual([]);
  });
});
