import type { DockerfileModel, Span } from '../parse';
import { defineRule } from '../types';
import { expandWord, onFirstLine, spanWord, suggestName, wordSpan } from './_lib/words';

/** Does the text of `span` contain a `$` (same text as `spanWord(model, span).text`)? */
function hasDollar(model: DockerfileModel, span: Span): boolean {
  const start = model.offsetOf(span.line, span.column);
  const end = model.offsetOf(span.endLine, span.endColumn);
  // within the span only: an `indexOf` from `start` would read on to the next `$` of the file
  const text = model.text;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 36 /* $ */) return true;
  return false;
}

/** UndefinedArgInFrom (BuildKit): FROM may only use ARGs declared before the first FROM. */
export default defineRule({
  id: 'UndefinedArgInFrom',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'whole-file',
  title: {
    'pt-BR': 'FROM usa um ARG não declarado',
    en: 'FROM uses an undeclared ARG',
  },
  messages: {
    undeclared: {
      'pt-BR': 'O argumento `{name}` usado no FROM não foi declarado antes do primeiro FROM',
      en: 'Argument `{name}` used in FROM is not declared before the first FROM',
    },
    suggest: {
      'pt-BR':
        'O argumento `{name}` usado no FROM não foi declarado antes do primeiro FROM (você quis dizer `{suggestion}`?)',
      en: 'Argument `{name}` used in FROM is not declared before the first FROM (did you mean `{suggestion}`?)',
    },
  },
  rationale: {
    'pt-BR':
      'Uma linha FROM só enxerga os `ARG` declarados antes do primeiro FROM (os globais) e os argumentos ' +
      'automáticos de plataforma, como `BUILDPLATFORM` e `TARGETARCH`. Qualquer outro nome vira texto vazio ' +
      'sem aviso: `FROM node:${VERSAO}` vira `node:` e o build falha, ou pior, `FROM app${SUFIXO}` usa ' +
      'outra imagem. Quase sempre é um erro de digitação ou um `ARG` declarado depois do FROM. Declare o ' +
      'argumento no topo do arquivo (`ARG VERSAO=20`) ou corrija o nome.',
    en:
      'A FROM line only sees the `ARG`s declared before the first FROM (the global ones) and the automatic ' +
      'platform arguments such as `BUILDPLATFORM` and `TARGETARCH`. Any other name silently expands to ' +
      'nothing: `FROM node:${VERSION}` becomes `node:` and the build fails, or worse, `FROM app${SUFFIX}` ' +
      'uses another image. It is nearly always a typo or an `ARG` declared after the FROM. Declare the ' +
      'argument at the top of the file (`ARG VERSION=20`) or fix the name.',
  },
  examples: {
    bad: [
      'ARG NODE_VERSION=20\nFROM node:${NODE_VERISON}-slim\n',
      'FROM alpine:3.23\nARG BASE=debian:12\nFROM ${BASE}\n',
    ],
    good: ['ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\n', 'ARG BASE=debian:12\nFROM ${BASE}\n'],
  },
  check(ctx) {
    let declared: Set<string> | null = null;
    for (const stage of ctx.stages) {
      const from = stage.from;
      const spans: Span[] = [];
      // BuildKit checks the platform flag and the image name, each once per undeclared name
      if (stage.platform?.valueRange) spans.push(stage.platform.valueRange);
      if (stage.image) spans.push(stage.image.range);
      for (const span of spans) {
        if (!hasDollar(ctx.model, span)) continue; // nothing to expand (checked before building the word)
        const w = spanWord(ctx.model, span);
        declared ??= new Set(ctx.model.globalScope.args.keys());
        const d = declared;
        const e = expandWord(w.text, (n) => (d.has(n) ? '' : undefined), ctx.model.escapeChar);
        const seen = new Set<string>();
        for (const ref of e.refs) {
          if (d.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const suggestion = suggestName(ref.name, d);
          const at = onFirstLine(from, wordSpan(ctx.model, w, ref.start, ref.end));
          if (suggestion) ctx.report(at, 'suggest', { name: ref.name, suggestion });
          else ctx.report(at, 'undeclared', { name: ref.name });
        }
      }
    }
  },
});
