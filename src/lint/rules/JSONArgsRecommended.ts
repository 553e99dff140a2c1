import type { InstructionModel } from '../parse';
import type { ShellScript } from '../shell';
import { defineRule, type Fix, type RuleContext, type RuleView } from '../types';
import { onInstructionLine, shellSetBefore } from './_lib/buildkit';
import { replaceFix, textOf } from './_lib/fix';

const asJson = (words: string[]) => JSON.stringify(words).replace(/","/g, '", "');

/**
 * `["node", "server.js"]` when the shell form is one plain command with literal words, else `null`. A
 * leading `exec` is dropped: it is a shell builtin, so `["exec", …]` would fail to start.
 */
function execSuggestion(script: ShellScript | null): string | null {
  if (!script?.parsed || script.commands.length !== 1) return null;
  const [cmd] = script.commands;
  if (cmd.assigns.length || cmd.redirects.length || cmd.context.length || cmd.heredoc) return null;
  let words = [cmd.nameWord, ...cmd.args];
  if (!words.every((w) => w.literal)) return null;
  if (words[0]?.value === 'exec') words = words.slice(1);
  if (words.length === 0 || words[0]?.value.startsWith('-')) return null;
  const json = asJson(words.map((w) => w.value));
  return json.length <= 80 ? json : null;
}

/**
 * An attempt at the JSON form that Docker reads as shell form, e.g. `['node', 'x.js']` (JSON needs double
 * quotes): the same array with double quotes when that is valid JSON, else `null` (never a shell guess).
 */
