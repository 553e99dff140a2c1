import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3015');

describe('DL3015', () => {
  it('accepts the flag and the apt option in its spellings', () => {
    for (const f of [
      '--no-install-recommends',
      '-o APT::Install-Recommends=false',
      '-oAPT::Install-Recommends=0',
      '--option=apt::install-recommends=no',
    ])
      expect(hits(`RUN apt-get -y ${f} install a\n`), f).toEqual([]);
  });
  it('flags the install without it, once per RUN, in ONBUILD too', () => {
    expect(hits('RUN apt-get install -y a && apt-get install -y b\n')).toHaveLength(1);
    expect(hits('FROM debian:12-slim\nONBUILD RUN apt-get install -y a\n')).toHaveLength(1);
    expect(hits('RUN apt-get -o APT::Install-Recommends=true install -y a\n')).toHaveLength(1);
  });
  it('ignores a simulation (`apt-get install -s`), which installs nothing', () => {
    expect(hits('FROM debian:12\nRUN apt-get install -s pkg\n')).toHaveLength(0);
    expect(hits('FROM debian:12\nRUN apt-get install -y pkg\n')).toHaveLength(1);
  });
});
