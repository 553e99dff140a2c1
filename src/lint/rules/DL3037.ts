import type { ShellWord } from '../shell';
import { defineRule } from '../types';
import { isCommandSubstitution, isOnlyVariable, moreList, variablesKnown } from './_lib/packages';

/** DL3037 — zypper install without versions. */
export default defineRule({
  id: 'DL3037',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no zypper install',
    en: 'Pin versions in zypper install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Especifique a versão: `zypper install -y {package}=<versão>`{more}',
      en: 'Specify the version: `zypper install -y {package}=<version>`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `zypper install curl` instala a versão que o repositório tiver no dia do build, e o ' +
      'mesmo Dockerfile passa a gerar imagens diferentes; uma atualização pode quebrar a aplicação sem ' +
      'mudança no seu código. Fixe com `pacote=versão` ou limite a faixa com `>`, `>=`, `<`, `<=` (escape ' +
      'ou ponha entre aspas: `"curl>=8.6"`, senão o shell entende um redirecionamento). Arquivos `.rpm` ' +
      'não precisam de versão.',
    en:
      'Without a version, `zypper install curl` installs whatever the repository holds on build day, and ' +
      'the same Dockerfile starts producing different images; an update can break the application with no ' +
      'change in your code. Pin with `package=version` or bound it with `>`, `>=`, `<`, `<=` (escape or ' +
      'quote it: `"curl>=8.6"`, otherwise the shell sees a redirection). `.rpm` files need no version.',
  },
  differsFrom: {
    'pt-BR':
      'Instalações de padrões, patches e produtos (`-t pattern`, `-t patch`, `-t product`), que não têm ' +
      'versão de pacote, não são acusadas; os valores de opções como `--repo`, `--from` e `--type` não são ' +
      'tratados como pacotes; um nome com variável declarada antes é aceito.',
    en:
      'Installs of patterns, patches and products (`-t pattern`, `-t patch`, `-t product`), which have no ' +
      'package version, are not flagged; the values of options such as `--repo`, `--from` and `--type` are ' +
      'not taken for packages; a name using a variable declared before is accepted.',
  },
  examples: {
    bad: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all\n',
      'RUN zypper install -y tar=1.34 gzip && zypper clean --all\n',
    ],
    good: [
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean --all\n',
      'RUN zypper install -y "tar>=1.34" ./vendor/tool-1.0-1.x86_64.rpm && zypper clean --all\n',
      'RUN zypper install -y -t pattern devel_basis && zypper clean --all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned: ShellWord[] = [];
      for (const cmd of commands.filter((c) => c.tool === 'zypper')) {
        const pos = cmd.positionals;
        if (pos.length === 0 || (pos[0].value !== 'install' && pos[0].value !== 'in')) continue;
        const type = cmd.value('-t', '--type');
        if (type !== undefined && type !== 'package') continue;
        for (const p of pos.slice(1)) {
          const v = p.value;
          if (/[=<>]/.test(v) || v.endsWith('.rpm') || isCommandSubstitution(p) || isOnlyVariable(p))
            continue;
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
