import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { isCommandSubstitution, isOnlyVariable, moreList, variablesKnown } from './_lib/packages';

/** `flex=2.6.4-r1`, `git~2.52`, `python3<3.12`, `"flex>=2.6"`: any apk version constraint. */
function constrained(spec: string): boolean {
  return /[=~<>]/.test(spec);
}

/** DL3018 — apk add without version constraints. */
export default defineRule({
  id: 'DL3018',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no apk add',
    en: 'Pin versions in apk add',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Fixe as versões no apk add: use `{package}=<versão>` em vez de `{package}`{more}',
      en: 'Pin versions in apk add: use `{package}=<version>` instead of `{package}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem restrição de versão, `apk add curl` instala o que o índice do Alpine tiver no momento do build, ' +
      'e o mesmo Dockerfile passa a produzir imagens diferentes de uma semana para outra. Uma atualização ' +
      'do pacote pode quebrar a imagem sem nenhuma mudança no seu código. Declare a versão ' +
      '(`curl=8.5.0-r0`) ou ao menos uma faixa (`curl~8.5`). Arquivos `.apk` locais não precisam de versão.',
    en:
      'Without a version constraint, `apk add curl` installs whatever the Alpine index holds at build time, ' +
      'so the same Dockerfile produces different images from one week to the next. A package update can ' +
      'break the image with no change in your code. State the version (`curl=8.5.0-r0`) or at least a ' +
      'range (`curl~8.5`). Local `.apk` files need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Um pacote escrito com variável (`$PACOTES`, `curl=${CURL_VERSION}`) é aceito quando a variável foi ' +
      'declarada antes (ARG/ENV visível, ARG anterior ou `export` no mesmo RUN): o valor vem do build. O ' +
      'hadolint acusa esses casos (issue hadolint#393). Os valores de `--root`, `--arch`, `--cache-dir` e ' +
      'de outras opções com valor também não são tratados como pacotes.',
    en:
      'A package written with a variable (`$PACKAGES`, `curl=${CURL_VERSION}`) is accepted when the variable ' +
      'was declared before (visible ARG/ENV, an earlier ARG or an `export` in the same RUN): the build ' +
      'supplies the value. hadolint flags those (issue hadolint#393). The values of `--root`, `--arch`, ' +
      '`--cache-dir` and other options with a value are not taken for packages either.',
  },
  examples: {
    bad: [
      'FROM alpine:3.23\nRUN apk add --no-cache curl\n',
      'RUN apk add --no-cache --virtual .build-deps gcc~15 make\n',
    ],
    good: [
      'FROM alpine:3.23\nRUN apk add --no-cache curl~8\n',
      'RUN apk add --no-cache "python3~3.12" ./vendor/tool-1.0.apk\n',
      'ARG GIT_VERSION=2\nRUN apk add --no-cache "git~${GIT_VERSION}"\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned: ShellWord[] = [];
      for (const cmd of commands.filter((c) => c.tool === 'apk')) {
        const pos = cmd.positionals;
        if (pos.length === 0 || pos[0].value !== 'add') continue;
        for (const p of pos.slice(1)) {
          const v = p.value;
          if (constrained(v) || v.endsWith('.apk') || isCommandSubstitution(p) || isOnlyVariable(p)) continue;
          if (variablesKnown(ctx.model.allInstructions, run, commands, cmd, p)) continue;
          unpinned.push(p);
        }
      }
      if (unpinned.length > 0) {
        ctx.report(unpinned[0], 'unpinned', { package: unpinned[0].value, more: moreList(unpinned) });
      }
    }
  },
});
