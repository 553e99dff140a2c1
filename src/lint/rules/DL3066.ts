import { defineRule, type RuleView } from '../types';

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** Names referenced as `$NAME` / `${NAME…}` in a value. */
function referencedVariables(value: string): string[] {
  return [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/** Names of the ARGs declared above `line`. */
function argNames(ctx: RuleView, line: number): Set<string> {
  return new Set(
    ctx
      .instructionsOf('ARG')
      .filter((a) => a.range.line < line)
      .flatMap((a) => a.properties.map((p) => p.key)),
  );
}

/**
 * DL3066 — USER with a non-numeric user id. Only the part before `:` counts (a group name is fine); a
 * value that references an ARG declared earlier in the file is accepted, since the build supplies it.
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
      const vars = referencedVariables(uid);
      if (vars.length > 0) {
        const declared = argNames(ctx, user.range.line);
        if (vars.some((v) => declared.has(v))) continue;
      }
      ctx.report(user.argsRange ?? user, 'nonNumeric', { user: uid });
    }
  },
});
