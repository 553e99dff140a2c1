import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3032';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the install without a later clean', () => {
    expect(at('RUN yum clean all && yum install -y tar-1.34\n')).toEqual([[1, 22, 33]]);
  });

  it('accepts rm of the cache and cache mounts', () => {
    expect(at('RUN yum install -y tar-1.34 && rm -rf /var/cache/yum\n')).toEqual([]);
    expect(at('RUN --mount=type=tmpfs,target=/var/cache/yum yum install -y tar-1.34\n')).toEqual([]);
  });

  it('also covers yum update', () => {
    expect(at('RUN yum update -y\n')).toHaveLength(1);
    expect(at('RUN yum update -y && yum clean all\n')).toEqual([]);
  });

  it('needs `clean all`, not another clean', () => {
    expect(at('RUN yum install -y tar-1.34 && yum clean metadata\n')).toHaveLength(1);
  });
});
