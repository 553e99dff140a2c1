import type { ShellCommand } from '../shell';
import { defineRule } from '../types';
import { moreList } from './_lib/apt';

/** Pre-check: a `cd` command (possibly by path) is the word `cd`. */

function dirOf(cmd: ShellCommand): string {
  return cmd.argv.find((a) => !a.startsWith('-')) ?? '';
}

/** DL3003 — `cd` in RUN instead of WORKDIR. */
export default defineRule({
  id: 'DL3003',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['RUN', 'WORKDIR'],
  title: {
    'pt-BR': 'Use `WORKDIR` para mudar de diretório',
    en: 'Use `WORKDIR` to switch directories',
  },
  messages: {
    cd: {
      'pt-BR': 'Use `WORKDIR` para mudar de diretório em vez de `cd {dir}`{more}',
      en: 'Use `WORKDIR` to switch directories instead of `cd {dir}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Um `cd` dentro de um `RUN` vale só até o fim daquele comando: o `RUN` seguinte volta ao diretório ' +
      'anterior, o que confunde quem lê e causa erros de caminho difíceis de notar. `WORKDIR` muda o ' +
      'diretório de forma explícita para todas as instruções seguintes (e cria a pasta se preciso). Quando ' +
      'um `cd` passageiro é inevitável (compilar um código-fonte e apagá-lo na mesma camada), coloque-o num ' +
      'subshell — `(cd /tmp/src && make install)` — que deixa claro que a mudança é local.',
    en:
      'A `cd` inside a `RUN` lasts only until that command ends: the next `RUN` is back in the previous ' +
      'directory, which confuses readers and causes path mistakes that are hard to spot. `WORKDIR` changes the ' +
      'directory explicitly for every following instruction (and creates it if needed). When a temporary `cd` ' +
      'is unavoidable (building sources and deleting them in the same layer), put it in a subshell — ' +
      '`(cd /tmp/src && make install)` — which makes it clear the change is local.',
  },
  differsFrom: {
    'pt-BR':
      'Um `cd` dentro de um subshell `( … )` não é acusado: a mudança de diretório fica restrita ao subshell, ' +
      'como a própria documentação do hadolint sugere; o hadolint acusa mesmo assim (issue ' +
      'hadolint/hadolint#422).',
    en:
      'A `cd` inside a `( … )` subshell is not flagged: the directory change stays inside the subshell, as ' +
      "hadolint's own documentation suggests; hadolint flags it anyway (issue hadolint/hadolint#422).",
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN cd /usr/src/app && ./configure\n', 'RUN cd /opt\n'],
    good: [
      'FROM debian:12-slim\nWORKDIR /usr/src/app\nRUN ./configure\n',
      'RUN (cd /tmp/src && make install) && rm -rf /tmp/src\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN')) {
      const cds = ctx.commands(run, 'cd').filter((c) => !c.context.includes('subshell'));
      if (cds.length === 0) continue;
      ctx.report(cds[0], 'cd', {
        dir: dirOf(cds[0]),
        more: moreList(cds.slice(1).map((c) => `cd ${dirOf(c)}`.trim())),
      });
    }
  },
});
