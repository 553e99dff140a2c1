import type { Scope } from '../parse';
import { hasFlag } from '../shell';
import { defineRule } from '../types';
import { expandWord } from './_lib/words';

/**
 * The value of a UID word once the file's own ARG/ENV values are substituted (`$GF_UID` with
 * `ARG GF_UID=472` → `472`), or `null` when some variable has no value known from the file.
 */
function resolveUid(word: string, scope: Scope, depth = 0): string | null {
  if (!word.includes('$')) return word;
  if (depth > 4) return null;
  let unknown = false;
  const e = expandWord(word, (name) => {
    const def = scope.get(name);
    const v = def?.value == null ? null : resolveUid(def.value, scope, depth + 1);
    if (v === null) unknown = true;
    return v ?? undefined;
  });
  return unknown || !e.ok ? null : e.value;
}

/** DL3046 — useradd with a long UID and without -l/--no-log-init. */
export default defineRule({
  id: 'DL3046',
  severity: 'warning',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Use `useradd -l` com UID alto',
    en: 'Use `useradd -l` with a high UID',
  },
  messages: {
    noLogInit: {
      'pt-BR': '`useradd` com o UID alto `{uid}` sem `-l`/`--no-log-init` pode inflar a imagem em gigabytes',
      en: '`useradd` with the high UID `{uid}` and no `-l`/`--no-log-init` can bloat the image by gigabytes',
    },
  },
  rationale: {
    'pt-BR':
      'Por padrão o `useradd` registra o novo usuário em `/var/log/lastlog` e `/var/log/faillog`, arquivos ' +
      'indexados pelo UID. Com um UID alto (como os de 6 dígitos ou mais que alguns ambientes usam), o ' +
      'arquivo esparso gerado ocupa gigabytes numa camada da imagem, porque camadas não preservam ' +
      'esparsidade. `useradd -l` (`--no-log-init`) pula esses registros, que num contêiner não servem para ' +
      'nada.',
    en:
      'By default `useradd` records the new user in `/var/log/lastlog` and `/var/log/faillog`, files indexed ' +
      'by UID. With a high UID (like the 6-digit or longer ones some environments use), the resulting sparse ' +
      'file takes gigabytes in an image layer, because layers do not keep files sparse. `useradd -l` ' +
      '(`--no-log-init`) skips those records, which are useless in a container.',
  },
  differsFrom: {
    'pt-BR':
      'O hadolint mede o texto como está escrito, então `useradd -u $GF_UID` conta como UID longo. Aqui a ' +
      'variável é resolvida pelos ARG/ENV do próprio arquivo (`ARG GF_UID=472` → 472, curto); sem valor ' +
      'conhecido no arquivo, o UID é desconhecido e não é acusado.',
    en:
      'hadolint measures the text as written, so `useradd -u $GF_UID` counts as a long UID. Here the variable ' +
      'is resolved from the file’s own ARG/ENV (`ARG GF_UID=472` → 472, short); with no value known in the ' +
      'file, the UID is unknown and not reported.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nRUN useradd -u 1000123 app\n'],
    good: ['FROM debian:12-slim\nRUN useradd -l -u 1000123 app\n', 'RUN useradd --uid 10001 app\n'],
  },
  check(ctx) {
    for (const run of ctx.instructionsOf('RUN', { onbuild: true })) {
      for (const cmd of ctx.commands(run, 'useradd')) {
        if (hasFlag(cmd, '-l', '--no-log-init')) continue;
        // the UID word: `-u 123456`, `-u123456`, `--uid 123456`, `--uid=123456`
        let uid: { value: string; range: (typeof cmd.args)[number]['range'] } | null = null;
        for (let i = 0; i < cmd.args.length && !uid; i++) {
          const a = cmd.args[i];
          if (a.value === '--') break;
          if ((a.value === '-u' || a.value === '--uid') && cmd.args[i + 1])
            uid = { value: cmd.args[i + 1].value, range: cmd.args[i + 1].range };
          else if (a.value.startsWith('--uid=')) uid = { value: a.value.slice(6), range: a.range };
          else if (/^-u./.test(a.value)) uid = { value: a.value.slice(2), range: a.range };
        }
        // a UID held in a variable counts by its value when the file defines it, else it is unknown
        const value = uid ? resolveUid(uid.value, run.scope) : null;
        if (uid && value !== null && value.length > 5) {
          ctx.report(uid, 'noLogInit', { uid: uid.value });
          break; // one finding per instruction
        }
      }
    }
  },
});
