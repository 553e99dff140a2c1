import { describe, expect, it } from 'vitest';
import { firstMessage, positions, lines as ruleLines } from './_helpers';

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

  it('does not judge a word that is only a variable, declared or not (its packages are unknown)', () => {
    expect(at('ARG PKGS="bash=5.2"\nRUN apk add --no-cache $PKGS\n')).toEqual([]);
    expect(at('RUN apk add --no-cache $PKGS\n')).toEqual([]);
    expect(at('RUN apk add --no-cache py3-$PKG\n')).toHaveLength(1);
  });

  it('ignores other apk subcommands', () => {
    expect(at('RUN apk del curl && apk info git\n')).toEqual([]);
  });
});

describe('DL3018 on shell variables', () => {
  it('does not print a variable as a package name', () => {
    expect(ruleLines('FROM alpine:3.20\nRUN apk add --no-cache $runDeps\n', 'DL3018')).toEqual([]);
    expect(ruleLines('FROM alpine:3.20\nRUN apk add --no-cache $runDeps git\n', 'DL3018')).toEqual([2]);
  });
});
