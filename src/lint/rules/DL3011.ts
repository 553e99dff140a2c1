import { defineRule } from '../types';
import { moreList, unquote } from './_lib/apt';

const MAX_PORT = 65535;

/** Ports of an EXPOSE token above 65535 (`80000`, `40000-80000/tcp`); variables are not judged. */
function outOfRange(token: string): boolean {
  const spec = unquote(token).split('/')[0];
  // In `40000-${END}` only the literal part can be judged.
  return spec.split('-').some((p) => /^\d+$/.test(p) && Number(p) > MAX_PORT);
}

/** DL3011 — EXPOSE of a port outside 0–65535. */
export default defineRule({
  id: 'DL3011',
  severity: 'error',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Portas válidas vão de 0 a 65535',
    en: 'Valid ports range from 0 to 65535',
  },
  messages: {
    invalidPort: {
      'pt-BR': 'A porta `{port}` não existe: portas TCP/UDP vão de 0 a 65535{more}',
      en: 'Port `{port}` does not exist: TCP/UDP ports range from 0 to 65535{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Números de porta TCP e UDP têm 16 bits, então nada acima de 65535 pode ser escutado nem publicado. ' +
      'Um `EXPOSE 80800` quase sempre é um dígito a mais digitado por engano, e quem lê o Dockerfile (ou ' +
      'usa `docker run -P`) vai procurar o serviço numa porta que não existe. Corrija o número, ou o fim do ' +
      'intervalo em `EXPOSE 8000-8100`.',
    en:
      'TCP and UDP port numbers are 16 bits wide, so nothing above 65535 can be listened on or published. An ' +
      '`EXPOSE 80800` is almost always a mistyped extra digit, and whoever reads the Dockerfile (or uses ' +
      '`docker run -P`) will look for the service on a port that does not exist. Fix the number, or the end of ' +
      'the range in `EXPOSE 8000-8100`.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nEXPOSE 80800\n', 'EXPOSE 8000-90000/tcp\n'],
    good: ['FROM debian:12-slim\nEXPOSE 8080 9000-9100/udp\n'],
  },
  check(ctx) {
    for (const expose of ctx.instructionsOf('EXPOSE')) {
      const bad = expose.args.filter((t) => outOfRange(t.value));
      if (bad.length === 0) continue;
      ctx.report(bad[0], 'invalidPort', {
        port: unquote(bad[0].value),
        more: moreList(bad.slice(1).map((t) => unquote(t.value))),
      });
    }
  },
});
