import type { Span, StageModel } from '../parse';
import { defineRule, type Fix, type RuleView, type TextEdit } from '../types';
import { resolveFrom } from './_lib/copy';
import { textOf } from './_lib/fix';

const edit = (r: Span, text: string): TextEdit => ({
  line: r.line,
  column: r.column,
  endLine: r.endLine,
  endColumn: r.endColumn,
  text,
});

/**
 * Lower-case the stage name where it is declared and in every literal reference to it in the later
 * stages: `FROM name`, `COPY --from=name`, `RUN --mount=…,from=name`. Stage names resolve without regard
 * to case, so the edits change no meaning. None when another stage has the same name (which one a
 * reference means is then unclear) or the name is not written as read (quotes, escapes). References in
 * ONBUILD triggers name stages of the build that uses the image, and references through variables are
 * not text we can edit: both are left as written (they still resolve, case-insensitively).
 */
function lowercaseFix(ctx: RuleView, stage: StageModel): Fix | undefined {
  const { name, nameRange, nameLower } = stage;
  if (name === null || nameRange === null || nameLower === null) return undefined;
  if (ctx.stages.some((s) => s !== stage && s.nameLower === nameLower)) return undefined;
  if (textOf(ctx, nameRange) !== name) return undefined;
  const edits = [edit(nameRange, nameLower)];
  const reference = (value: string | null, range: Span | null) => {
    if (value === null || range === null || value === nameLower) return;
    if (value.toLowerCase() !== nameLower || textOf(ctx, range) !== value) return;
    edits.push(edit(range, nameLower));
  };
  for (const s of ctx.stages) if (s.parent === stage && s.image) reference(s.image.raw, s.image.range);
  for (const instr of ctx.instructionsOf(['COPY', 'RUN'])) {
    if (!instr.stage || instr.stage.index <= stage.index) continue;
    const refs =
      instr.keyword === 'COPY'
        ? instr.flagsNamed('from').map((f) => ({ value: f.value, range: f.valueRange }))
        : instr
            .flagsNamed('mount')
            .flatMap((m) => m.options.filter((o) => o.key === 'from'))
            .map((o) => ({ value: o.value, range: o.valueRange }));
    for (const r of refs) {
      if (r.value === null) continue;
      const target = resolveFrom(ctx.model, r.value, instr.stage);
      if (target.kind === 'stage' && target.stage === stage) reference(r.value, r.range);
    }
  }
  return { edits };
}

/** StageNameCasing (BuildKit): stage names should be lowercase. */
export default defineRule({
  id: 'StageNameCasing',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Nomes de estágio em minúsculas',
    en: 'Lowercase stage names',
  },
  messages: {
    upper: {
      'pt-BR': 'O nome de estágio `{name}` deveria estar em minúsculas',
      en: 'Stage name `{name}` should be lowercase',
    },
  },
  fix: {
    'pt-BR':
      'escreve o nome do estágio em minúsculas onde ele é declarado e em cada referência a ele (`FROM`, `COPY --from`, `RUN --mount=from=`)',
    en: 'writes the stage name in lowercase where it is declared and in every reference to it (`FROM`, `COPY --from`, `RUN --mount=from=`)',
  },
  rationale: {
    'pt-BR':
      'O Docker trata nomes de estágio sem diferenciar maiúsculas de minúsculas: `AS Build` e `FROM build` ' +
      'apontam para o mesmo estágio, e `--target` aceita qualquer grafia. Um nome com maiúsculas dá a ' +
      'impressão de que a grafia importa e deixa o arquivo inconsistente com as referências a ele ' +
      '(`COPY --from=build`). Escreva o nome todo em minúsculas (`AS build`).',
    en:
      'Docker treats stage names case-insensitively: `AS Build` and `FROM build` name the same stage, and ' +
      '`--target` accepts any spelling. A name with capitals suggests that the spelling matters and leaves ' +
      'the file inconsistent with the references to it (`COPY --from=build`). Write the name in lowercase ' +
      '(`AS build`).',
  },
  examples: {
    bad: ['FROM golang:1.27 AS Builder\nRUN go version\n'],
    good: ['FROM golang:1.27 AS builder\nRUN go version\n'],
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      if (stage.name === null || !stage.nameRange) continue;
      if (stage.name === stage.name.toLowerCase()) continue;
      const fix = lowercaseFix(ctx, stage);
      ctx.report(stage.nameRange, 'upper', { name: stage.name }, fix ? { fix } : {});
    }
  },
});
