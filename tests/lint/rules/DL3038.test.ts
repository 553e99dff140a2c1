import { describe, expect, it } from 'vitest';
import { firstMessage, positions } from './_helpers';

const R = 'DL3038';

const at = (text: string) => positions(text, R);

const message = (text: string) => firstMessage(text, R);

describe(R, () => {
  it('points at `dnf install`, naming the tool', () => {
    const t = 'RUN microdnf install tar-1.34 && microdnf clean all\n';
    expect(at(t)).toEqual([[1, 5, 21]]);
    expect(message(t)).toContain('microdnf install -y');
  });

  it('checks the `in` alias and accepts --assumeyes', () => {
    expect(at('RUN dnf in tar-1.34 && dnf clean all\n')).toHaveLength(1);
    expect(at('RUN dnf --assumeyes in tar-1.34 && dnf clean all\n')).toEqual([]);
  });

  it('ignores other verbs and similarly named commands', () => {
    expect(at('RUN dnf remove tar && notdnf install x\n')).toEqual([]);
  });
});
