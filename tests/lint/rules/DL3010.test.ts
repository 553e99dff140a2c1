import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3010');

describe('DL3010', () => {
  it('points at the archive in the COPY', () => {
    const d = hits('COPY vendor/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz -C /opt\n');
    expect(d.map((x) => [x.line, x.column, x.endColumn])).toEqual([[1, 6, 20]]);
  });
  it('matches a renamed destination archive and --file=', () => {
    expect(hits('COPY build.tar.gz /tmp/b.tar.gz\nRUN tar --extract --file=/tmp/b.tar.gz\n')).toHaveLength(1);
  });
  it('needs an extraction of that same archive in the same stage', () => {
    expect(hits('COPY a.tar /tmp/\nRUN tar -tf /tmp/a.tar\n')).toEqual([]);
    expect(hits('COPY a.tar /tmp/\nRUN tar -xf /tmp/other.tar\n')).toEqual([]);
    expect(
      hits('FROM debian:12-slim\nCOPY a.tar /tmp/\nFROM debian:12-slim\nRUN tar -xf /tmp/a.tar\n'),
    ).toEqual([]);
  });
  it('ignores COPY --from and exec-form sources are read', () => {
    expect(hits('COPY --from=build /out/a.tar /tmp/\nRUN tar -xf /tmp/a.tar\n')).toEqual([]);
    expect(hits('COPY ["a.tar.xz", "/tmp/"]\nRUN unxz /tmp/a.tar.xz\n')).toHaveLength(1);
  });
});
