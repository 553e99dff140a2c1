import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine';
import rule from '../../../src/lint/rules/CAM003';

const run = (text: string) => lint(text, { rules: [rule], locale: 'en' }).filter((d) => d.rule === 'CAM003');
const lines = (text: string) => run(text).map((d) => d.line);

const APT = 'RUN apt-get update && apt-get install -y curl';

describe('CAM003', () => {
  it('points at the cleanup and names the creator and its line', () => {
    const [d] = run(`FROM debian:12\n${APT}\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n`);
    expect([d.line, d.column, d.endColumn]).toEqual([4, 5, 32]);
    expect(d.message).toContain('`rm -rf /var/lib/apt/lists/*`');
    expect(d.message).toContain('`apt-get update` (line 2)');
  });

  it.each([
    [APT, 'RUN rm -rf /var/lib/apt/lists/*'],
    [APT, 'RUN rm -rf /var/lib/apt/lists'],
    [APT, 'RUN rm -rf "/var/lib/apt/lists/"'],
    [APT, 'RUN apt-get clean'],
    [APT, 'RUN apt-get clean && rm -rf /var/lib/apt/lists/*'],
    [APT, 'RUN rm -rf /var/cache/apt/archives/*.deb'],
    [APT, 'RUN echo done && rm -rf /var/lib/apt/*'],
    ['RUN yum install -y httpd-2.4.57', 'RUN yum clean all'],
    ['RUN yum install -y httpd-2.4.57', 'RUN rm -rf /var/cache/yum'],
    ['RUN dnf install -y httpd-2.4.57', 'RUN dnf clean all'],
    ['RUN microdnf install -y httpd-2.4.57', 'RUN microdnf clean all'],
    ['RUN zypper install -y curl', 'RUN zypper clean --all'],
    ['RUN apk add curl', 'RUN rm -rf /var/cache/apk/*'],
    ['RUN apk update', 'RUN apk cache clean'],
    ['RUN pip install -r requirements.txt', 'RUN rm -rf /root/.cache/pip'],
    ['RUN pip3 install -r requirements.txt', 'RUN rm -rf ~/.cache/pip'],
    ['RUN python3 -m pip install -r requirements.txt', 'RUN pip cache purge'],
    ['RUN pip install -r requirements.txt', 'RUN rm -rf $HOME/.cache'],
    ['RUN npm ci', 'RUN npm cache clean --force'],
    ['RUN npm install', 'RUN rm -rf /root/.npm'],
    ['RUN yarn install --frozen-lockfile', 'RUN yarn cache clean'],
    ['RUN yarn', 'RUN rm -rf /usr/local/share/.cache/yarn'],
  ])('fires: %s … %s', (creator, cleanup) => {
    expect(lines(`FROM debian:12\n${creator}\nWORKDIR /app\n${cleanup}\n`)).toEqual([4]);
  });

  it.each([
    // cleanup in the same RUN
    ['RUN true', `${APT} && rm -rf /var/lib/apt/lists/*`],
    // creator already cleaned its own files: a later cleanup is redundant, not this mistake
    [`${APT} && rm -rf /var/lib/apt/lists/* && apt-get clean`, 'RUN rm -rf /var/lib/apt/lists/*'],
    // no visible creator
    ['RUN echo hi', 'RUN rm -rf /var/lib/apt/lists/*'],
    // the later RUN recreates and cleans in the same layer
    [APT, `${APT} && rm -rf /var/lib/apt/lists/*`],
    // cache mounts keep the files out of the layer
    ['RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update', 'RUN rm -rf /var/lib/apt/lists/*'],
    ['RUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt', 'RUN rm -rf /root/.cache/pip'],
    ['RUN --mount=type=cache,target=/root/.npm npm ci', 'RUN npm cache clean --force'],
    // caches never created
    ['RUN apk add --no-cache curl', 'RUN rm -rf /var/cache/apk/*'],
    ['RUN pip install --no-cache-dir -r requirements.txt', 'RUN rm -rf /root/.cache/pip'],
    ['RUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt', 'RUN rm -rf /root/.cache/pip'],
    // a different cache, an unrelated path, a non-cleaning command
    ['RUN pip install -r requirements.txt', 'RUN rm -rf /var/lib/apt/lists/*'],
    [APT, 'RUN rm -rf /tmp/*'],
    [APT, 'RUN rm -rf /var/*'],
    [APT, 'RUN echo rm -rf /var/lib/apt/lists/*'],
    ['RUN npm ci', 'RUN npm cache verify'],
    ['RUN npm ci', 'RUN npm run clean'],
  ])('does not fire: %s … %s', (creator, cleanup) => {
    expect(lines(`FROM debian:12\n${creator}\nWORKDIR /app\n${cleanup}\n`)).toEqual([]);
  });

  it('respects PIP_NO_CACHE_DIR from ENV', () => {
    expect(
      lines(
        'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r r.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
      ),
    ).toEqual([]);
  });

  it('reports once per RUN', () => {
    expect(
      lines(`FROM debian:12\n${APT}\nWORKDIR /app\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*\n`),
    ).toEqual([4]);
  });

  it('follows the parent stage, not unrelated stages', () => {
    expect(lines(`FROM debian:12 AS base\n${APT}\n\nFROM base\nRUN rm -rf /var/lib/apt/lists/*\n`)).toEqual([
      5,
    ]);
    expect(
      lines(`FROM debian:12 AS base\n${APT}\n\nFROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n`),
    ).toEqual([]);
  });

  it('handles heredocs, exec form, ONBUILD and fragments', () => {
    expect(
      lines(
        `FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nRUN <<EOF\nrm -rf /var/lib/apt/lists/*\nEOF\n`,
      ),
    ).toEqual([7]);
    expect(lines(`FROM debian:12\nRUN <<EOF\napt-get update\nrm -rf /var/lib/apt/lists/*\nEOF\n`)).toEqual(
      [],
    );
    expect(lines(`FROM debian:12\n${APT}\nWORKDIR /x\nRUN ["apt-get", "clean"]\n`)).toEqual([4]);
    expect(lines(`FROM debian:12\nONBUILD ${APT}\nONBUILD RUN rm -rf /var/lib/apt/lists/*\n`)).toEqual([3]);
    expect(lines(`FROM debian:12\n${APT}\nONBUILD RUN rm -rf /var/lib/apt/lists/*\n`)).toEqual([]);
    expect(lines(`${APT}\nRUN rm -rf /var/lib/apt/lists/*\n`)).toEqual([2]);
  });
});
