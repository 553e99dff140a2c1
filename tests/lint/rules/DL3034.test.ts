import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3034';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at `zypper install`', () => {
    expect(at('RUN zypper install curl=8.6.0 && zypper clean\n')).toEqual([[1, 5, 19]]);
  });

  it('accepts the global and subcommand switches', () => {
    expect(at('RUN zypper -n in curl=8.6.0 && zypper clean\n')).toEqual([]);
    expect(at('RUN zypper --non-interactive --root /mnt rm curl && zypper clean\n')).toEqual([]);
    expect(at('RUN zypper remove --no-confirm curl\n')).toEqual([]);
  });

  it('ignores queries and checks update', () => {
    expect(at('RUN zypper search curl && zypper refresh\n')).toEqual([]);
    expect(at('RUN zypper up\n')).toHaveLength(1);
  });
});