function bracketSuggestion(args: string): string | null {
  if (!args.startsWith('[') || !args.endsWith(']')) return null;
  try {
    const parsed: unknown = JSON.parse(args.replace(/'/g, '"'));
    if (!Array.isArray(parsed) || parsed.length === 0) return null;
    if (!parsed.every((x): x is string => typeof x === 'string')) return null;
    return asJson(parsed);
  } catch {
    return null;
  }
}

/**
 * The JSON form as a fix: the arguments (one line, exactly `args` as written) replaced by `json`.
 * Only when a suggestion exists (one plain command of literal words, or a single-quoted array).
 */
function jsonFix(ctx: RuleView, instr: InstructionModel, args: string, json: string | null): Fix | undefined {
  const r = instr.argsRange;
  if (!json || !r || r.line !== r.endLine || instr.heredocs.length > 0) return undefined;
  if (textOf(ctx, r) !== args) return undefined;
  return replaceFix(r, json);
}

const KEYWORDS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

function report(
  ctx: RuleContext<'shellForm' | 'healthcheckShellForm' | 'singleQuotes'>,
  instr: InstructionModel,
): void {
  if (instr.form !== 'shell' || shellSetBefore(instr, ctx.instructions)) return;
  const health = instr.keyword === 'HEALTHCHECK';
  const args = (health ? instr.argsText.replace(/^[\s\S]*?\bCMD\s+/i, '') : instr.argsText).trim();
  const prefix = health ? 'HEALTHCHECK CMD' : instr.keyword;
  const where = onInstructionLine(instr, { range: instr.argsRange ?? instr.range });
  if (/^\[.*'.*\]$/s.test(args)) {
    // `CMD ['a', 'b']` looks like the exec form but is not JSON: Docker runs it as a shell command.
    const fixed = bracketSuggestion(args);
    ctx.report(
      where,
      'singleQuotes',
      { instruction: prefix, suggestion: ` (\`${prefix} ${fixed ?? '["…", "…"]'}\`)` },
      { fix: health ? undefined : jsonFix(ctx, instr, args, fixed) },
    );
    return;
  }
  const suggestion = args.startsWith('[') ? bracketSuggestion(args) : execSuggestion(ctx.shell(instr));
  ctx.report(
    where,
    health ? 'healthcheckShellForm' : 'shellForm',
    { instruction: prefix, suggestion: suggestion ? ` (\`${prefix} ${suggestion}\`)` : '' },
    { fix: health ? undefined : jsonFix(ctx, instr, args, suggestion) },
  );
}

/** JSONArgsRecommended (BuildKit) = DL3025 (hadolint): CMD/ENTRYPOINT in shell form. */
export default defineRule({
  id: 'JSONArgsRecommended',
  aliases: ['DL3025'],
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  instructions: ['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'shell-and-exec-form'],
  title: {
    'pt-BR': 'Use a forma JSON (exec) em `CMD` e `ENTRYPOINT`',
    en: 'Use the JSON (exec) form for `CMD` and `ENTRYPOINT`',
  },
  messages: {
    singleQuotes: {
      'pt-BR':
        "Aspas simples não são JSON: `{instruction}` com `['…']` não é a forma exec, o Docker o roda como texto " +
        'sob `/bin/sh -c`; use aspas duplas{suggestion}',
      en:
        "Single quotes are not JSON: `{instruction}` with `['…']` is not the exec form, Docker runs it as text " +
        'under `/bin/sh -c`; use double quotes{suggestion}',
    },
    shellForm: {
      'pt-BR':
        'Use a forma JSON em `{instruction}`{suggestion}: na forma shell o processo roda sob `/bin/sh -c` e ' +
        'não recebe sinais do sistema',
      en:
        'Use the JSON form for `{instruction}`{suggestion}: in shell form the process runs under `/bin/sh -c` ' +
        'and does not receive OS signals',
    },
    healthcheckShellForm: {
      'pt-BR':
        'Use a forma JSON em `{instruction}`{suggestion}: na forma shell a verificação depende de `/bin/sh` ' +
        'na imagem e passa pelo shell a cada execução',
      en:
        'Use the JSON form for `{instruction}`{suggestion}: in shell form the check needs `/bin/sh` in the ' +
        'image and goes through a shell on every run',
    },
  },
  fix: {
    'pt-BR':
      'escreve a forma JSON quando o comando é um só, de palavras literais (sem variáveis, redirecionamentos nem operadores), numa linha',
    en: 'writes the JSON form when the command is a single one of literal words (no variables, redirections or operators), on one line',
  },
  rationale: {
    'pt-BR':
      'Na forma shell (`CMD node server.js`), o Docker executa `/bin/sh -c "node server.js"`: o PID 1 do ' +
      'contêiner é o shell, que não repassa o `SIGTERM` de um `docker stop`, e o contêiner só morre pelo ' +
      '`SIGKILL` depois do tempo limite, sem desligamento limpo. Na forma JSON (`CMD ["node", "server.js"]`) ' +
      'o seu processo é o PID 1 e recebe os sinais. Se precisar do shell (variáveis, `&&`), declare-o com ' +
      '`SHELL` ou use um script que termine em `exec`. Em `HEALTHCHECK CMD` o motivo é outro: a verificação ' +
      'é um processo curto que o Docker executa dentro do contêiner, não o PID 1, e sinais não vêm ao caso; ' +
      'a forma JSON só dispensa o `/bin/sh` (que imagens distroless não têm) e deixa os ' +
      'argumentos explícitos. A forma shell ali é aceitável se a imagem tem shell. A regra considera ' +
      'só o `SHELL` escrito no Dockerfile: a configuração da imagem base é desconhecida, então um shell ' +
      'definido por ela não é levado em conta. O hadolint faz a mesma verificação como DL3025.',
    en:
      'In shell form (`CMD node server.js`) Docker runs `/bin/sh -c "node server.js"`: the container\'s PID 1 ' +
      'is the shell, which does not forward the `SIGTERM` of `docker stop`, so the container only dies by ' +
      '`SIGKILL` after the timeout, without a clean shutdown. In JSON form (`CMD ["node", "server.js"]`) your ' +
      'process is PID 1 and gets the signals. If you need a shell (variables, `&&`), declare it with `SHELL` ' +
      'or use a script ending in `exec`. For `HEALTHCHECK CMD` the reason is different: the check is a ' +
      'short-lived process Docker runs inside the container, not PID 1, so signals play no part; the JSON ' +
      'form only removes the need for `/bin/sh` (distroless images have none) and makes the arguments ' +
      'explicit. The shell form is fine there if the image has a shell. The rule only sees a `SHELL` ' +
      "written in the Dockerfile: the base image's config is unknown, so a shell set by the base image is not " +
      'taken into account. hadolint runs the same check as DL3025.',
  },
  differsFrom: {
    'pt-BR':
      'Como no BuildKit, não há aviso depois de um `SHELL` explícito no estágio (ou num estágio do qual ele ' +
      'deriva), pois o shell foi escolhido de propósito; o DL3025 do hadolint ignora o `SHELL`. O Camadas ' +
      'também acusa `HEALTHCHECK CMD` na forma shell, o que nem o DL3025 do hadolint nem o BuildKit fazem ' +
      '(os dois olham só `CMD` e `ENTRYPOINT`): `docker build --check` não relata essa linha.',
    en:
      'As in BuildKit, there is no warning after an explicit `SHELL` in the stage (or in a stage it builds ' +
      "on), since the shell was chosen on purpose; hadolint's DL3025 ignores `SHELL`. Camadas also flags a " +
      "shell-form `HEALTHCHECK CMD`, which neither hadolint's DL3025 nor BuildKit does (both look at `CMD` " +
      'and `ENTRYPOINT` only): `docker build --check` does not report that line.',
  },
  examples: {
    bad: [
      'FROM node:22-slim\nCOPY server.js /app/server.js\nUSER 10001\nCMD node /app/server.js\n',
      'ENTRYPOINT /usr/local/bin/start-app --port 8080\n',
      'HEALTHCHECK CMD curl -f http://localhost:8080/health\n',
    ],
    good: [
      'FROM node:22-slim\nCOPY server.js /app/server.js\nUSER 10001\nCMD ["node", "/app/server.js"]\n',
      'ENTRYPOINT ["/usr/local/bin/start-app", "--port", "8080"]\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/health"]\n',
      'SHELL ["/bin/bash", "-c"]\nCMD echo "started at $(date)"\n',
    ],
  },
  check(ctx) {
    for (const i of ctx.instructionsOf(KEYWORDS)) report(ctx, i);
  },
});
