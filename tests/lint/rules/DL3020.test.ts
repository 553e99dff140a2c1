import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3020')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3020', () => {
  it('points at the first plain source, once per instruction', () => {
    expect(hits('ADD a.tgz b.txt c.txt /dst/\n')).toEqual([[1, 11, 16]]);
  });
  it('accepts URLs, git sources, archives, heredocs and bare variables', () => {
    for (const src of [
      'https://x.io/f',
      'git@github.com:acme/app.git',
      'git://host/repo',
      'f.tar.zst',
      'f.tar.xz',
      '${SRC}',
    ])
      expect(hits(`ADD ${src} /dst/\n`), src).toEqual([]);
    expect(hits('ADD <<EOF /etc/motd\nhello\nEOF\n')).toEqual([]);
  });
  it('flags zip files and exec form', () => {
    expect(hits('ADD ["site.zip", "/srv/"]\n')).toHaveLength(1);
    expect(hits('ADD --chown=1000 f.zip /srv/\n')).toHaveLength(1);
  });
});
