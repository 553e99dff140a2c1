import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3037';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the first unpinned package', () => {
    expect(at('RUN zypper -n in tar=1.34 gzip && zypper clean\n')).toEqual([[1, 27, 31]]);
  });

  it('accepts escaped and quoted ranges, but an unescaped `>` is a redirect', () => {
    expect(at('RUN zypper -n in tar\\>=1.34 "gzip<2" && zypper clean\n')).toEqual([]);
    expect(at('RUN zypper -n in tar>=1.34 && zypper clean\n')).toHaveLength(1);
  });

  it('skips option values and non-package types', () => {
    expect(at('RUN zypper -n in --repo oss --from oss tar=1.34 && zypper clean\n')).toEqual([]);
    expect(at('RUN zypper -n in -t pattern devel_basis && zypper clean\n')).toEqual([]);
    expect(at('RUN zypper -n in -t package tar && zypper clean\n')).toHaveLength(1);
  });
});
