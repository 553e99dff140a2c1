import { defineRule } from '../types';
import { rpmMissingYes } from './_lib/packages';

/** DL3038 — dnf/microdnf install without -y. */
export default defineRule({
  id: 'DL3038',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `-y` no dnf install',
    en: 'Use `-y` with dnf install',
  },
  messages: {
    noYes: {
      'pt-BR': 'Use a opção `-y` para evitar a confirmação manual: `{tool} install -y <pacote>`',
      en: 'Use the `-y` switch to avoid manual input: `{tool} install -y <package>`',
    },
  },
  rationale: {
    'pt-BR':
      'Sem `-y` (`--assumeyes`), o `dnf install` pede confirmação antes de instalar. No build não há ' +
      'terminal interativo: a resposta vazia vale como "não", a transação é cancelada e o RUN falha (ou, ' +
      'pior, o comportamento depende da versão do `dnf`/`microdnf` da imagem base). Passe `-y` para ' +
      'instalar sem interação.',
    en:
      'Without `-y` (`--assumeyes`), `dnf install` asks for confirmation before installing. A build has no ' +
      'interactive terminal: the empty answer counts as "no", the transaction is cancelled and the RUN ' +
      'fails (or, worse, the outcome depends on the `dnf`/`microdnf` version of the base image). Pass `-y` ' +
      'to install unattended.',
  },
  differsFrom: {
    'pt-BR':
      'O apelido `dnf in` e as formas `dnf group install` / `dnf module install` também são verificados.',
    en: 'The `dnf in` alias and the `dnf group install` / `dnf module install` forms are checked too.',
  },
  examples: {
    bad: [
      'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n',
      'RUN microdnf install tar-1.34 && microdnf clean all\n',
    ],
    good: [
      'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n',
      'RUN microdnf --assumeyes install tar-1.34 && microdnf clean all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const found = rpmMissingYes(commands, ['dnf', 'microdnf']);
      if (found) ctx.report(found.span, 'noYes', { tool: found.tool });
    }
  },
});
