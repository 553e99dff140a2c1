import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3014');

describe('DL3014', () => {
  it('reports once per RUN', () => {
    expect(hits('RUN apt-get install a && apt-get install b\n')).toHaveLength(1);
  });
  it('accepts every spelling of assume-yes', () => {
    for (const f of [
      '-y',
      '-qy',
      '--yes',
      '--assume-yes',
      '-qq',
      '-q -q',
      '-q=2',
      '--quiet=2',
      '-o APT::Get::Assume-Yes=true',
    ])
      expect(hits(`RUN apt-get ${f} install a\n`), f).toEqual([]);
  });
  it('a single -q is not enough', () => {
    expect(hits('RUN apt-get -q install a\n')).toHaveLength(1);
  });
  it('only looks at the install subcommand', () => {
    expect(hits('RUN apt-get update\n')).toEqual([]);
    expect(hits('RUN apt-get -o Dir::Cache=install remove a\n')).toEqual([]);
  });
  it('ignores a simulation (`apt-get install -s`), which installs nothing', () => {
    expect(
      hits('FROM debian:12\nRUN if apt-get install -s pkg > /dev/null 2>&1; then echo ok; fi\n'),
    ).toHaveLength(0);
    expect(hits('FROM debian:12\nRUN apt-get install --dry-run pkg\n')).toHaveLength(0);
    expect(hits('FROM debian:12\nRUN apt-get install pkg\n')).toHaveLength(1);
  });
});
