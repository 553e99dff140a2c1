import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

const R = 'DL3027';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at the `apt` command, once per RUN', () => {
    expect(at('RUN apt update && apt install -y curl\n')).toEqual([[1, 5, 8]]);
  });

  it('accepts apt-get, apt-cache and `apt` as an argument', () => {
    expect(at('RUN apt-get update && apt-cache policy curl && echo apt\n')).toEqual([]);
  });

  it('finds /usr/bin/apt and apt in ONBUILD', () => {
    expect(at('ONBUILD RUN /usr/bin/apt install -y curl\n')).toHaveLength(1);
  });
});
