import type { InstructionModel, Scope } from '../parse';
import { defineRule, type RuleView } from '../types';
import { knownBaseImageEnv } from './_lib/image-env';
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
      'não acessa o registry, então só acusa o que é certamente indefinido: em estágios sobre `scratch` ou ' +
      'sobre uma imagem oficial popular cujo ENV ele conhece (`golang`, `node`, `python`, `alpine`, ' +
      '`debian`…, qualquer que seja a tag), seguindo os `FROM <estágio>`.',
    en:
      'Docker substitutes `$VAR` in instructions such as COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE and ' +
      'VOLUME; a variable that does not exist silently becomes empty text: `COPY $APP_DIR .` copies the ' +
      'whole context and `ENV PATH=$PAHT:/opt/bin` wipes out PATH. Define the variable first with `ARG` or ' +
      '`ENV` (a global `ARG` must be declared again inside the stage) or fix the name. RUN is not checked: ' +
      'the shell expands variables there. BuildKit reads the real environment of the base image; Camadas ' +
      'does not contact the registry, so it reports only what is certainly undefined: in stages built on ' +
      '`scratch` or on a popular official image whose ENV it knows (`golang`, `node`, `python`, `alpine`, ' +
      '`debian`…, whatever the tag), following `FROM <stage>` chains.',
  },
  differsFrom: {
    'pt-BR':
      'O BuildKit conhece as variáveis de ambiente da imagem base e acusa tudo o que falta. Aqui, numa imagem ' +
      'base fora da tabela de imagens conhecidas (por exemplo `quay.io/…/s2i-base`, `jupyter/base-notebook`), ' +
      'a regra se cala: a variável pode vir do ENV dessa imagem, e um aviso errado ensina a ignorar a regra. ' +
      'Também não acusa `${X:-padrão}` nem `${X:+texto}`: quem escreve assim já trata o caso de X não existir.',
    en:
      'BuildKit knows the base image’s environment and reports everything missing. Here, on a base image ' +
      'outside the table of known images (for example `quay.io/…/s2i-base`, `jupyter/base-notebook`), the ' +
      'rule stays silent: the variable may come from that image’s ENV, and a wrong warning teaches people to ' +
      'ignore the rule. Nor does it report `${X:-default}` or `${X:+word}`: writing that already handles X ' +
      'being unset.',
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
      const image = knownBaseImageEnv(instr.stage);
      if (!image) continue; // the base image's ENV is unknown: nothing is certainly undefined
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
        // `${X:-default}` / `${X:+…$X…}`: the author handles X being unset
        const guarded = new Set(e.refs.filter((r) => r.guarded).map((r) => r.name));
        for (const ref of e.refs) {
          if (isDefined(scope, image, ref.name) || NON_ENV_ARGS.has(ref.name) || seen.has(ref.name)) continue;
          if (guarded.has(ref.name)) continue;
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
