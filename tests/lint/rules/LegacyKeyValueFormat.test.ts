import { describe, expect, it } from 'vitest';
import { findings, lines } from './_helpers';

describe('LegacyKeyValueFormat', () => {
  it('reports ENV and LABEL in the legacy form, once per instruction', () => {
    const ds = findings('FROM alpine:3.20\nENV A 1 B 2\nLABEL k v\n', 'LegacyKeyValueFormat');
    expect(ds.map((d) => [d.line, d.column])).toEqual([
      [2, 5],
      [3, 7],
    ]);
    expect(ds[0].message).toContain('ENV A=');
  });
  it('accepts key=value, including several pairs and quoted values', () => {
    expect(lines('FROM alpine:3.20\nENV A=1 B="x y"\nLABEL a=b\n', 'LegacyKeyValueFormat')).toEqual([]);
  });
  it('does not report ARG (BuildKit does not either)', () => {
    expect(lines('FROM alpine:3.20\nARG foo bar\n', 'LegacyKeyValueFormat')).toEqual([]);
  });
  it('reports a multi-line legacy value on the instruction line', () => {
    expect(lines('FROM alpine:3.20\nENV DEPS \\\n    curl \\\n    git\n', 'LegacyKeyValueFormat')).toEqual([
      2,
    ]);
  });
  it('honours a per-instruction check=skip', () => {
    const text = 'FROM alpine:3.20\n# check=skip=LegacyKeyValueFormat\nENV A 1\nENV B 2\n';
    expect(lines(text, 'LegacyKeyValueFormat')).toEqual([4]);
  });
});
