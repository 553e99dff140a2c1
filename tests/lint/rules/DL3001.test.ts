import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';

const hits = (text: string) => lint(text, { locale: 'en' }).filter((d) => d.rule === 'DL3001');

describe('DL3001', () => {
  it('points at the command name and lists the others', () => {
    const [d, ...rest] = hits('RUN ps aux && /usr/bin/top -b -n 1\n');
    expect(rest).toEqual([]);
    expect([d.line, d.column, d.endColumn]).toEqual([1, 5, 7]);
    expect(d.message).toContain('(+ top)');
  });
  it('does not flag packages or arguments with those names', () => {
    expect(hits('RUN apt-get install -y openssh-client ssh vim\n')).toEqual([]);
    expect(hits('RUN echo kill\n')).toEqual([]);
  });
  it('checks exec form and ONBUILD triggers', () => {
    expect(hits('RUN ["service", "nginx", "start"]\n')).toHaveLength(1);
    expect(hits('FROM debian:12-slim\nONBUILD RUN mount /dev/sda1 /mnt\n')).toHaveLength(1);
  });
});
