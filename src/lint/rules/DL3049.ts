import type { StageModel } from '../parse';
import { defineRule } from '../types';
import { resolveFrom } from './_lib/copy';

/** Does this stage itself set the label (a top-level LABEL with that key)? */
function setsLabel(stage: StageModel, label: string): boolean {
  return stage.instructions.some((i) => i.keyword === 'LABEL' && i.properties.some((p) => p.key === label));
}

/** DL3049 — a label required by the label schema is missing from a stage. */
export default defineRule({
  id: 'DL3049',
  severity: 'info',
  origin: 'hadolint',
  scope: 'whole-file',
  instructions: ['LABEL'],
  needsConfig: true,
  title: {
    'pt-BR': 'Rótulo obrigatório ausente',
    en: 'Required label missing',
  },
  messages: {
    missing: {
      'pt-BR': 'Falta o rótulo `{label}` exigido pelo `label-schema` neste estágio{more}',
      en: 'The label `{label}` required by `label-schema` is missing from this stage{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Com um `label-schema` configurado, cada imagem produzida deve declarar os rótulos combinados pela ' +
      'equipe (versão, origem, responsável…), dos quais dependem inventário, auditoria e ferramentas de ' +
      'segurança. A regra acusa o `FROM` de cada estágio que não define o rótulo nem o herda de um estágio ' +
      'pai. Estágios intermediários, usados só por `COPY --from` ou como base de um estágio que define o ' +
      'rótulo, não precisam dele.',
    en:
      'With a `label-schema` configured, every image produced must declare the labels the team agreed on ' +
      '(version, source, owner…), which inventory, auditing and security tools depend on. The rule flags the ' +
      '`FROM` of each stage that neither sets the label nor inherits it from a parent stage. Intermediate ' +
      'stages, used only through `COPY --from` or as the base of a stage that sets the label, do not need it.',
  },
  differsFrom: {
    'pt-BR':
      'Um estágio usado por `RUN --mount=…,from=` também conta como intermediário; e um estágio fica ' +
      'dispensado quando qualquer estágio filho (com ou sem `AS`) define o rótulo. Os rótulos que faltam no ' +
      'mesmo estágio saem numa única mensagem.',
    en:
      'A stage used by `RUN --mount=…,from=` also counts as intermediate; and a stage is exempt when any child ' +
      'stage (with or without `AS`) sets the label. The labels missing from one stage are reported in a single ' +
      'message.',
  },
  examplesConfig: { 'label-schema': { 'org.opencontainers.image.version': 'semver' } },
  examples: {
    bad: ['FROM debian:12-slim\nLABEL com.example.team="web"\n'],
    good: [
      'FROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0"\n',
      'FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0"\nCOPY --from=build /out/app /usr/local/bin/app\n',
    ],
  },
  check(ctx) {
    const labels = Object.keys(ctx.config.labelSchema);
    if (labels.length === 0) return;
    const stages = ctx.stages;
    // stages whose result is consumed by another stage through COPY --from / RUN --mount from=
    const consumed = new Set<StageModel>();
    for (const instr of ctx.instructionsOf(['COPY', 'RUN'])) {
      const values = [
        ...instr.flagsNamed('from').map((f) => f.value),
        ...instr
          .flagsNamed('mount')
          .flatMap((m) => m.options.filter((o) => o.key === 'from').map((o) => o.value)),
      ];
      for (const v of values) {
        if (!v) continue;
        const t = resolveFrom(ctx.model, v, instr.stage);
        if (t.kind === 'stage') consumed.add(t.stage);
        else if (t.kind === 'index' && stages[t.index]) consumed.add(stages[t.index]);
      }
    }
    for (const stage of stages) {
      const missing: string[] = [];
      for (const label of labels) {
        let has = false;
        for (let s: StageModel | null = stage; s && !has; s = s.parent) has = setsLabel(s, label);
        if (has) continue;
        if (consumed.has(stage)) continue;
        if (stages.some((c) => c.parent === stage && setsLabel(c, label))) continue;
        missing.push(label);
      }
      if (missing.length === 0) continue;
      const others = missing.slice(1).map((l) => `\`${l}\``);
      ctx.report(stage.from.keywordRange, 'missing', {
        label: missing[0],
        more: others.length ? ` (+ ${others.join(', ')})` : '',
      });
    }
  },
});
