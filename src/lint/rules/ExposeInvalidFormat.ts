import { defineRule } from '../types';
import { exposedPorts, splitPortSpec } from './_lib/expose';

/** ExposeInvalidFormat (BuildKit): EXPOSE takes container ports, not IP addresses or host-port mappings. */
export default defineRule({
  id: 'ExposeInvalidFormat',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': 'EXPOSE sem IP nem mapeamento de porta do host',
    en: 'EXPOSE without IP address or host-port mapping',
  },
  messages: {
    mapping: {
      'pt-BR':
        '`{port}` define um IP ou uma porta do host; o EXPOSE só aceita a porta do contêiner (`{port_only}`)',
      en: '`{port}` sets an IP address or a host port; EXPOSE only takes the container port (`{port_only}`)',
    },
  },
  rationale: {
    'pt-BR':
      'O EXPOSE apenas documenta em que porta o processo do contêiner escuta; ele não publica nada. Quem ' +
      'escolhe o IP e a porta do host é quem roda o contêiner (`docker run -p 127.0.0.1:8080:80`). O Docker ' +
      'ainda aceita `EXPOSE 8080:80` ou `EXPOSE 127.0.0.1:80:80`, mas descarta o IP e a porta do host em ' +
      'silêncio, o que engana quem lê, e esse formato deve deixar de ser aceito. Escreva só a porta do ' +
      'contêiner, com o protocolo se precisar (`EXPOSE 80/tcp`).',
    en:
      'EXPOSE only documents which port the container’s process listens on; it publishes nothing. The host ' +
      'IP and port are chosen by whoever runs the container (`docker run -p 127.0.0.1:8080:80`). Docker ' +
      'still accepts `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` but silently drops the IP and host port, ' +
      'which misleads readers, and the form is meant to stop being accepted. Write only the container port, ' +
      'with its protocol if needed (`EXPOSE 80/tcp`).',
  },
  examples: {
    bad: ['FROM nginx:1.30\nEXPOSE 8080:80\n', 'FROM nginx:1.30\nEXPOSE 127.0.0.1:80:80\n'],
    good: ['FROM nginx:1.30\nEXPOSE 80\n', 'FROM nginx:1.30\nEXPOSE 80/tcp 443/tcp\n'],
  },
  check(ctx) {
    for (const instr of ctx.instructionsOf('EXPOSE')) {
      for (const { spec, span } of exposedPorts(ctx, instr)) {
        const { ip, hostPort, containerPort } = splitPortSpec(spec);
        if (ip === '' && hostPort === '') continue;
        ctx.report(span, 'mapping', { port: spec, port_only: containerPort });
      }
    }
  },
});
