import { defineRule } from '../types';
import { onInstructionLine, unquote } from './_lib/buildkit';

/**
 * `$TARGETPLATFORM`, `${TARGETPLATFORM}` and the default/error forms (`${TARGETPLATFORM:-x}`,
 * `${TARGETPLATFORM-x}`, `${TARGETPLATFORM:?x}`) expand to TARGETPLATFORM itself, which is always set.
 */
const TARGET_ONLY = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?[-?][^}]*)?\})$/;

/** RedundantTargetPlatform (BuildKit) = DL3065 (hadolint): `FROM --platform=$TARGETPLATFORM`. */
export default defineRule({
  id: 'RedundantTargetPlatform',
  aliases: ['DL3065'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': '`--platform=$TARGETPLATFORM` é redundante',
    en: '`--platform=$TARGETPLATFORM` is redundant',
  },
  messages: {
    redundant: {
      'pt-BR':
        '`--platform={value}` é redundante: o estágio já é construído para a plataforma alvo; remova a flag',
      en: '`--platform={value}` is redundant: the stage is already built for the target platform; remove the flag',
    },
  },
  rationale: {
    'pt-BR':
      'Sem `--platform`, o `FROM` já usa a plataforma alvo do build, que é exatamente o valor de ' +
      '`$TARGETPLATFORM`. Escrever a flag não muda nada e ainda sugere a quem lê que o estágio tem algo ' +
      'especial de plataforma. Remova a flag; reserve `--platform` para quando o estágio deve rodar em outra ' +
      'plataforma, como `--platform=$BUILDPLATFORM` num estágio de compilação cruzada. O hadolint faz a ' +
      'mesma verificação como DL3065.',
    en:
      "Without `--platform`, `FROM` already uses the build's target platform, which is exactly what " +
      '`$TARGETPLATFORM` holds. Writing the flag changes nothing and suggests to readers that the stage is ' +
      'special about platforms. Remove it; keep `--platform` for stages that must run on another platform, ' +
      'such as `--platform=$BUILDPLATFORM` in a cross-compiling stage. hadolint runs the same check as DL3065.',
  },
  differsFrom: {
    'pt-BR':
      'Como no BuildKit, também são acusadas as formas entre aspas (`"$TARGETPLATFORM"`) e com valor padrão ' +
      '(`${TARGETPLATFORM:-linux/amd64}`), que se expandem para o mesmo valor; o DL3065 do hadolint só ' +
      'reconhece `$TARGETPLATFORM` e `${TARGETPLATFORM}`.',
    en:
      'As in BuildKit, quoted (`"$TARGETPLATFORM"`) and default-value (`${TARGETPLATFORM:-linux/amd64}`) ' +
      "forms, which expand to the same value, are flagged too; hadolint's DL3065 only recognises " +
      '`$TARGETPLATFORM` and `${TARGETPLATFORM}`.',
  },
  examples: {
    bad: [
      'FROM --platform=$TARGETPLATFORM alpine:3.23\nRUN echo ok\n',
      'FROM --platform=${TARGETPLATFORM} debian:12-slim\n',
    ],
    good: [
      'FROM alpine:3.23\nRUN echo ok\n',
      'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETOS\nARG TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go version\n\nFROM debian:12-slim\nCOPY --from=build /usr/local/go/bin /opt/go\nUSER 10001\n',
    ],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const flag = stage.platform;
      if (!flag?.value) continue;
      const value = unquote(flag.value.trim());
      if (!TARGET_ONLY.test(value)) continue;
      ctx.report(onInstructionLine(stage.from, flag), 'redundant', { value: flag.value });
    }
  },
});
