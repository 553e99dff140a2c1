import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import { lines as ruleLines } from './_helpers';

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

describe('DL3001 on kill', () => {
  it('accepts kill of a process started in the background in the same RUN', () => {
    const text = 'FROM postgres:17\nRUN postgres & pid=$!; sleep 5; psql -c "select 1"; kill $pid\n';
    expect(ruleLines(text, 'DL3001')).toEqual([]);
    expect(ruleLines('FROM debian:12\nRUN kill 1\n', 'DL3001')).toEqual([2]);
  });
});
