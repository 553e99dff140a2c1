import type { InstructionModel } from '../parse';
import type { ShellScript } from '../shell';
import { defineRule, type RuleContext } from '../types';
import { onInstructionLine, shellSetBefore } from './_r4a-shared';

/** `["node", "server.js"]` when the shell form is one plain command with literal words, else `null`. */
function execSuggestion(script: ShellScript | null): string | null {
  if (!script?.parsed || script.commands.length !== 1) return null;
  const [cmd] = script.commands;
  if (cmd.assigns.length || cmd.redirects.length || cmd.context.length || cmd.heredoc) return null;
  const words = [cmd.nameWord, ...cmd.args];
  if (!words.every((w) => w.literal)) return null;
  const json = JSON.stringify(words.map((w) => w.value)).replace(/","/g, '", "');
  return json.length <= 80 ? json : null;
}

const KEYWORDS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

function report(ctx: RuleContext<'shellForm' | 'singleQuotes'>, instr: InstructionModel, name: string): void {
  if (instr.form !== 'shell' || shellSetBefore(instr, ctx.instructions)) return;
  const args = instr.keyword === 'HEALTHCHECK' ? instr.argsText.replace(/^cmd\s+/i, '') : instr.argsText;
  if (/^\[.*'.*\]$/s.test(args.trim())) {
    // `CMD ['a', 'b']` looks like the exec form but is not JSON: Docker runs it as a shell command.
    ctx.report(onInstructionLine(instr, { range: instr.argsRange ?? instr.range }), 'singleQuotes', {
      instruction: name,
    });
    return;
  }
  const suggestion = execSuggestion(ctx.shell(instr));
  const prefix = instr.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : instr.keyword;
  ctx.report(onInstructionLine(instr, { range: instr.argsRange ?? instr.range }), 'shellForm', {
    instruction: name,
    suggestion: suggestion ? ` (\`${prefix} ${suggestion}\`)` : '',
  });
}

/** JSONArgsRecommended (BuildKit) = DL3025 (hadolint): CMD/ENTRYPOINT in shell form. */
export default defineRule({
  id: 'JSONArgsRecommended',
  aliases: ['DL3025'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use a forma JSON (exec) em `CMD` e `ENTRYPOINT`',
    en: 'Use the JSON (exec) form for `CMD` and `ENTRYPOINT`',
  },
  messages: {
    singleQuotes: {
      'pt-BR':
        "Aspas simples não são JSON: `{instruction}` com `['…']` não é a forma exec, o Docker o roda como texto " +
        'sob `/bin/sh -c`; use aspas duplas (`["…", "…"]`)',
      en:
        "Single quotes are not JSON: `{instruction}` with `['…']` is not the exec form, Docker runs it as text " +
        'under `/bin/sh -c`; use double quotes (`["…", "…"]`)',
    },
    shellForm: {
      'pt-BR':
        'Use a forma JSON em `{instruction}`{suggestion}: na forma shell o processo roda sob `/bin/sh -c` e ' +
        'não recebe sinais do sistema',
      en:
        'Use the JSON form for `{instruction}`{suggestion}: in shell form the process runs under `/bin/sh -c` ' +
        'and does not receive OS signals',
    },
  },
  rationale: {
    'pt-BR':
      'Na forma shell (`CMD node server.js`), o Docker executa `/bin/sh -c "node server.js"`: o PID 1 do ' +
      'contêiner é o shell, que não repassa o `SIGTERM` de um `docker stop`, e o contêiner só morre pelo ' +
      '`SIGKILL` depois do tempo limite, sem desligamento limpo. Na forma JSON (`CMD ["node", "server.js"]`) ' +
      'o seu processo é o PID 1 e recebe os sinais. Se precisar do shell (variáveis, `&&`), declare-o com ' +
      '`SHELL` ou use um script que termine em `exec`. Vale também para `HEALTHCHECK CMD`. A regra considera ' +
      'só o `SHELL` escrito no Dockerfile: a configuração da imagem base é desconhecida, então um shell ' +
      'definido por ela não é levado em conta. O hadolint faz a mesma verificação como DL3025.',
    en:
      'In shell form (`CMD node server.js`) Docker runs `/bin/sh -c "node server.js"`: the container\'s PID 1 ' +
      'is the shell, which does not forward the `SIGTERM` of `docker stop`, so the container only dies by ' +
      '`SIGKILL` after the timeout, without a clean shutdown. In JSON form (`CMD ["node", "server.js"]`) your ' +
      'process is PID 1 and gets the signals. If you need a shell (variables, `&&`), declare it with `SHELL` ' +
      'or use a script ending in `exec`. This applies to `HEALTHCHECK CMD` too. The rule only sees a `SHELL` ' +
      "written in the Dockerfile: the base image's config is unknown, so a shell set by the base image is not " +
      'taken into account. hadolint runs the same check as DL3025.',
  },
  differsFrom: {
    'pt-BR':
      'Como no BuildKit, não há aviso depois de um `SHELL` explícito no estágio (ou num estágio do qual ele ' +
      'deriva), pois o shell foi escolhido de propósito; o DL3025 do hadolint ignora o `SHELL`. Como no ' +
      'hadolint, `HEALTHCHECK CMD` na forma shell também é acusado; o BuildKit não verifica o `HEALTHCHECK`.',
    en:
      'As in BuildKit, there is no warning after an explicit `SHELL` in the stage (or in a stage it builds ' +
      "on), since the shell was chosen on purpose; hadolint's DL3025 ignores `SHELL`. As in hadolint, a " +
      'shell-form `HEALTHCHECK CMD` is flagged too; BuildKit does not check `HEALTHCHECK`.',
  },
  examples: {
    bad: [
      'FROM node:20-slim\nCOPY server.js /app/server.js\nUSER 10001\nCMD node /app/server.js\n',
      'ENTRYPOINT /usr/local/bin/start-app --port 8080\n',
      'HEALTHCHECK CMD curl -f http://localhost:8080/health\n',
    ],
    good: [
      'FROM node:20-slim\nCOPY server.js /app/server.js\nUSER 10001\nCMD ["node", "/app/server.js"]\n',
      'ENTRYPOINT ["/usr/local/bin/start-app", "--port", "8080"]\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/health"]\n',
      'SHELL ["/bin/bash", "-c"]\nCMD echo "started at $(date)"\n',
    ],
  },
  check(ctx) {
    for (const i of ctx.instructionsOf(KEYWORDS)) {
      report(ctx, i, i.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : i.keyword);
    }
  },
});
