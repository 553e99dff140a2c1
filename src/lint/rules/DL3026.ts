import type { Span } from '../parse';
import { parseImageRef } from '../parse';
import { defineRule } from '../types';
import { resolveFrom } from './_lib/copy';

/** Does a `trustedRegistries` entry match the registry? `*` = any; `*.corp.com`, `registry.*` wildcards. */
function matches(pattern: string, registry: string): boolean {
  const p = pattern.toLowerCase();
  const r = registry.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*')) return r.endsWith(p.slice(1));
  if (p.endsWith('*')) return r.startsWith(p.slice(0, -1));
  return r === p;
}

/** DL3026 — image pulled from a registry outside `trustedRegistries`. */
export default defineRule({
  id: 'DL3026',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  needsConfig: true,
  title: {
    'pt-BR': 'Use só imagens de registries confiáveis',
    en: 'Use only images from trusted registries',
  },
  messages: {
    untrusted: {
      'pt-BR': 'A imagem `{image}` vem do registry `{registry}`, que não está em `trustedRegistries`',
      en: 'The image `{image}` comes from the registry `{registry}`, which is not in `trustedRegistries`',
    },
  },
  rationale: {
    'pt-BR':
      'Muitas equipes só permitem imagens de registries que controlam ou auditam (um espelho interno, o ' +
      '`ghcr.io` da organização): uma imagem base de origem desconhecida pode trazer malware, sumir do ' +
      'registry ou mudar sem aviso. Com `trustedRegistries` configurado, a regra confere cada `FROM`, ' +
      '`COPY --from` e `RUN --mount=…,from=` que puxa uma imagem. Nomes sem registry (`debian:12`) vêm do ' +
      'Docker Hub, liberado por `docker.io` ou `hub.docker.com`; estágios anteriores e `scratch` não ' +
      'contam.',
    en:
      'Many teams only allow images from registries they control or audit (an internal mirror, the ' +
      "organisation's `ghcr.io`): a base image of unknown origin can carry malware, vanish from the registry " +
      'or change without notice. With `trustedRegistries` configured, the rule checks every `FROM`, ' +
      '`COPY --from` and `RUN --mount=…,from=` that pulls an image. Names without a registry (`debian:12`) ' +
      'come from Docker Hub, allowed by `docker.io` or `hub.docker.com`; earlier stages and `scratch` do not ' +
      'count.',
  },
  differsFrom: {
    'pt-BR':
      'Imagens com variáveis (`FROM ${BASE}`) não são verificadas, pois o registry só é conhecido no build; ' +
      'em `COPY --from`, nomes de estágio (sem diferenciar maiúsculas) e índices numéricos não são tratados ' +
      'como imagens.',
    en:
      'Images containing variables (`FROM ${BASE}`) are not checked, since the registry is only known at build ' +
      'time; in `COPY --from`, stage names (case-insensitive) and numeric indexes are not taken for images.',
  },
  examplesConfig: { trustedRegistries: ['docker.io', 'ghcr.io'] },
  examples: {
    bad: [
      'FROM quay.io/acme/base:1.4\n',
      'COPY --from=registry.example.com/tools/jq:1.7 /usr/bin/jq /usr/local/bin/jq\n',
    ],
    good: ['FROM ghcr.io/acme/base:1.4\n', 'FROM debian:12-slim\n'],
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries;
    if (trusted.length === 0) return;
    const isTrusted = (registry: string | null, name: string): boolean => {
      if (registry === null) {
        if (name.toLowerCase() === 'scratch') return true;
        return trusted.some((p) => matches(p, 'docker.io') || matches(p, 'hub.docker.com'));
      }
      return trusted.some((p) => matches(p, registry));
    };
    const check = (raw: string, where: Span | { range: Span }): boolean => {
      const img = parseImageRef(raw, 'range' in where ? where.range : where);
      if (img.hasVariables || isTrusted(img.registry, img.name)) return false;
      ctx.report(where, 'untrusted', { image: raw, registry: img.registry ?? 'docker.io' });
      return true;
    };

    for (const stage of ctx.stages) {
      const image = stage.image;
      if (!image || image.hasVariables) continue;
      if (image.registry === null && ctx.model.stageByName(image.name, stage.index)) continue;
      check(image.raw, image);
    }
    for (const instr of ctx.instructionsOf(['COPY', 'RUN'])) {
      const froms =
        instr.keyword === 'COPY'
          ? instr.flagsNamed('from').map((f) => ({ value: f.value, range: f.valueRange ?? f.range }))
          : instr
              .flagsNamed('mount')
              .flatMap((m) =>
                m.options
                  .filter((o) => o.key === 'from')
                  .map((o) => ({ value: o.value, range: o.valueRange ?? o.range })),
              );
      for (const f of froms) {
        if (!f.value) continue;
        const target = resolveFrom(ctx.model, f.value, instr.stage);
        if (target.kind !== 'name') continue;
        if (check(target.name, { range: f.range })) break; // one finding per instruction
      }
    }
  },
});
