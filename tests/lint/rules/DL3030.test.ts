import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3030';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at `yum install`', () => {
    expect(at('RUN yum install tar-1.34 && yum clean all\n')).toEqual([[1, 5, 16]]);
  });

  it('accepts -y in a cluster and --assumeyes before the verb', () => {
    expect(at('RUN yum -qy install tar-1.34 && yum clean all\n')).toEqual([]);
    expect(at('RUN yum --assumeyes groupinstall base && yum clean all\n')).toEqual([]);
  });

  it('checks group/module installs and ignores other verbs', () => {
    expect(at('RUN yum group install "Development Tools"\n')).toHaveLength(1);
    expect(at('RUN yum remove tar && yum clean all\n')).toEqual([]);
  });
});
