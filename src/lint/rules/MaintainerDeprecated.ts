import type { InstructionModel } from '../parse';
import { defineRule, type Fix } from '../types';
import { replaceFix } from './_lib/fix';

/**
 * `MAINTAINER Jane <j@x>` → `LABEL org.opencontainers.image.authors="Jane <j@x>"` (keyword in the
 * casing written), when the name holds nothing LABEL would read differently (`$`, quotes, escapes) and
 * the instruction sits on one line. Else no fix.
 */
function maintainerFix(m: InstructionModel): Fix | undefined {
  const author = m.argsText.trim();
  if (author === '' || /[$"'`\\]/.test(author) || m.range.line !== m.range.endLine) return undefined;
  if (m.onbuild) return undefined;
  const keyword = m.written === m.written.toLowerCase() ? 'label' : 'LABEL';
  const r = m.range;
  return replaceFix(
    { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn },
    `${keyword} org.opencontainers.image.authors="${author}"`,
  );
}

/** MaintainerDeprecated (BuildKit) = DL4000 (hadolint): MAINTAINER is deprecated. */
export default defineRule({
  id: 'MaintainerDeprecated',
  aliases: ['DL4000'],
  severity: 'error',
  origin: 'buildkit',
  scope: 'instruction',
  title: {
    'pt-BR': '`MAINTAINER` está obsoleto',
    en: '`MAINTAINER` is deprecated',
  },
  messages: {
    deprecated: {
      'pt-BR': '`MAINTAINER` está obsoleto: use `LABEL org.opencontainers.image.authors="{author}"` no lugar',
      en: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors="{author}"` instead',
    },
  },
  fix: {
    'pt-BR':
      'troca `MAINTAINER nome` por `LABEL org.opencontainers.image.authors="nome"` (nome sem `$`, aspas nem barras; instrução numa linha só)',
    en: 'replaces `MAINTAINER name` with `LABEL org.opencontainers.image.authors="name"` (a name without `$`, quotes or backslashes; one-line instruction)',
  },
  rationale: {
    'pt-BR':
      '`MAINTAINER` foi descontinuado há anos: ele grava um campo de autor que as ferramentas atuais quase não ' +
      'leem, e o Docker pode deixar de aceitá-lo. O jeito padrão de dizer quem mantém a imagem é a label OCI ' +
      '`org.opencontainers.image.authors`, que aparece em `docker inspect`, nos registries e nos scanners. ' +
      'Troque `MAINTAINER ana@example.com` por `LABEL org.opencontainers.image.authors="ana@example.com"`. ' +
      'O hadolint faz a mesma verificação como DL4000.',
    en:
      '`MAINTAINER` was deprecated years ago: it writes an author field that current tools barely read, and ' +
      'Docker may stop accepting it. The standard way to say who maintains an image is the OCI label ' +
      '`org.opencontainers.image.authors`, shown by `docker inspect`, registries and scanners. Replace ' +
      '`MAINTAINER ana@example.com` with `LABEL org.opencontainers.image.authors="ana@example.com"`. hadolint ' +
      'runs the same check as DL4000.',
  },
  differsFrom: {
    'pt-BR':
      'Severidade: error, como no DL4000 do hadolint (o BuildKit só avisa); um `MAINTAINER` antes do primeiro ' +
      '`FROM` também é acusado.',
    en:
      "Severity: error, as for hadolint's DL4000 (BuildKit only warns); a `MAINTAINER` before the first `FROM` " +
      'is flagged too.',
  },
  examples: {
    bad: ['FROM debian:12-slim\nMAINTAINER Ana Souza <ana@example.com>\n'],
    good: ['LABEL org.opencontainers.image.authors="Ana Souza <ana@example.com>"\n'],
  },
  check(ctx) {
    for (const m of ctx.instructionsOf('MAINTAINER')) {
      const author = m.argsText.trim().replace(/"/g, '\\"') || '…';
      ctx.report(m.keywordRange, 'deprecated', { author }, { fix: maintainerFix(m) });
    }
  },
});
