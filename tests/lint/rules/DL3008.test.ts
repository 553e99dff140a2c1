import { describe, expect, it } from 'vitest';
import { lines as ruleLines } from './_helpers';

describe('DL3008', () => {
  it('reports an unpinned package, not a word that is only a shell variable', () => {
    const R = 'DL3008';
    expect(ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n', R)).toEqual([
      2,
    ]);
    expect(
      ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends $runDeps "${EXTRA}"\n', R),
    ).toEqual([]);
    expect(
      ruleLines('FROM debian:12\nRUN apt-get install -y --no-install-recommends "postgresql-$PG_MAJOR"\n', R),
    ).toEqual([2]);
  });
});
