import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3028';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the first unpinned gem', () => {
    expect(at('RUN gem install rake:13.2.1 rack\n')).toEqual([[1, 29, 33]]);
  });

  it('skips option values and what follows --', () => {
    expect(at('RUN gem install --source https://rubygems.org rails:7.1.3 -- --with-x foo\n')).toEqual([]);
    expect(at('RUN gem install -N --user-install rails\n')).toHaveLength(1);
  });

  it('accepts -v / --version and ignores other subcommands', () => {
    expect(at('RUN gem install rails --version=7.1.3\n')).toEqual([]);
    expect(at('RUN gem update --system && gem list\n')).toEqual([]);
  });
});
