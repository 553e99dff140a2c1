import { defineRule } from '../types';

/** DL1001 — opt-in: every inline `# hadolint ignore=…` pragma is reported. */
export default defineRule({
  id: 'DL1001',
  severity: 'off',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['file'],
  title: {
    'pt-BR': 'Evite pragmas `# hadolint ignore=` no meio do arquivo',
    en: 'Avoid inline `# hadolint ignore=` pragmas',
  },
  messages: {
    inlineIgnore: {
      'pt-BR': 'Pragma de supressão `# hadolint ignore={rules}`: corrija o problema em vez de silenciá-lo',
      en: 'Suppression pragma `# hadolint ignore={rules}`: fix the problem instead of silencing it',
    },
  },
  rationale: {
    'pt-BR':
      'Cada `# hadolint ignore=` cala uma verificação só para a instrução seguinte, e com o tempo esses ' +
      'comentários se acumulam sem que ninguém lembre por que foram colocados: o Dockerfile parece limpo, mas ' +
      'os problemas continuam lá. Equipes que preferem tratar exceções num único lugar (o arquivo de ' +
      'configuração, revisado como código) podem ativar esta regra para proibir supressões espalhadas. Ela ' +
      'vem desligada por padrão.',
    en:
      'Each `# hadolint ignore=` silences a check for the next instruction only, and over time these comments ' +
      'pile up with nobody remembering why they were added: the Dockerfile looks clean while the problems ' +
      'remain. Teams that prefer to handle exceptions in one place (the configuration file, reviewed like ' +
      'code) can enable this rule to forbid scattered suppressions. It is off by default.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
    good: [
      'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 \\\n && rm -rf /var/lib/apt/lists/*\n',
    ],
  },
  check(ctx) {
    for (const p of ctx.ignorePragmas) {
      if (p.kind !== 'ignore') continue; // `global ignore=` / `stage ignore=` are not inline
      ctx.report(p, 'inlineIgnore', { rules: p.rules.join(',') });
    }
  },
});
