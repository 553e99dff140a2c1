import type { InstructionModel, Span } from '../parse';
import { defineRule, type RuleView } from '../types';
import { cleanPath, isSourceIgnored, parseDockerignore } from './_lib/dockerignore';
import { expandWord, onFirstLine, type TextWord, whitespaceWords, wordSpan } from './_lib/words';

interface Source {
  path: string;
  span: Span;
}

/** The context sources of a COPY/ADD (not `--from`, heredocs, URLs or git repositories). */
function contextSources(ctx: RuleView, instr: InstructionModel): Source[] {
  if (instr.flag('from')) return [];
  const lookup = (n: string) => {
    const v = instr.scope.get(n)?.value;
    return v === null ? undefined : v;
  };
  const out: Source[] = [];
  let words: { raw: string; span: Span }[] = [];
  if (instr.form === 'exec') {
    const span = instr.argsRange ?? instr.range;
    words = (instr.exec ?? []).map((raw) => ({ raw, span }));
  } else {
    words = whitespaceWords(instr).map((w: TextWord) => ({
      raw: w.text,
      span: onFirstLine(instr, wordSpan(ctx.model, w, 0, w.text.length)),
    }));
  }
  const sources = words.slice(0, -1); // the last one is the destination
  for (const { raw, span } of sources) {
    if (raw.startsWith('<<')) continue;
    let value = raw;
    if (raw.includes('$') || /["'\\]/.test(raw)) {
      const e = expandWord(raw, lookup, ctx.model.escapeChar);
      if (!e.ok || e.unmatched.size > 0) continue; // unknown value
      value = e.value;
    }
    if (instr.keyword === 'ADD' && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('git@')))
      continue;
    let path = cleanPath(value);
    if (path.startsWith('/')) path = cleanPath(path.slice(1)); // relative to the context root
    if (path === '..' || path.startsWith('../')) continue;
    out.push({ path, span });
  }
  return out;
}

/** CopyIgnoredFile (BuildKit): COPY/ADD of a path that the .dockerignore excludes from the context. */
export default defineRule({
  id: 'CopyIgnoredFile',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  instructions: ['ADD', 'COPY', 'dockerignore'],
  title: {
    'pt-BR': 'COPY de um arquivo excluído pelo .dockerignore',
    en: 'COPY of a file excluded by .dockerignore',
  },
  messages: {
    copy: {
      'pt-BR': '`{path}` é excluído do contexto pelo .dockerignore, então o `COPY` não vai encontrá-lo',
      en: '`{path}` is excluded from the context by .dockerignore, so `COPY` will not find it',
    },
    add: {
      'pt-BR': '`{path}` é excluído do contexto pelo .dockerignore, então o `ADD` não vai encontrá-lo',
      en: '`{path}` is excluded from the context by .dockerignore, so `ADD` will not find it',
    },
  },
  rationale: {
    'pt-BR':
      'O que o .dockerignore exclui nunca chega ao builder: um `COPY` desse caminho falha com "not found" ' +
      'ou, com curingas e diretórios, copia menos do que você espera, sem aviso. Ou o arquivo não deveria ' +
      'ser copiado, ou a regra do .dockerignore está ampla demais. Tire o caminho do .dockerignore (ou ' +
      'acrescente uma exceção `!caminho`) ou remova o `COPY`. Um diretório excluído com uma exceção que ' +
      'traz de volta algo dentro dele (`sub` e `!sub/a.txt`) não é acusado, e `COPY . .` só é acusado ' +
      'quando o .dockerignore exclui tudo (`*`), não quando exclui só arquivos ocultos (`.*`).',
    en:
      'Whatever .dockerignore excludes never reaches the builder: a `COPY` of that path fails with "not ' +
      'found" or, with wildcards and directories, silently copies less than you expect. Either the file ' +
      'should not be copied or the .dockerignore rule is too broad. Remove the path from .dockerignore (or ' +
      'add a `!path` exception) or drop the `COPY`. An excluded directory with an exception that brings ' +
      'something inside it back (`sub` and `!sub/a.txt`) is not reported, and `COPY . .` is only reported ' +
      'when .dockerignore excludes everything (`*`), not just hidden files (`.*`).',
  },
  differsFrom: {
    'pt-BR':
      'Uma origem absoluta (`COPY /config.yml …`) é comparada como caminho relativo à raiz do contexto, que ' +
      'é o que o Docker copia. Origens com variáveis de valor desconhecido não são verificadas.',
    en:
      'An absolute source (`COPY /config.yml …`) is matched as a path relative to the context root, which is ' +
      'what Docker copies. Sources using variables of unknown value are not checked.',
  },
  examplesDockerignore: '.git\nnode_modules\n*.log\n',
  examples: {
    bad: [
      'FROM node:22-slim\nCOPY node_modules /app/node_modules\n',
      'FROM alpine:3.23\nCOPY build.log /tmp/\n',
    ],
    good: ['FROM node:22-slim\nCOPY package.json /app/\n', 'FROM alpine:3.23\nCOPY logs/ /tmp/logs/\n'],
  },
  check(ctx) {
    if (ctx.dockerignore === undefined) return;
    const patterns = parseDockerignore(ctx.dockerignore);
    if (patterns.length === 0) return;
    for (const instr of ctx.instructionsOf(['COPY', 'ADD'])) {
      for (const src of contextSources(ctx, instr)) {
        if (!isSourceIgnored(patterns, src.path)) continue;
        ctx.report(src.span, instr.keyword === 'ADD' ? 'add' : 'copy', { path: src.path });
      }
    }
  },
});
