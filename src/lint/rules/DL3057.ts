import type { StageModel } from '../parse';
import { defineRule } from '../types';

/**
 * DL3057 — a stage without HEALTHCHECK (opt-in). Follows hadolint's walk in file order: a stage is
 * fine when it has its own HEALTHCHECK (even `HEALTHCHECK NONE`), when it is built FROM a stage that was
 * already fine at that point, or when a later stage built on it (directly or through other stages)
 * declares one.
 */
export default defineRule({
  id: 'DL3057',
  severity: 'off',
  origin: 'hadolint',
  scope: 'whole-file',
  instructions: ['HEALTHCHECK'],
  title: {
    'pt-BR': 'Declare um HEALTHCHECK',
    en: 'Declare a HEALTHCHECK',
  },
  messages: {
    missing: {
      'pt-BR': 'Falta a instrução `HEALTHCHECK` no estágio `{stage}`',
      en: 'The `HEALTHCHECK` instruction is missing in stage `{stage}`',
    },
  },
  rationale: {
    'pt-BR':
      'Sem `HEALTHCHECK`, o Docker só sabe se o processo principal está vivo, não se ele responde: um ' +
      'servidor travado ou sem conexão com o banco continua aparecendo como "running" e recebendo tráfego. ' +
      'Com `HEALTHCHECK CMD …`, o estado `healthy`/`unhealthy` fica visível em `docker ps` e pode ser usado ' +
      'pelo Compose (`depends_on: condition: service_healthy`) e pelo Swarm para reiniciar o contêiner. ' +
      'A regra vem desligada: imagens de ferramentas, estágios de build e plataformas que usam as próprias ' +
      'sondas (como o Kubernetes) não precisam dela; `HEALTHCHECK NONE` registra a decisão de não ter uma.',
    en:
      'Without `HEALTHCHECK`, Docker only knows whether the main process is alive, not whether it answers: a ' +
      'hung server, or one that lost its database, still shows as "running" and keeps receiving traffic. With ' +
      '`HEALTHCHECK CMD …` the `healthy`/`unhealthy` state shows in `docker ps` and can be used by Compose ' +
      '(`depends_on: condition: service_healthy`) and by Swarm to restart the container. The rule is off by ' +
      'default: tool images, build stages and platforms with their own probes (such as Kubernetes) do not need ' +
      'it; `HEALTHCHECK NONE` records the decision to have none.',
  },
  examples: {
    bad: ['FROM nginx:1.30-alpine\nCOPY site/ /usr/share/nginx/html/\n'],
    good: [
      'FROM nginx:1.30-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s CMD ["wget", "-q", "-O", "/dev/null", "http://localhost/"]\n',
      'FROM debian:12-slim AS base\nHEALTHCHECK NONE\n\nFROM base AS tools\nCOPY bin/ /usr/local/bin/\n',
    ],
  },
  check(ctx) {
    const good = new Set<StageModel>();
    const bad = new Set<StageModel>();
    for (const stage of ctx.stages) {
      if (stage.parent && good.has(stage.parent)) good.add(stage);
      else bad.add(stage);
      if (!stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')) continue;
      // A HEALTHCHECK makes this stage fine, and the chain of stages it is built on.
      for (let s: StageModel | null = stage; s && bad.has(s); s = s.parent) {
        bad.delete(s);
        good.add(s);
      }
      good.add(stage);
    }
    for (const stage of ctx.stages) {
      if (!bad.has(stage)) continue;
      const name = stage.name ?? stage.image?.raw ?? String(stage.index);
      ctx.report(stage.from, 'missing', { stage: name });
    }
  },
});
