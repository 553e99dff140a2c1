import type { InstructionModel } from '../parse';
import { defineRule } from '../types';

/**
 * DL4001 — curl and wget both used in one stage. Like hadolint, each RUN that uses one of them once the
 * stage has used both is reported (so the first tool's RUN is not). The triggers of `ONBUILD RUN` are
 * tracked apart from the stage's own RUNs, since they run in another build.
 */
export default defineRule({
  id: 'DL4001',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use curl ou wget, não os dois',
    en: 'Use either curl or wget, not both',
  },
  messages: {
    both: {
      'pt-BR': 'Este estágio usa `curl` e `wget`: escolha um dos dois',
      en: 'This stage uses both `curl` and `wget`: pick one of them',
    },
  },
  rationale: {
    'pt-BR':
      '`curl` e `wget` fazem a mesma coisa num Dockerfile: baixar arquivos. Usar os dois no mesmo estágio ' +
      'obriga a instalar e manter duas ferramentas (e as bibliotecas delas) para uma única tarefa, deixa a ' +
      'imagem maior e espalha duas sintaxes diferentes de opções, de tratamento de erro e de redirecionamento ' +
      'pelo arquivo. Escolha um — de preferência o que já vem na imagem base — e use-o em todos os `RUN`.',
    en:
      '`curl` and `wget` do the same job in a Dockerfile: downloading files. Using both in one stage means ' +
      'installing and maintaining two tools (and their libraries) for a single task, makes the image bigger, ' +
      'and scatters two different syntaxes for options, error handling and output through the file. Pick one ' +
      '— preferably the one the base image already has — and use it in every `RUN`.',
  },
  examples: {
    bad: [
      'FROM alpine:3.23\nRUN wget -q -O /tmp/app.tgz https://example.com/app-1.2.0.tgz\nCOPY config.yml /etc/app/\nRUN curl -fsSLo /tmp/app.sig https://example.com/app-1.2.0.tgz.sig\n',
    ],
    good: [
      'FROM alpine:3.23\nRUN wget -q -O /tmp/app.tgz https://example.com/app-1.2.0.tgz\nCOPY config.yml /etc/app/\nRUN wget -q -O /tmp/app.sig https://example.com/app-1.2.0.tgz.sig\n',
    ],
  },
  check(ctx) {
    // Seen tools per stream: the stage's own RUNs, and its ONBUILD triggers.
    const seen = new Map<string, Set<string>>();
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      const uses = ctx.commands(run, 'curl', 'wget');
      if (uses.length === 0) continue;
      const key = streamKey(run);
      let tools = seen.get(key);
      if (!tools) {
        tools = new Set();
        seen.set(key, tools);
      }
      for (const c of uses) tools.add(c.name.endsWith('curl') ? 'curl' : 'wget');
      if (tools.size === 2) ctx.report(uses[0].nameWord, 'both');
    }
  },
});

function streamKey(run: InstructionModel): string {
  return `${run.stage ? run.stage.index : -1}${run.onbuild ? ':onbuild' : ''}`;
}
