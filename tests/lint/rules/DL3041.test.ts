import { describe, expect, it } from 'vitest';
import { positions, lines as ruleLines } from './_helpers';

const R = 'DL3041';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the first unpinned package', () => {
    expect(at('RUN dnf install -y tar-1.34 rpm-sign && dnf clean all\n')).toEqual([[1, 29, 37]]);
  });

  it('exempts groups and @selectors', () => {
    expect(at('RUN dnf -y group install "Development Tools" && dnf clean all\n')).toEqual([]);
    expect(at('RUN dnf install -y @development-tools && dnf clean all\n')).toEqual([]);
  });

  it('knows variables of the stage and of its parent, not of an unrelated stage', () => {
    const parent =
      'FROM fedora:40 AS base\nENV V=1.34\nFROM base\nRUN dnf install -y tar-${V} && dnf clean all\n';
    const other =
      'FROM fedora:40 AS base\nENV V=1.34\nFROM fedora:40\nRUN dnf install -y tar-${V} && dnf clean all\n';
    expect(at(parent)).toEqual([]);
    expect(at(other)).toHaveLength(1);
  });

  it('ignores a command substitution it cannot read', () => {
    expect(at('RUN dnf install -y $(cat /tmp/pkgs) && dnf clean all\n')).toEqual([]);
  });
});

describe('DL3041 on shell variables', () => {
  it('does not print a variable as a package name', () => {
    expect(
      ruleLines('FROM fedora:40\nRUN dnf install -y $INSTALL_PKGS && dnf clean all\n', 'DL3041'),
    ).toEqual([]);
  });
});
