import { defineRule } from '../types';
import { exposedPorts, splitPortSpec } from './_lib/expose';
import { replaceFix, textOf } from './_lib/fix';

/** ExposeProtoCasing (BuildKit): the protocol in EXPOSE should be lowercase. */
export default defineRule({
  id: 'ExposeProtoCasing',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'Protocolo do EXPOSE em minúsculas',
    en: 'Lowercase EXPOSE protocol',
  },
  messages: {
    upper: {
      'pt-BR': 'O protocolo em `{port}` deveria estar em minúsculas (`{fixed}`)',
      en: 'The protocol in `{port}` should be lowercase (`{fixed}`)',
    },
  },
  fix: {
    'pt-BR': 'escreve o protocolo em minúsculas (`80/tcp`), quando a porta está escrita sem variável',
    en: 'writes the protocol in lower case (`80/tcp`) when the port is written without a variable',
  },
  rationale: {
    'pt-BR':
      'O Docker aceita `80/TCP`, mas grava o protocolo em minúsculas na configuração da imagem (`80/tcp`). ' +
      'Escrever de outro jeito não muda nada no resultado e só deixa o Dockerfile diferente do que ' +
      '`docker inspect` mostra e do que as outras ferramentas esperam. Use `tcp`, `udp` ou `sctp` em ' +
      'minúsculas.',
    en:
      'Docker accepts `80/TCP` but stores the protocol in lowercase in the image configuration (`80/tcp`). ' +
      'Spelling it otherwise changes nothing in the result and only makes the Dockerfile differ from what ' +
      '`docker inspect` shows and what other tools expect. Use `tcp`, `udp` or `sctp` in lowercase.',
  },
  examples: {
    bad: ['FROM nginx:1.30\nEXPOSE 80/TCP\n', 'FROM alpine:3.23\nEXPOSE 53/UDP 53/tcp\n'],
    good: ['FROM nginx:1.30\nEXPOSE 80/tcp\n', 'FROM alpine:3.23\nEXPOSE 53/udp 53/tcp 8080\n'],
  },
  check(ctx) {
    for (const instr of ctx.instructionsOf('EXPOSE')) {
      for (const { spec, span } of exposedPorts(ctx, instr)) {
        const { containerPort } = splitPortSpec(spec);
        const slash = containerPort.indexOf('/');
        if (slash <= 0) continue;
        const proto = containerPort.slice(slash + 1);
        // an unknown protocol is a build error, not a casing problem
        if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) continue;
        if (proto !== proto.toLowerCase()) {
          const fixed = spec.slice(0, spec.length - proto.length) + proto.toLowerCase();
          // fix only when the span holds the spec as written (not a value expanded from a variable)
          const at = { ...span, column: span.endColumn - proto.length, line: span.endLine };
          const safe = span.line === span.endLine && textOf(ctx, span) === spec && textOf(ctx, at) === proto;
          ctx.report(
            span,
            'upper',
            { port: spec, fixed },
            safe ? { fix: replaceFix(at, proto.toLowerCase()) } : {},
          );
        }
      }
    }
  },
});
