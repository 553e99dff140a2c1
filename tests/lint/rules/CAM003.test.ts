import rule from '../../../src/lint/rules/CAM003';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not fire: RUN true … RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN true\nWORKDIR /app\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* && apt-get clean … RUN rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* && apt-get clean\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN echo hi … RUN rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN echo hi\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN apt-get update && apt-get install -y curl … RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update … RUN rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt … RUN rm -rf /root/.cache/pip
    'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r r.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
    // does not fire: RUN --mount=type=cache,target=/root/.npm npm ci … RUN npm cache clean --force
    'FROM debian:12\nRUN --mount=type=cache,target=/root/.npm npm ci\nWORKDIR /app\nRUN npm cache clean --force\n',
    // does not fire: RUN apk add --no-cache curl … RUN rm -rf /var/cache/apk/*
    'FROM debian:12\nRUN apk add --no-cache curl\nWORKDIR /app\nRUN rm -rf /var/cache/apk/*\n',
    // does not fire: RUN pip install --no-cache-dir -r requirements.txt … RUN rm -rf /root/.cache/pip
    'FROM debian:12\nRUN pip install --no-cache-dir -r requirements.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
    // does not fire: RUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt … RUN rm -rf /root/.cache/pip
    'FROM debian:12\nRUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
    // does not fire: RUN pip install -r requirements.txt … RUN rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN pip install -r requirements.txt\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN apt-get update && apt-get install -y curl … RUN rm -rf /tmp/*
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf /tmp/*\n',
    // does not fire: RUN apt-get update && apt-get install -y curl … RUN rm -rf /var/*
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf /var/*\n',
    // does not fire: RUN apt-get update && apt-get install -y curl … RUN echo rm -rf /var/lib/apt/lists/*
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN echo rm -rf /var/lib/apt/lists/*\n',
    // does not fire: RUN npm ci … RUN npm cache verify
    'FROM debian:12\nRUN npm ci\nWORKDIR /app\nRUN npm cache verify\n',
    // does not fire: RUN npm ci … RUN npm run clean
    'FROM debian:12\nRUN npm ci\nWORKDIR /app\nRUN npm run clean\n',
    // respects PIP_NO_CACHE_DIR from ENV
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r r.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
    // follows the parent stage, not unrelated stages
    'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\n\nFROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n',
    // handles heredocs, exec form, ONBUILD and fragments
    'FROM debian:12\nRUN <<EOF\napt-get update\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nONBUILD RUN rm -rf /var/lib/apt/lists/*\n',
  ],
  invalid: [
    // points at the cleanup and names the creator and its line
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 32,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN rm -rf /var/lib/apt/lists
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf /var/lib/apt/lists\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 30,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN rm -rf "/var/lib/apt/lists/"
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf "/var/lib/apt/lists/"\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 33,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN apt-get clean
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN apt-get clean\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          messageKey: 'laterLayer',
          data: { cleanup: 'apt-get clean', creator: 'apt-get install -y curl', line: '2' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN apt-get clean && rm -rf /var/lib/apt/lists/*
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 49,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN rm -rf /var/cache/apt/archives/*.deb
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN rm -rf /var/cache/apt/archives/*.deb\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 41,
          messageKey: 'laterLayer',
          data: {
            cleanup: 'rm -rf /var/cache/apt/archives/*.deb',
            creator: 'apt-get install -y curl',
            line: '2',
          },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get install -y curl … RUN echo done && rm -rf /var/lib/apt/*
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /app\nRUN echo done && rm -rf /var/lib/apt/*\n',
      errors: [
        {
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 39,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/*', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // fires: RUN yum install -y httpd-2.4.57 … RUN yum clean all
    {
      code: 'FROM debian:12\nRUN yum install -y httpd-2.4.57\nWORKDIR /app\nRUN yum clean all\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          messageKey: 'laterLayer',
          data: { cleanup: 'yum clean all', creator: 'yum install -y httpd-2.4.57', line: '2' },
        },
      ],
    },
    // fires: RUN yum install -y httpd-2.4.57 … RUN rm -rf /var/cache/yum
    {
      code: 'FROM debian:12\nRUN yum install -y httpd-2.4.57\nWORKDIR /app\nRUN rm -rf /var/cache/yum\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 26,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/cache/yum', creator: 'yum install -y httpd-2.4.57', line: '2' },
        },
      ],
    },
    // fires: RUN dnf install -y httpd-2.4.57 … RUN dnf clean all
    {
      code: 'FROM debian:12\nRUN dnf install -y httpd-2.4.57\nWORKDIR /app\nRUN dnf clean all\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 18,
          messageKey: 'laterLayer',
          data: { cleanup: 'dnf clean all', creator: 'dnf install -y httpd-2.4.57', line: '2' },
        },
      ],
    },
    // fires: RUN microdnf install -y httpd-2.4.57 … RUN microdnf clean all
    {
      code: 'FROM debian:12\nRUN microdnf install -y httpd-2.4.57\nWORKDIR /app\nRUN microdnf clean all\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 23,
          messageKey: 'laterLayer',
          data: { cleanup: 'microdnf clean all', creator: 'microdnf install -y httpd-2.4.57', line: '2' },
        },
      ],
    },
    // fires: RUN zypper install -y curl … RUN zypper clean --all
    {
      code: 'FROM debian:12\nRUN zypper install -y curl\nWORKDIR /app\nRUN zypper clean --all\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 23,
          messageKey: 'laterLayer',
          data: { cleanup: 'zypper clean --all', creator: 'zypper install -y curl', line: '2' },
        },
      ],
    },
    // fires: RUN apk add curl … RUN rm -rf /var/cache/apk/*
    {
      code: 'FROM debian:12\nRUN apk add curl\nWORKDIR /app\nRUN rm -rf /var/cache/apk/*\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 28,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/cache/apk/*', creator: 'apk add curl', line: '2' },
        },
      ],
    },
    // fires: RUN apk update … RUN apk cache clean
    {
      code: 'FROM debian:12\nRUN apk update\nWORKDIR /app\nRUN apk cache clean\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 20,
          messageKey: 'laterLayer',
          data: { cleanup: 'apk cache clean', creator: 'apk update', line: '2' },
        },
      ],
    },
    // fires: RUN pip install -r requirements.txt … RUN rm -rf /root/.cache/pip
    {
      code: 'FROM debian:12\nRUN pip install -r requirements.txt\nWORKDIR /app\nRUN rm -rf /root/.cache/pip\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 28,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /root/.cache/pip', creator: 'pip install -r requirements.txt', line: '2' },
        },
      ],
    },
    // fires: RUN pip3 install -r requirements.txt … RUN rm -rf ~/.cache/pip
    {
      code: 'FROM debian:12\nRUN pip3 install -r requirements.txt\nWORKDIR /app\nRUN rm -rf ~/.cache/pip\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 24,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf ~/.cache/pip', creator: 'pip3 install -r requirements.txt', line: '2' },
        },
      ],
    },
    // fires: RUN python3 -m pip install -r requirements.txt … RUN pip cache purge
    {
      code: 'FROM debian:12\nRUN python3 -m pip install -r requirements.txt\nWORKDIR /app\nRUN pip cache purge\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 20,
          messageKey: 'laterLayer',
          data: { cleanup: 'pip cache purge', creator: 'pip install -r requirements.txt', line: '2' },
        },
      ],
    },
    // fires: RUN pip install -r requirements.txt … RUN rm -rf $HOME/.cache
    {
      code: 'FROM debian:12\nRUN pip install -r requirements.txt\nWORKDIR /app\nRUN rm -rf $HOME/.cache\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 24,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf $HOME/.cache', creator: 'pip install -r requirements.txt', line: '2' },
        },
      ],
    },
    // fires: RUN npm ci … RUN npm cache clean --force
    {
      code: 'FROM debian:12\nRUN npm ci\nWORKDIR /app\nRUN npm cache clean --force\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 28,
          messageKey: 'laterLayer',
          data: { cleanup: 'npm cache clean --force', creator: 'npm ci', line: '2' },
        },
      ],
    },
    // fires: RUN npm install … RUN rm -rf /root/.npm
    {
      code: 'FROM debian:12\nRUN npm install\nWORKDIR /app\nRUN rm -rf /root/.npm\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 22,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /root/.npm', creator: 'npm install', line: '2' },
        },
      ],
    },
    // fires: RUN yarn install --frozen-lockfile … RUN yarn cache clean
    {
      code: 'FROM debian:12\nRUN yarn install --frozen-lockfile\nWORKDIR /app\nRUN yarn cache clean\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 21,
          messageKey: 'laterLayer',
          data: { cleanup: 'yarn cache clean', creator: 'yarn install --frozen-lockfile', line: '2' },
        },
      ],
    },
    // fires: RUN yarn … RUN rm -rf /usr/local/share/.cache/yarn
    {
      code: 'FROM debian:12\nRUN yarn\nWORKDIR /app\nRUN rm -rf /usr/local/share/.cache/yarn\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 40,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /usr/local/share/.cache/yarn', creator: 'yarn', line: '2' },
        },
      ],
    },
    // follows the parent stage, not unrelated stages
    {
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\n\nFROM base\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 32,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    // handles heredocs, exec form, ONBUILD and fragments
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nRUN <<EOF\nrm -rf /var/lib/apt/lists/*\nEOF\n',
      errors: [
        {
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 28,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '3' },
        },
      ],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nWORKDIR /x\nRUN ["apt-get", "clean"]\n',
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 25,
          messageKey: 'laterLayer',
          data: { cleanup: 'apt-get clean', creator: 'apt-get install -y curl', line: '2' },
        },
      ],
    },
    {
      code: 'FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y curl\nONBUILD RUN rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 40,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '2' },
        },
      ],
    },
    {
      code: 'RUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 32,
          messageKey: 'laterLayer',
          data: { cleanup: 'rm -rf /var/lib/apt/lists/*', creator: 'apt-get update', line: '1' },
        },
      ],
    },
  ],
});
