import { defineRule } from '../types';
import { moreList, rpmUnpinned } from './_lib/packages';

/** DL3033 — yum install without versions. */
export default defineRule({
  id: 'DL3033',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Fixe as versões no yum install',
    en: 'Pin versions in yum install',
  },
  messages: {
    unpinned: {
      'pt-BR': 'Especifique a versão: `yum install -y {package}-<versão>`{more}',
      en: 'Specify the version: `yum install -y {package}-<version>`{more}',
    },
    unpinnedModule: {
      'pt-BR': 'Especifique o stream do módulo: `yum module install -y {package}:<stream>`{more}',
      en: 'Specify the module stream: `yum module install -y {package}:<stream>`{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Sem versão, `yum install httpd` instala o que o repositório oferecer no dia do build: o mesmo ' +
      'Dockerfile gera imagens diferentes com o tempo e uma atualização pode quebrar a aplicação sem ' +
      'mudança no seu código. Fixe com `pacote-versão` (`httpd-2.4.57`, com época se precisar: ' +
      '`openssl-1:3.0.7`); módulos pedem o stream (`nodejs:20`). Uma versão vinda de um ARG ou ENV ' +
      'declarado antes (`httpd-${HTTPD_VERSION}`) também vale.',
    en:
      'Without a version, `yum install httpd` installs whatever the repository offers on build day: the same ' +
      'Dockerfile yields different images over time and an update can break the application with no ' +
      'change in your code. Pin with `package-version` (`httpd-2.4.57`, with an epoch if needed: ' +
      '`openssl-1:3.0.7`); modules need their stream (`nodejs:20`). A version taken from an ARG or ENV ' +
      'declared before (`httpd-${HTTPD_VERSION}`) counts too.',
  },
  differsFrom: {
    'pt-BR':
      'Seletores que não aceitam versão não são acusados: grupos (`@base`, `yum group install`), ' +
      'caminhos e URLs, e capacidades como `yum-command(config-manager)`. Os valores de opções como ' +
      '`--enablerepo` e `--setopt` não são tratados como pacotes.',
    en:
      'Selectors that cannot carry a version are not flagged: groups (`@base`, `yum group install`), paths ' +
      'and URLs, and capabilities such as `yum-command(config-manager)`. The values of options such as ' +
      '`--enablerepo` and `--setopt` are not taken for packages.',
  },
  examples: {
    bad: [
      'FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n',
      'RUN yum module install -y nodejs && yum clean all\n',
    ],
    good: [
      'FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 openssl-1:3.0.7 && yum clean all\n',
      'ARG TAR_VERSION=1.34\nRUN yum install -y "tar-${TAR_VERSION}" && yum clean all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const unpinned = rpmUnpinned(ctx.model.allInstructions, run, commands, ['yum']);
      if (unpinned.length === 0) continue;
      const first = unpinned[0];
      ctx.report(first.word, first.module ? 'unpinnedModule' : 'unpinned', {
        package: first.word.value,
        more: moreList(unpinned.map((u) => u.word)),
      });
    }
  },
});
