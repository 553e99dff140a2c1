import { describe, expect, it } from 'vitest';
import { firstMessage, positions } from './_helpers';

const R = 'DL3018';

const at = (text: string) => positions(text, R);

const message = (text: string) => firstMessage(text, R);

describe(R, () => {
  it('points at the first unpinned package and lists the others', () => {
    const t = 'RUN apk add --no-cache curl=8.9.1-r2 git make\n';
    expect(at(t)).toEqual([[1, 38, 41]]);
    expect(message(t)).toContain('(+ make)');
  });

  it('skips option values and accepts constraints and .apk files', () => {
    expect(at('RUN apk add --no-cache -t .deps --repository http://x/edge gcc=13.2 "musl<2"\n')).toEqual([]);
    expect(at('RUN apk --no-cache -X http://x add ./pkg.apk\n')).toEqual([]);
  });

  it('accepts a package from a declared variable, not from an unknown one', () => {
    expect(at('ARG PKGS="bash=5.2"\nRUN apk add --no-cache $PKGS\n')).toEqual([]);
    expect(at('RUN apk add --no-cache $PKGS\n')).toHaveLength(1);
  });

  it('ignores other apk subcommands', () => {
    expect(at('RUN apk del curl && apk info git\n')).toEqual([]);
  });
});
