import { defineRule } from '../types';
import { rawText, referencedVariables } from './_lib/copy';

/** DL3044 — an ENV refers to a variable that the same ENV defines. */
export default defineRule({
  id: 'DL3044',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  instructions: ['ENV', 'variables'],
  title: {
    'pt-BR': 'Não use no ENV uma variável definida nele mesmo',
    en: 'Do not refer to a variable defined in the same ENV',
  },
  messages: {
    selfReference: {
      'pt-BR': '`{name}` é definida neste mesmo `ENV` e ainda não vale aqui; defina-a num `ENV` anterior',
      en: '`{name}` is defined in this same `ENV` and is not set yet here; define it in an earlier `ENV`',
    },
  },
  rationale: {
    'pt-BR':
      'Num `ENV` com vários pares, todas as substituições usam o ambiente de antes da instrução: em ' +
      '`ENV DIR=/opt/app BIN=$DIR/bin`, `$DIR` ainda está vazia (ou com o valor antigo), e `BIN` vira ' +
      '`/bin`. O build não reclama, a imagem só fica com valores errados. Defina a variável num `ENV` ' +
      'anterior e use-a no seguinte. Referir-se à própria variável (`ENV PATH=/opt/bin:$PATH`) é normal e ' +
      'não é acusado.',
    en:
      'In an `ENV` with several pairs, every substitution uses the environment from before the instruction: ' +
      'in `ENV DIR=/opt/app BIN=$DIR/bin`, `$DIR` is still empty (or holds its old value), and `BIN` becomes ' +
      '`/bin`. The build does not complain, the image just gets wrong values. Define the variable in an ' +
      'earlier `ENV` and use it in the next one. Referring to the variable itself (`ENV PATH=/opt/bin:$PATH`) ' +
      'is normal and not flagged.',
  },
  differsFrom: {
    'pt-BR':
      'As referências são lidas como o Docker as expande: `${NOME:-padrão}` conta, `\\$NOME` e trechos entre ' +
      'aspas simples não contam; "definida antes" segue o escopo do estágio (ARG/ENV visíveis na instrução), ' +
      'não qualquer linha anterior do arquivo.',
    en:
      'References are read the way Docker expands them: `${NAME:-default}` counts, `\\$NAME` and single-quoted ' +
      'text do not; "defined before" follows the stage scope (ARG/ENV visible at the instruction), not any ' +
      'earlier line of the file.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nENV APP_HOME=/opt/app APP_BIN=${APP_HOME}/bin\n'],
    good: [
      'FROM debian:12-slim\nENV APP_HOME=/opt/app\nENV APP_BIN=${APP_HOME}/bin PATH=/opt/app/bin:${PATH}\n',
    ],
  },
  check(ctx) {
    for (const env of ctx.instructionsOf('ENV')) {
      const pairs = env.properties;
      if (pairs.length < 2) continue;
      const refs = pairs.map((p) =>
        p.valueRange ? referencedVariables(rawText(ctx.model, p.valueRange), ctx.model.escapeChar) : [],
      );
      let found: { name: string; at: (typeof pairs)[number] } | null = null;
      for (let i = 0; i < pairs.length && !found; i++) {
        const name = pairs[i].key;
        if (env.scope.has(name)) continue;
        for (let j = 0; j < pairs.length; j++) {
          if (j !== i && refs[j].includes(name)) {
            found = { name, at: pairs[j] };
            break;
          }
        }
      }
      if (found) ctx.report(found.at.valueRange ?? found.at, 'selfReference', { name: found.name });
    }
  },
});
