import { defineRule } from '../types';
import { moreList, rpmUnpinned } from './_lib/packages';

/** DL3041 — dnf/microdnf install without versions. */
export default defineRule({
  id: 'DL3041',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no dnf install',
    en: 'Pin versions in dnf install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Especifique a versão: `{tool} install -y {package}-<versão>`{more}',
      en: 'Specify the version: `{tool} install -y {package}-<version>`{more}',
    },
    unpinnedModule: {
      'pt-BR': 'Especifique o stream do módulo: `{tool} module install -y {package}:<stream>`{more}',
      en: 'Specify the module stream: `{tool} module install -y {package}:<stream>`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `dnf install httpd` instala o que o repositório oferecer no dia do build: o mesmo ' +
      'Dockerfile gera imagens diferentes com o tempo e uma atualização pode quebrar a aplicação sem ' +
      'mudança no seu código. Fixe com `pacote-versão` (`httpd-2.4.57`, com época se precisar: ' +
      '`openssl-1:3.0.7`); módulos pedem o stream (`nodejs:20`). Uma versão vinda de um ARG ou ENV ' +
      'declarado antes (`httpd-${HTTPD_VERSION}`) também vale.',
    en:
      'Without a version, `dnf install httpd` installs whatever the repository offers on build day: the same ' +
      'Dockerfile yields different images over time and an update can break the application with no ' +
      'change in your code. Pin with `package-version` (`httpd-2.4.57`, with an epoch if needed: ' +
      '`openssl-1:3.0.7`); modules need their stream (`nodejs:20`). A version taken from an ARG or ENV ' +
      'declared before (`httpd-${HTTPD_VERSION}`) counts too.',
  },
  differsFrom: {
    'pt-BR':
      'Seletores que não aceitam versão não são acusados: seletores de grupo e de módulo (`@development-tools`, `@nodejs:20`), ' +
      'caminhos e URLs, e capacidades como `dnf-command(config-manager)`. Os valores de opções como ' +
      '`--enablerepo` e `--setopt` não são tratados como pacotes.',
    en:
      'Selectors that cannot carry a version are not flagged: group and module selectors (`@development-tools`, `@nodejs:20`), paths ' +
      'and URLs, and capabilities such as `dnf-command(config-manager)`. The values of options such as ' +
      '`--enablerepo` and `--setopt` are not taken for packages.',
  },
  examples: {
    bad: [
      'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n',
      'RUN microdnf install -y rpm-sign && microdnf clean all\n',
    ],
    good: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 openssl-1:3.2.2 && dnf clean all\n',
      'RUN dnf module install -y nodejs:20 && dnf group install -y "Development Tools" && dnf clean all\n',
      'ARG GIT_VERSION=2.46.0\nRUN dnf install -y "git-core-${GIT_VERSION}" && dnf clean all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned = rpmUnpinned(ctx.model.allInstructions, run, commands, ['dnf', 'microdnf']);
      if (unpinned.length === 0) continue;
      const first = unpinned[0];
      ctx.report(first.word, first.module ? 'unpinnedModule' : 'unpinned', {
        package: first.word.value,
        tool: first.tool,
        more: moreList(unpinned.map((u) => u.word)),
      });
    }
  },
});
