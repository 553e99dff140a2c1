import rule from '../../../src/lint/rules/CAM002';
import { ruleTester } from './_harness';

ruleTester(rule, {
  valid: [
    // does not fire: RUN apt-get update && apt-get install -y curl
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    // does not fire: RUN apt-get update \ / && DEBIAN_FRONTEND=noninteractive apt-get install -y curl
    'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n',
    // does not fire: RUN apt-get update && apt-get upgrade -y
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
    // does not fire: RUN apt-get update && apt-get dist-upgrade -y
    'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
    // does not fire: RUN apt-get update && apt-cache policy curl
    'FROM debian:12\nRUN apt-get update && apt-cache policy curl\n',
    // does not fire: RUN apt-get update && xargs apt-get install -y < /tmp/packages.txt
    'FROM debian:12\nRUN apt-get update && xargs apt-get install -y < /tmp/packages.txt\n',
    // does not fire: RUN apt-get update && eatmydata apt-get install -y curl
    'FROM debian:12\nRUN apt-get update && eatmydata apt-get install -y curl\n',
    // does not fire: RUN apt-get update && ./install-deps.sh
    'FROM debian:12\nRUN apt-get update && ./install-deps.sh\n',
    // does not fire: RUN apt-get update && bash /tmp/setup.sh
    'FROM debian:12\nRUN apt-get update && bash /tmp/setup.sh\n',
    // does not fire: RUN apt-get update && sh -c "apt-get install -y curl"
    'FROM debian:12\nRUN apt-get update && sh -c "apt-get install -y curl"\n',
    // does not fire: RUN <<EOF / apt-get update / apt-get install -y curl / EOF
    'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
    // does not fire: RUN apt-get install -y curl
    'FROM debian:12\nRUN apt-get install -y curl\n',
    // does not fire: RUN echo apt-get update
    'FROM debian:12\nRUN echo apt-get update\n',
    // does not fire: RUN apk update && apk add curl
    'FROM debian:12\nRUN apk update && apk add curl\n',
    // does not fire: RUN apk add --no-cache curl
    'FROM debian:12\nRUN apk add --no-cache curl\n',
    // does not fire: RUN yum makecache
    'FROM debian:12\nRUN yum makecache\n',
    // does not fire: RUN dnf makecache
    'FROM debian:12\nRUN dnf makecache\n',
    // does not fire when a piped shell may install
    'FROM debian:12\nRUN apt-get update && curl -fsSL https://example.com/setup | bash -\n',
    // counts `xx-apt-get install` as the install that uses the update
    'FROM debian:12\nRUN apt-get update && xx-apt-get install -y --no-install-recommends gcc\n',
    // treats `sudo bash -c "…"` as opaque (it may install)
    'FROM debian:12\nRUN sudo apt-get update && sudo bash -c "apt-get install -y x"\n',
  ],
  invalid: [
    // points at the update command
    {
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN apt-get update
    {
      code: 'FROM debian:12\nRUN apt-get update\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN apt-get -qq update
    {
      code: 'FROM debian:12\nRUN apt-get -qq update\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 23,
          messageKey: 'aptAlone',
          data: { command: 'apt-get -qq update' },
        },
      ],
    },
    // fires: RUN apt update
    {
      code: 'FROM debian:12\nRUN apt update\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          messageKey: 'aptAlone',
          data: { command: 'apt update' },
        },
      ],
    },
    // fires: RUN /usr/bin/apt-get update -y
    {
      code: 'FROM debian:12\nRUN /usr/bin/apt-get update -y\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 31,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update -y' },
        },
      ],
    },
    // fires: RUN aptitude update
    {
      code: 'FROM debian:12\nRUN aptitude update\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 20,
          messageKey: 'aptAlone',
          data: { command: 'aptitude update' },
        },
      ],
    },
    // fires: RUN apt-get update && apt-get clean
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get clean\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN apt-get update && echo done
    {
      code: 'FROM debian:12\nRUN apt-get update && echo done\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN set -eux; apt-get update; mkdir -p /opt/app
    {
      code: 'FROM debian:12\nRUN set -eux; apt-get update; mkdir -p /opt/app\n',
      errors: [
        {
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 29,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN apt-get update \ / && add-apt-repository -y ppa:deadsnakes/ppa
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n && add-apt-repository -y ppa:deadsnakes/ppa\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN --mount=type=cache,target=/var/lib/apt apt-get update
    {
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update\n',
      errors: [
        {
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 58,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires: RUN ["apt-get", "update"]
    {
      code: 'FROM debian:12\nRUN ["apt-get", "update"]\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 26,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // fires inside a heredoc script, on the body line
    {
      code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF\n',
      errors: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 15,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // apk update alone fires with its own message
    {
      code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          messageKey: 'apkAlone',
          data: { command: 'apk update' },
        },
      ],
    },
    // does not mix package managers: apk add does not consume apt lists
    {
      code: 'FROM debian:12\nRUN apt-get update && apk add curl\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    // checks ONBUILD triggers, fragments and every stage
    {
      code: 'FROM debian:12\nONBUILD RUN apt-get update\n',
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 27,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    {
      code: 'RUN apt-get update\n',
      errors: [
        {
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
    {
      code: 'FROM debian:12 AS a\nRUN apt-get update\n\nFROM debian:12 AS b\nRUN apt-get update && apt-get install -y make\n',
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageKey: 'aptAlone',
          data: { command: 'apt-get update' },
        },
      ],
    },
  ],
});
