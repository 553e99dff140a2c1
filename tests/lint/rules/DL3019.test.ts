import { describe, expect, it } from 'vitest';
import { positions, lines as ruleLines } from './_helpers';

const R = 'DL3019';

const at = (text: string) => positions(text, R);

describe(R, () => {
  it('points at `apk add`', () => {
    expect(at('RUN apk update && apk add curl=8.9.1-r2\n')).toEqual([[1, 19, 26]]);
  });

  it('one finding per RUN', () => {
    expect(at('RUN apk add a=1 && apk add b=2\n')).toHaveLength(1);
  });

  it('accepts --no-cache anywhere and cache mounts on the apk cache', () => {
    expect(at('RUN apk --no-cache add curl=8.9.1-r2\n')).toEqual([]);
    expect(at('RUN --mount=type=cache,dst=/var/cache/apk/ apk add curl=8.9.1-r2\n')).toEqual([]);
    expect(at('RUN --mount=type=bind,target=/var/cache/apk apk add curl=8.9.1-r2\n')).toHaveLength(1);
  });
});

describe('DL3019 with --no-network', () => {
  it('accepts `apk add --no-network`, which downloads nothing into the cache', () => {
    expect(
      ruleLines('FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps\n', 'DL3019'),
    ).toEqual([]);
    expect(ruleLines('FROM alpine:3.20\nRUN apk add zip\n', 'DL3019')).toEqual([2]);
  });
});
