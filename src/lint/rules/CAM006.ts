import type { InstructionModel, KeyValue } from '../parse';
import { defineRule } from '../types';

const KEY = 'DEBIAN_FRONTEND';

function offending(p: KeyValue): boolean {
  return p.key === KEY && (p.value ?? '').trim().toLowerCase() === 'noninteractive';
}

function hasKey(env: InstructionModel): boolean {
  for (const p of env.properties) if (p.key === KEY) return true;
  return false;
}

/** CAM006 — `ENV DEBIAN_FRONTEND=noninteractive` persists into the image and its containers. */
export default defineRule({
  id: 'CAM006',
  severity: 'info',
  origin: 'camadas',
  scope: 'instruction',
  instructions: ['ARG', 'ENV'],
  title: {
    'pt-BR': 'Use ARG, não ENV, para DEBIAN_FRONTEND',
    en: 'Use ARG, not ENV, for DEBIAN_FRONTEND',
  },
  messages: {
    persists: {
      'pt-BR':
        '`ENV {key}={value}` fica gravado na imagem e vale em todo contêiner; use `ARG {key}={value}` (só no build) ou defina a variável só no RUN que precisa dela',
      en: '`ENV {key}={value}` is stored in the image and applies in every container; use `ARG {key}={value}` (build only) or set it just on the RUN that needs it',
    },
  },
  rationale: {
    'pt-BR':
      '`DEBIAN_FRONTEND=noninteractive` serve para o `apt-get` não fazer perguntas durante o build. Com ' +
      'ENV, porém, ela vai para a configuração da imagem: quem entrar no contêiner e rodar `apt-get ' +
      'install` recebe respostas padrão sem perceber, e imagens derivadas herdam o valor. A referência do ' +
      'Dockerfile (seção ENV em docs.docker.com/reference/dockerfile/) recomenda `ARG`, que não persiste ' +
      'na imagem, ou a variável só no comando (`RUN DEBIAN_FRONTEND=noninteractive apt-get …`). Só o último ' +
      'valor que chega à imagem final conta: um `ENV DEBIAN_FRONTEND=` posterior que limpa a variável, ou ' +
      'um estágio de build que não é base da imagem final, não são acusados.',
    en:
      '`DEBIAN_FRONTEND=noninteractive` keeps `apt-get` from asking questions during the build. With ENV, ' +
      'however, it goes into the image configuration: whoever opens a shell in the container and runs ' +
      '`apt-get install` silently gets default answers, and derived images inherit the value. The ' +
      'Dockerfile reference (ENV section at docs.docker.com/reference/dockerfile/) recommends `ARG`, which ' +
      'does not persist in the image, or setting the variable on the command ' +
      '(`RUN DEBIAN_FRONTEND=noninteractive apt-get …`). Only the value that reaches the final image ' +
      'counts: a later `ENV DEBIAN_FRONTEND=` that clears it, or a build stage the final image is not based ' +
      'on, is not reported.',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update \\\n' +
        ' && apt-get install -y --no-install-recommends tzdata=2026f-0+deb12u1 \\\n && rm -rf /var/lib/apt/lists/*\n',
      'ENV LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive\n',
    ],
    good: [
      'FROM debian:12-slim\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update \\\n' +
        ' && apt-get install -y --no-install-recommends tzdata=2026f-0+deb12u1 \\\n && rm -rf /var/lib/apt/lists/*\n' +
        'USER 10001\n',
    ],
  },
  check(ctx) {
    const envs = ctx.instructionsOf('ENV', { onbuild: true });
    // Nothing to say unless some ENV (top level or ONBUILD) sets the key.
    if (!envs.some(hasKey)) return;
    // ONBUILD ENV: lands in every child image, unless a later trigger of the same stage resets the key
    // (the triggers run in order in the child build, so only the last definition stays).
    const lastTrigger = new Map<object | null, KeyValue>();
    for (const env of envs) {
      if (!env.onbuild) continue;
      for (const p of env.properties) if (p.key === KEY) lastTrigger.set(env.stage, p);
    }
    for (const p of lastTrigger.values())
      if (offending(p)) ctx.report(p, 'persists', { key: p.key, value: p.value ?? '' });
    // Top level: the last DEBIAN_FRONTEND definition that reaches the final image (the last stage and
    // the stages it is built on; for a fragment, the whole snippet).
    const chain = [];
    if (ctx.stages.length === 0) chain.push(...ctx.instructions);
    else {
      const stages = [];
      for (let s: (typeof ctx.stages)[number] | null = ctx.stages[ctx.stages.length - 1]; s; s = s.parent)
        stages.unshift(s);
      for (const s of stages) chain.push(...s.instructions);
    }
    let last: KeyValue | null = null;
    for (const i of chain) {
      if (i.keyword !== 'ENV') continue;
      for (const p of i.properties) if (p.key === KEY) last = p;
    }
    if (last && offending(last)) ctx.report(last, 'persists', { key: last.key, value: last.value ?? '' });
  },
});
