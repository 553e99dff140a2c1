import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM002';
import { lines as ruleLines } from './_helpers';

const run = (text: string) => lint(text, { rules: [rule], locale: 'en' }).filter((d) => d.rule === 'CAM002');
const lines = (text: string) => run(text).map((d) => d.line);

describe('CAM002', () => {
  it('points at the update command', () => {
    const [d] = run('FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n');
    expect([d.line, d.column, d.endColumn]).toEqual([2, 5, 19]);
    expect(d.message).toContain('`apt-get update`');
  });

  it.each([
    'RUN apt-get update',
    'RUN apt-get -qq update',
    'RUN apt update',
    'RUN /usr/bin/apt-get update -y',
    'RUN aptitude update',
    'RUN apt-get update && apt-get clean',
    'RUN apt-get update && echo done',
    'RUN set -eux; apt-get update; mkdir -p /opt/app',
    'RUN apt-get update \\\n && add-apt-repository -y ppa:deadsnakes/ppa',
    'RUN --mount=type=cache,target=/var/lib/apt apt-get update',
    'RUN ["apt-get", "update"]',
  ])('fires: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([2]);
  });

  it('fires inside a heredoc script, on the body line', () => {
    expect(lines('FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF\n')).toEqual([4]);
  });

  it('apk update alone fires with its own message', () => {
    const [d] = run('FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n');
    expect(d.line).toBe(2);
    expect(d.message).toContain('apk add --no-cache');
  });

  it.each([
    'RUN apt-get update && apt-get install -y curl',
    'RUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get install -y curl',
    'RUN apt-get update && apt-get upgrade -y',
    'RUN apt-get update && apt-get dist-upgrade -y',
    'RUN apt-get update && apt-cache policy curl',
    'RUN apt-get update && xargs apt-get install -y < /tmp/packages.txt',
    'RUN apt-get update && eatmydata apt-get install -y curl',
    'RUN apt-get update && ./install-deps.sh',
    'RUN apt-get update && bash /tmp/setup.sh',
    'RUN apt-get update && sh -c "apt-get install -y curl"',
    'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF',
    'RUN apt-get install -y curl',
    'RUN echo apt-get update',
    'RUN apk update && apk add curl',
    'RUN apk add --no-cache curl',
    'RUN yum makecache',
    'RUN dnf makecache',
  ])('does not fire: %s', (instr) => {
    expect(lines(`FROM debian:12\n${instr}\n`)).toEqual([]);
  });

  it('does not mix package managers: apk add does not consume apt lists', () => {
    expect(lines('FROM debian:12\nRUN apt-get update && apk add curl\n')).toEqual([2]);
  });

  it('checks ONBUILD triggers, fragments and every stage', () => {
    expect(lines('FROM debian:12\nONBUILD RUN apt-get update\n')).toEqual([2]);
    expect(lines('RUN apt-get update\n')).toEqual([1]);
    expect(
      lines(
        'FROM debian:12 AS a\nRUN apt-get update\n\nFROM debian:12 AS b\nRUN apt-get update && apt-get install -y make\n',
      ),
    ).toEqual([2]);
  });
});

describe('CAM002 and scripts', () => {
  it('does not fire when a piped shell may install', () => {
    expect(
      lint('FROM debian:12\nRUN apt-get update && curl -fsSL https://example.com/setup | bash -\n', {
        rules: [rule],
      }).filter((d) => d.rule === 'CAM002'),
    ).toEqual([]);
  });
});

describe('CAM002 with xx wrappers', () => {
  it('counts `xx-apt-get install` as the install that uses the update', () => {
    const text = 'FROM debian:12\nRUN apt-get update && xx-apt-get install -y --no-install-recommends gcc\n';
    expect(ruleLines(text, 'CAM002')).toEqual([]);
    expect(ruleLines('FROM debian:12\nRUN apt-get update\n', 'CAM002')).toEqual([2]);
  });
});

describe('CAM002 with a shell behind sudo', () => {
  it('treats `sudo bash -c "…"` as opaque (it may install)', () => {
    expect(
      ruleLines('FROM debian:12\nRUN sudo apt-get update && sudo bash -c "apt-get install -y x"\n', 'CAM002'),
    ).toEqual([]);
  });
});
