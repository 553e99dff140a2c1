import type { ShellCommand } from '../shell';
import { defineRule } from '../types';
import { aptGetInstalls, aptOptions, aptTrue } from './_lib/apt';
import { flagFix } from './_lib/fix';

/** apt-get's quiet level: `-q` = 1, `-qq` / `-q -q` / `-q=2` / `--quiet=2` = 2… */
function quietLevel(cmd: ShellCommand): number {
  let level = 0;
  for (const a of cmd.argv) {
    if (a === '--') break;
    if (a === '--quiet') level++;
    else if (a.startsWith('--quiet=')) level = Number(a.slice('--quiet='.length)) || level;
    else if (/^-q=\d+$/.test(a)) level = Number(a.slice(3));
    else if (/^-[A-Za-z]+$/.test(a)) level += [...a].filter((c) => c === 'q').length;
  }
  return level;
}

/** Does this apt-get answer yes on its own? */
function assumesYes(cmd: ShellCommand): boolean {
  for (const a of cmd.argv) {
    if (a === '--') break;
    if (a === '--yes' || a === '--assume-yes' || a.startsWith('--yes=') || a.startsWith('--assume-yes='))
      return true;
    if (/^-[A-Za-z]*y[A-Za-z]*$/.test(a)) return true; // `-y`, `-yq`, `-qy`
  }
  if (quietLevel(cmd) >= 2) return true; // apt-get: quiet level 2 implies -y
  return aptOptions(cmd).some((o) => o.key === 'apt::get::assume-yes' && aptTrue(o.value));
}

/** DL3014 — apt-get install without -y. */
export default defineRule({
  id: 'DL3014',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `-y` no apt-get install',
    en: 'Use `-y` with apt-get install',
  },
  messages: {
    noYes: {
      'pt-BR': 'Use a opção `-y` para não depender de confirmação manual: `apt-get install -y <pacote>`',
      en: 'Use the `-y` switch to avoid manual confirmation: `apt-get install -y <package>`',
    },
  },
  fix: {
    'pt-BR': 'acrescenta `-y` depois de `install`',
    en: 'adds `-y` after `install`',
  },
  rationale: {
    'pt-BR':
      'Sem `-y`, o `apt-get install` pergunta "Do you want to continue? [Y/n]" (o build roda no locale C, em inglês) sempre que vai instalar dependências além ' +
      'das pedidas. Durante o build não há ninguém para responder: a entrada padrão está fechada, a resposta ' +
      'vira "não" e o build falha com "Abort." — às vezes só no dia em que um pacote ganha uma dependência ' +
      'nova. Use `-y` (ou `--yes`). O `-qq` é aceito pela regra, pois implica `-y`, mas o manual do apt-get ' +
      'desaconselha usá-lo sem um modificador que não executa nada (como `-s` ou `-d`): prefira `-y`.',
    en:
      'Without `-y`, `apt-get install` asks "Do you want to continue?" whenever it is about to install ' +
      'dependencies beyond those requested. During the build nobody is there to answer: standard input is ' +
      'closed, the answer becomes "no" and the build fails with "Abort." — sometimes only on the day a package ' +
      'gains a new dependency. Use `-y` (or `--yes`). The rule accepts `-qq`, since it implies `-y`, but the ' +
      'apt-get manual advises never to use it without a no-action modifier (such as `-s` or `-d`): prefer `-y`.',
  },
  differsFrom: {
    'pt-BR': '`-o APT::Get::Assume-Yes=true` também é aceito.',
    en: '`-o APT::Get::Assume-Yes=true` is accepted too.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const missing = aptGetInstalls(ctx.commands(run, 'apt-get')).find((c) => !assumesYes(c));
      if (missing) ctx.report(missing, 'noYes', {}, { fix: flagFix(missing, '-y') });
    }
  },
});
