import { describe, expect, it } from 'vitest';
import { firstMessage, positions } from './_helpers';

const R = 'DL3033';

const at = (text: string) => positions(text, R);

const message = (text: string) => firstMessage(text, R);

describe(R, () => {
  it('points at the first unpinned package', () => {
    expect(at('RUN yum install -y tar-1.34 httpd && yum clean all\n')).toEqual([[1, 29, 34]]);
  });

  it('needs a version after the name, not just a dash', () => {
    expect(at('RUN yum install -y rpm-sign && yum clean all\n')).toHaveLength(1);
    expect(at('RUN yum install -y rpm-sign-4.16.1.3 openssl-1:3.0.7 && yum clean all\n')).toEqual([]);
  });

  it('asks modules for a stream', () => {
    expect(message('RUN yum module install -y nodejs && yum clean all\n')).toContain('nodejs:<stream>');
    expect(at('RUN yum module install -y nodejs:20 && yum clean all\n')).toEqual([]);
  });

  it('accepts unpinnable selectors and skips option values', () => {
    expect(at('RUN yum install -y @base /usr/bin/make "yum-command(x)" && yum clean all\n')).toEqual([]);
    expect(at('RUN yum install -y --enablerepo epel tar-1.34 && yum clean all\n')).toEqual([]);
  });

  it('accepts a version from a variable only when the variable is known', () => {
    expect(at('FROM rockylinux:9\nRUN export V=1.34 && yum install -y tar-$V && yum clean all\n')).toEqual(
      [],
    );
    expect(at('FROM rockylinux:9\nRUN yum install -y tar-$V && yum clean all\n')).toHaveLength(1);
  });
});
