import type { Command } from '../commands/layer';
import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { isCommandSubstitution, moreList, variablesKnown } from './_lib/packages';

/**
 * Gems named by `gem install`/`gem i`: positional words after the subcommand, up to `--` (what follows
 * goes to the extension build). An unknown `--long-option` followed by a word is assumed to take it as
 * its value.
 */
function gemNames(cmd: Command): ShellWord[] | null {
  const [sub, ...rest] = cmd.positionals;
  if (!sub || (sub.value !== 'install' && sub.value !== 'i')) return null;
  const end = rest.findIndex((w) => w.value === '--');
  return end < 0 ? rest : rest.slice(0, end);
}

/** DL3028 — gem install without a version. */
export default defineRule({
  id: 'DL3028',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no gem install',
    en: 'Pin versions in gem install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Fixe as versões no gem install: use `{gem}:<versão>` em vez de `{gem}`{more}',
      en: 'Pin versions in gem install: use `{gem}:<version>` instead of `{gem}`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `gem install rails` instala a mais recente publicada no dia do build: rebuilds do mesmo ' +
      'Dockerfile trazem versões diferentes e uma versão nova com mudanças incompatíveis quebra a imagem ' +
      'sem aviso. Fixe com `gem install rails:7.1.3` ou `gem install rails -v 7.1.3`; para aplicações, ' +
      'prefira um `Gemfile.lock` com `bundle install`.',
    en:
      'Without a version, `gem install rails` installs the newest release on build day: rebuilds of the same ' +
      'Dockerfile bring different versions and a new release with breaking changes silently breaks the ' +
      'image. Pin with `gem install rails:7.1.3` or `gem install rails -v 7.1.3`; for applications, prefer ' +
      'a `Gemfile.lock` with `bundle install`.',
  },
  differsFrom: {
    'pt-BR':
      'Os valores de opções como `--source`, `--install-dir` e `--platform` não são tratados como gems, e ' +
      'um nome com variável declarada antes (`rails:${RAILS_VERSION}`) é aceito.',
    en:
      'The values of options such as `--source`, `--install-dir` and `--platform` are not taken for gems, ' +
      'and a name using a variable declared before (`rails:${RAILS_VERSION}`) is accepted.',
  },
  examples: {
    bad: ['FROM ruby:3.3-slim\nRUN gem install bundler\n', 'RUN gem i --no-document rake:13.2.1 rack\n'],
    good: [
      'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11\n',
      'RUN gem install --no-document rails -v 7.1.3\n',
      'RUN gem install nokogiri:1.16.6 -- --use-system-libraries\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned: ShellWord[] = [];
      for (const cmd of commands.filter((c) => c.tool === 'gem')) {
        const names = gemNames(cmd);
        if (!names) continue;
        if (cmd.has('-v', '--version')) continue;
        for (const g of names) {
          if (g.value.includes(':') || isCommandSubstitution(g)) continue;
          if (variablesKnown(ctx.model.allInstructions, run, commands, cmd, g)) continue;
          unpinned.push(g);
        }
      }
      if (unpinned.length > 0) {
        ctx.report(unpinned[0], 'unpinned', { gem: unpinned[0].value, more: moreList(unpinned) });
      }
    }
  },
});
