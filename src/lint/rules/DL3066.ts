import type { InstructionModel, Scope } from '../parse';
import { defineRule } from '../types';
import { expandWord } from './_lib/words';

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** Names referenced as `$NAME` / `${NAME…}` in a value. */
function referencedVariables(value: string): string[] {
  return [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/**
 * DL3066 — USER with a non-numeric user id. Only the part before `:` counts (a group name is fine); a
 * value held in a variable, a Windows account, and `USER root` followed by another USER are accepted.
 */
export default defineRule({
  id: 'DL3066',
  severity: 'info',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use um UID numérico em USER',
    en: 'Use a numeric UID in USER',
  },
  messages: {
    nonNumeric: {
      'pt-BR':
        'O usuário `{user}` não é numérico e pode não ser resolvido pelo host; prefira o UID (`USER 10001`)',
      en: 'User `{user}` is not numeric and may not be resolvable by the host; prefer the UID (`USER 10001`)',
    },
  },
  rationale: {
    'pt-BR':
      'Um nome de usuário só tem sentido dentro do `/etc/passwd` da imagem. Quem está de fora não consegue ' +
      'saber se `USER app` é ou não o root: o Kubernetes, por exemplo, recusa iniciar um contêiner com ' +
      '`runAsNonRoot: true` quando o usuário da imagem não é numérico, e volumes e arquivos no host enxergam ' +
      'apenas números. Declare o UID (e, se quiser, o GID) numericamente, como em `USER 10001:10001`, ' +
      'criando o usuário com esse UID fixo no `RUN` anterior.',
    en:
      "A user name only means something inside the image's `/etc/passwd`. Anything outside cannot tell " +
      'whether `USER app` is root or not: Kubernetes, for instance, refuses to start a container with ' +
      '`runAsNonRoot: true` when the image user is not numeric, and volumes and files on the host only see ' +
      'numbers. Declare the UID (and, if you like, the GID) numerically, as in `USER 10001:10001`, creating ' +
      'the user with that fixed UID in an earlier `RUN`.',
  },
  differsFrom: {
    'pt-BR':
      'O hadolint acusa todo USER não numérico. Aqui não são acusados: um valor guardado em variável (`USER ' +
      '${APP_UID}`, vindo de um ARG ou do ENV da imagem base), as contas do Windows (`ContainerUser`, ' +
      '`ContainerAdministrator`, ou qualquer nome num estágio sobre imagem Windows, que não tem UID numérico) e ' +
      '`USER root` seguido de outro USER no estágio (root é o UID 0 em todo lugar, e quem roda o contêiner é o ' +
      'USER seguinte; um root final é assunto da DL3002).',
    en:
      'hadolint reports every non-numeric USER. Not reported here: a value held in a variable (`USER ' +
      '${APP_UID}`, from an ARG or the base image’s ENV), Windows accounts (`ContainerUser`, ' +
      '`ContainerAdministrator`, or any name in a stage on a Windows image, which has no numeric UIDs), and ' +
      '`USER root` followed by another USER in the stage (root is UID 0 everywhere, and the container runs as ' +
      'the later USER; a final root is DL3002’s business).',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nRUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app\nUSER app\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app\nUSER 10001:10001\n',
      'FROM debian:12-slim\nARG APP_UID=10001\nUSER ${APP_UID}\n',
    ],
  },
  check(ctx) {
    for (const user of ctx.instructionsOf('USER')) {
      const value = unquote(user.argsText.trim());
      const uid = value.split(':')[0];
      if (/^[0-9]*$/.test(uid)) continue;
      // a value held in a variable: judged by its value when the file defines one (`ENV U=app`), else
      // accepted (an ARG without default, or the base image's ENV: the number is chosen elsewhere)
      if (referencedVariables(uid).length > 0) {
        const value = resolveValue(uid, user.scope);
        if (value === null || /^[0-9]*$/.test(value)) continue;
      }
      // Windows has no numeric UIDs: its accounts are names (ContainerUser, ContainerAdministrator)
      if (WINDOWS_ACCOUNTS.has(uid.toLowerCase()) || isWindowsStage(user)) continue;
      // `USER root` for a few build steps, with a later USER in the stage: root is UID 0 everywhere,
      // and the user the container runs as is the later one
      if (uid === 'root' && laterUser(user)) continue;
      ctx.report(user.argsRange ?? user, 'nonNumeric', { user: uid });
    }
  },
});

const WINDOWS_ACCOUNTS = new Set(['containeruser', 'containeradministrator', 'nt authority\\system']);

/** A stage built (through earlier stages) on a Windows base image. */
function isWindowsStage(instr: InstructionModel): boolean {
  let root = instr.stage;
  while (root?.parent) root = root.parent;
  const name = root?.image?.name.toLowerCase() ?? '';
  return /(^|\/)windows\/|nanoserver|servercore/.test(`${name}:${root?.image?.tag ?? ''}`);
}

/** `word` with the file's own ARG/ENV values substituted, or `null` when one of them is unknown. */
function resolveValue(word: string, scope: Scope, depth = 0): string | null {
  if (!word.includes('$')) return word;
  if (depth > 4) return null;
  let unknown = false;
  const e = expandWord(word, (name) => {
    const def = scope.get(name);
    const v = def?.value == null ? null : resolveValue(def.value, scope, depth + 1);
    if (v === null) unknown = true;
    return v ?? undefined;
  });
  return unknown || !e.ok ? null : e.value;
}

function laterUser(user: InstructionModel): boolean {
  const list = user.stage?.instructions ?? [];
  return list.some((i) => i.keyword === 'USER' && i.range.line > user.range.line);
}
