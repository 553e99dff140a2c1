import type { InstructionModel, Scope } from '../parse';
import { defineRule, type RuleView } from '../types';
import { baseImageEnv } from './_lib/image-env';
import {
  expandWord,
  onFirstLine,
  spanWord,
  suggestName,
  type TextWord,
  whitespaceWords,
  wholeArgsWord,
  wordSpan,
} from './_lib/words';

/** BuildKit never treats these as environment variables. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** The argument words of `instr` (the whole JSON array for exec form; heredoc markers left out). */
function pushArgsWords(instr: InstructionModel, words: TextWord[]): void {
  if (instr.form === 'exec') {
    const w = wholeArgsWord(instr);
    if (w) words.push(w);
  } else for (const w of whitespaceWords(instr)) if (!w.text.startsWith('<<')) words.push(w);
}

function isDefined(scope: Scope, image: ReadonlySet<string>, n: string): boolean {
  return scope.has(n) || image.has(n);
}

/** The words BuildKit expands in an instruction (RUN, CMD, ENTRYPOINT… are left to the shell). */
function expandedWords(ctx: RuleView, instr: InstructionModel): TextWord[] {
  const model = ctx.model;
  const words: TextWord[] = [];
  switch (instr.keyword) {
    case 'ADD':
    case 'COPY':
      for (const f of instr.flags) {
        if (['chown', 'chmod', 'checksum'].includes(f.name) && f.valueRange)
          words.push(spanWord(model, f.valueRange));
      }
      pushArgsWords(instr, words);
      break;
    case 'ENV':
    case 'LABEL':
      for (const p of instr.properties) {
        words.push(spanWord(model, p.keyRange));
        if (p.valueRange) words.push(spanWord(model, p.valueRange));
      }
      break;
    case 'ARG':
      for (const p of instr.properties) if (p.valueRange) words.push(spanWord(model, p.valueRange));
      break;
    case 'EXPOSE':
    case 'VOLUME':
      pushArgsWords(instr, words);
      break;
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL': {
      const w = wholeArgsWord(instr);
      if (w) words.push(w);
      break;
    }
  }
  return words;
}

/** UndefinedVar (BuildKit): variables used in instructions must be defined (ARG/ENV) before use. */
export default defineRule({
  id: 'UndefinedVar',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'whole-file',
  instructions: ['ARG', 'ENV', 'variables'],
  title: {
    'pt-BR': 'Variável usada sem ter sido definida',
    en: 'Variable used before it is defined',
  },
  messages: {
    undefined: {
      'pt-BR': 'A variável `${name}` é usada sem ter sido definida',
      en: 'Variable `${name}` is used but not defined',
    },
    suggest: {
      'pt-BR': 'A variável `${name}` é usada sem ter sido definida (você quis dizer `${suggestion}`?)',
      en: 'Variable `${name}` is used but not defined (did you mean `${suggestion}`?)',
    },
  },
  rationale: {
    'pt-BR':
      'O Docker substitui `$VAR` em instruções como COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE e VOLUME; ' +
      'uma variável que não existe vira texto vazio, sem erro: `COPY $DIR_APP .` copia o contexto inteiro e ' +
      '`ENV PATH=$PAHT:/opt/bin` apaga o PATH. Defina a variável antes com `ARG` ou `ENV` (um `ARG` global ' +
      'precisa ser declarado de novo dentro do estágio) ou corrija o nome. O RUN não é verificado: quem ' +
      'expande ali é o shell. O BuildKit consulta as variáveis de ambiente reais da imagem base; o Camadas ' +
      'não acessa o registry, então trata a imagem base como desconhecida: supõe que ela define só o `PATH` ' +
      '(mais as variáveis conhecidas de algumas imagens oficiais, como `GOPATH` na `golang`).',
    en:
      'Docker substitutes `$VAR` in instructions such as COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE and ' +
      'VOLUME; a variable that does not exist silently becomes empty text: `COPY $APP_DIR .` copies the ' +
      'whole context and `ENV PATH=$PAHT:/opt/bin` wipes out PATH. Define the variable first with `ARG` or ' +
      '`ENV` (a global `ARG` must be declared again inside the stage) or fix the name. RUN is not checked: ' +
      'the shell expands variables there. BuildKit reads the real environment of the base image; Camadas ' +
      'does not contact the registry, so it treats the base image as unknown: it assumes the image sets ' +
      'only `PATH` (plus the known variables of a few official images, such as `GOPATH` in `golang`).',
  },
  differsFrom: {
    'pt-BR':
      'O BuildKit conhece as variáveis de ambiente da imagem base; aqui a imagem base é tratada como ' +
      'desconhecida: supõe-se só `PATH`, mais uma lista curta de variáveis de imagens oficiais populares ' +
      '(`golang`, `node`, `python`, `eclipse-temurin`…). Uma variável definida por outra imagem base é ' +
      'acusada; declare-a com `ARG`/`ENV` ou desative a regra nessa linha.',
    en:
      'BuildKit knows the base image’s environment; here the base image is treated as unknown: only `PATH` is ' +
      'assumed, plus a short list of variables of popular official images (`golang`, `node`, `python`, ' +
      '`eclipse-temurin`…). A variable set by another base image is reported; declare it with `ARG`/`ENV` or ' +
      'disable the rule on that line.',
  },
  examples: {
    bad: [
      'FROM alpine:3.23\nARG APP_DIR=/srv/app\nCOPY app.conf $APP_DRI/\n',
      'ARG VERSION=1.2.0\nFROM alpine:3.23\nLABEL org.opencontainers.image.version=$VERSION\n',
    ],
    good: [
      'FROM alpine:3.23\nARG APP_DIR=/srv/app\nCOPY app.conf $APP_DIR/\n',
      'ARG VERSION=1.2.0\nFROM alpine:3.23\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\n',
      'FROM golang:1.27\nENV PATH=$GOPATH/bin:$PATH\n',
    ],
  },
  check(ctx) {
    for (const instr of ctx.instructions) {
      if (!instr.stage || !instr.raw.includes('$')) continue; // nothing to expand
      const words = expandedWords(ctx, instr);
      if (words.length === 0) continue;
      const image = baseImageEnv(instr.stage);
      const scope = instr.scope;
      let options: string[] | null = null;
      for (const w of words) {
        if (!w.text.includes('$')) continue;
        const e = expandWord(
          w.text,
          (n) => (isDefined(scope, image, n) ? '' : undefined),
          ctx.model.escapeChar,
        );
        const seen = new Set<string>();
        for (const ref of e.refs) {
          if (isDefined(scope, image, ref.name) || NON_ENV_ARGS.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          options ??= [
            ...new Set([
              ...scope.env.keys(),
              ...[...scope.args.values()].filter((d) => d.value !== null).map((d) => d.name),
              ...image,
            ]),
          ];
          const suggestion = suggestName(ref.name, options);
          const span = onFirstLine(instr, wordSpan(ctx.model, w, ref.start, ref.end));
          if (suggestion) ctx.report(span, 'suggest', { name: ref.name, suggestion });
          else ctx.report(span, 'undefined', { name: ref.name });
        }
      }
    }
  },
});
