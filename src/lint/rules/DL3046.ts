import { hasFlag } from '../shell';
import { defineRule } from '../types';

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
        if (uid && uid.value.length > 5) {
          ctx.report(uid, 'noLogInit', { uid: uid.value });
          break; // one finding per instruction
        }
      }
    }
  },
});
