import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3035';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the dist-upgrade word', () => {
    expect(at('RUN zypper -n dup\n')).toEqual([[1, 15, 18]]);
  });

  it('ignores other subcommands and mentions of dup as a package', () => {
    expect(at('RUN zypper -n install dup=1.0\n')).toEqual([]);
  });
});
