import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3040';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the command that is not cleaned afterwards', () => {
    expect(at('RUN dnf clean all && dnf install -y tar-1.34\n')).toEqual([[1, 22, 33]]);
  });

  it('needs the same tool to clean', () => {
    expect(at('RUN dnf install -y tar-1.34 && microdnf clean all\n')).toHaveLength(1);
  });

  it('accepts rm of any dnf cache dir and cache mounts', () => {
    expect(at('RUN dnf install -y tar-1.34 && rm -rf /var/cache/dnf/*\n')).toEqual([]);
    expect(at('RUN dnf install -y tar-1.34 && rm -rf /var/cache/libdnf5\n')).toEqual([]);
    expect(at('RUN --mount=type=cache,target=/var/cache/dnf dnf install -y tar-1.34\n')).toEqual([]);
  });

  it('covers upgrades and module/group installs, not queries', () => {
    expect(at('RUN dnf -y update\n')).toHaveLength(1);
    expect(at('RUN dnf -y module install nodejs:20\n')).toHaveLength(1);
    expect(at('RUN dnf -y module enable nodejs:20 && dnf repolist\n')).toEqual([]);
  });
});
