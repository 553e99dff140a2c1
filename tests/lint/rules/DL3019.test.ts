import { describe, expect, it } from 'vitest';
import { positions } from './_helpers';

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
