import { defineRule } from '../types';

/** DuplicateStageName (BuildKit) = DL3024 (hadolint): two stages share the same `AS` name. */
export default defineRule({
  id: 'DuplicateStageName',
  aliases: ['DL3024'],
  severity: 'error',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Nomes de estágio devem ser únicos',
    en: 'Stage names must be unique',
  },
  messages: {
    duplicate: {
      'pt-BR': 'O nome de estágio `{name}` já foi usado na linha {line}; dê um nome diferente a cada estágio',
      en: 'Stage name `{name}` is already used on line {line}; give each stage its own name',
    },
  },
  rationale: {
    'pt-BR':
      'Outros estágios e o `docker build --target` referenciam um estágio pelo nome dado em `AS`. Com dois ' +
      'estágios de mesmo nome, a referência fica ambígua: o builder não tem como saber qual dos dois ela quer ' +
      'dizer, e a documentação desta verificação do BuildKit avisa que um `Dockerfile` assim termina em erro. ' +
      'Mesmo antes disso, quem lê não sabe de qual estágio sai um `COPY --from=nome`. Dê a cada estágio um ' +
      'nome que diga o que ele faz (`deps`, `build`, `runtime`). O hadolint faz a mesma verificação como DL3024.',
    en:
      'Other stages and `docker build --target` refer to a stage by its `AS` name. With two stages of the same ' +
      'name the reference becomes ambiguous: the builder cannot tell which of the two it means, and the ' +
      'documentation of this BuildKit check warns that such a `Dockerfile` ends in an error. Even before that, ' +
      'readers cannot tell which stage a `COPY --from=name` copies from. Give each stage a name that says ' +
      'what it does (`deps`, `build`, `runtime`). hadolint runs the same check as DL3024.',
  },
  differsFrom: {
    'pt-BR':
      'Os nomes são comparados sem diferenciar maiúsculas de minúsculas, como faz o BuildKit (para ele ' +
      '`Build` e `build` são o mesmo estágio); o DL3024 do hadolint os compara como escritos.',
    en:
      'Names are compared case-insensitively, like BuildKit does (to it `Build` and `build` are the same ' +
      "stage); hadolint's DL3024 compares them as written.",
  },
  examples: {
    bad: [
      'FROM golang:1.27 AS build\nRUN go version\n\nFROM node:22-slim AS build\nRUN node --version\n',
      'FROM alpine:3.23 AS Tools\nFROM alpine:3.23 AS tools\n',
    ],
    good: [
      'FROM golang:1.27 AS build-api\nRUN go version\n\nFROM node:22-slim AS build-web\nRUN node --version\n\nFROM debian:12-slim\nCOPY --from=build-api /go/bin /opt/api\nCOPY --from=build-web /usr/local/bin/node /opt/web/node\nUSER 10001\n',
    ],
  },
  check(ctx) {
    const seen = new Map<string, number>();
    for (const stage of ctx.stages) {
      if (!stage.nameLower || !stage.nameRange || !stage.name) continue;
      const first = seen.get(stage.nameLower);
      if (first !== undefined) ctx.report(stage.nameRange, 'duplicate', { name: stage.name, line: first });
      else seen.set(stage.nameLower, stage.from.range.line);
    }
  },
});
