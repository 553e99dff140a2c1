import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3036';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the install that is not cleaned afterwards', () => {
    expect(at('RUN zypper clean && zypper -n install tar=1.34\n')).toEqual([[1, 21, 38]]);
  });

  it('accepts clean/cc after the install, and rm of the cache', () => {
    expect(at('RUN zypper -n in tar=1.34 && zypper cc -a\n')).toEqual([]);
    expect(at('RUN zypper -n in tar=1.34 && rm -rf /var/cache/zypp/*\n')).toEqual([]);
  });

  it('ignores mounts of other types or dirs', () => {
    expect(at('RUN --mount=type=cache,target=/tmp zypper -n in tar=1.34\n')).toHaveLength(1);
  });
});
