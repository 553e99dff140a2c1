import { defineRule } from '../types';
import { rpmMissingYes } from './_lib/packages';

/** DL3030 — yum install without -y. */
export default defineRule({
  id: 'DL3030',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `-y` no yum install',
    en: 'Use `-y` with yum install',
  },
  messages: {
    noYes: {
      'pt-BR': 'Use a opção `-y` para evitar a confirmação manual: `yum install -y <pacote>`',
      en: 'Use the `-y` switch to avoid manual input: `yum install -y <package>`',
    },
  },
  rationale: {
    'pt-BR':
      'Sem `-y` (`--assumeyes`), o `yum install` pergunta "Is this ok [y/N]" e espera uma resposta. Num ' +
      'build não há ninguém no terminal: a pergunta lê o fim da entrada, vale como "não" e o RUN falha. ' +
      'Passe `-y` para que a instalação siga sem interação.',
    en:
      'Without `-y` (`--assumeyes`), `yum install` asks "Is this ok [y/N]" and waits for an answer. In a ' +
      'build nobody is at the terminal: the prompt reads end of input, counts as "no" and the RUN fails. ' +
      'Pass `-y` so the installation proceeds unattended.',
  },
  differsFrom: {
    'pt-BR': '`yum group install` e `yum module install` também são verificados, como `yum groupinstall`.',
    en: '`yum group install` and `yum module install` are checked too, like `yum groupinstall`.',
  },
  examples: {
    bad: ['FROM rockylinux:9\nRUN yum install httpd-2.4.57 && yum clean all\n'],
    good: [
      'FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 && yum clean all\n',
      'RUN yum --assumeyes install tar-1.34 && yum clean all\n',
    ],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const commands = ctx.commands(run);
      const found = rpmMissingYes(commands, ['yum']);
      if (found) ctx.report(found.span, 'noYes');
    }
  },
});
