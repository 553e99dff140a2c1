import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) =>
  lint(text, { locale: 'en' })
    .filter((d) => d.rule === 'DL3046')
    .map((d) => [d.line, d.column, d.endColumn]);

describe('DL3046', () => {
  it('points at the UID', () => {
    expect(hits('RUN useradd -u 123456 app\n')).toEqual([[1, 16, 22]]);
  });
  it('reads --uid=, -uNNN and --no-log-init', () => {
    expect(hits('RUN useradd --uid=123456 app\n')).toHaveLength(1);
    expect(hits('RUN useradd -u123456 app\n')).toHaveLength(1);
    expect(hits('RUN useradd --no-log-init --uid 123456 app\n')).toEqual([]);
    expect(hits('RUN useradd -lu 123456 app\n')).toEqual([]);
  });
  it('reports once per instruction', () => {
    expect(hits('RUN useradd -u 123456 a && useradd -u 123457 b\n')).toHaveLength(1);
  });
  it('resolves a UID held in the file’s own ARG/ENV (useradd -u $GF_UID with GF_UID=472 is short)', () => {
    expect(hits('FROM debian:12\nARG GF_UID=472\nRUN useradd -u $GF_UID grafana\n')).toHaveLength(0);
    expect(
      hits('FROM debian:12\nARG UID=1200\nENV SEL_UID=${UID}\nRUN useradd --uid ${SEL_UID} sel\n'),
    ).toHaveLength(0);
    expect(hits('FROM debian:12\nARG BIG=1234567\nRUN useradd -u $BIG a\n')).toHaveLength(1);
  });
  it('does not guess a UID whose value the file does not define', () => {
    expect(hits('FROM debian:12\nRUN useradd -u $SOME_UID a\n')).toHaveLength(0);
  });
});
