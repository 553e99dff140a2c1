import { defineRule } from '../types';

/** NoEmptyContinuation (BuildKit): empty lines inside a line continuation are deprecated. */
export default defineRule({
  id: 'NoEmptyContinuation',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  instructions: ['file'],
  title: {
    'pt-BR': 'Linha vazia dentro de uma continuação',
    en: 'Empty line inside a continuation',
  },
  messages: {
    empty: {
      'pt-BR': 'Linha vazia dentro da continuação desta instrução (linha {lines}); apague-a',
      en: 'Empty line inside this instruction’s continuation (line {lines}); remove it',
    },
  },
  rationale: {
    'pt-BR':
      'Depois de uma barra invertida no fim da linha, o Docker ainda ignora linhas vazias e continua a ' +
      'instrução na próxima linha com texto, mas esse comportamento está obsoleto e vai virar erro numa ' +
      'versão futura. Pior: uma linha vazia parece encerrar a instrução, então quem lê acha que a linha ' +
      'seguinte é outra instrução. Apague a linha vazia (um comentário `#` no lugar dela continua permitido).',
    en:
      'After a trailing backslash, Docker still skips empty lines and carries the instruction on to the next ' +
      'line with text, but this behaviour is deprecated and will become an error in a future release. Worse, ' +
      'an empty line looks like the end of the instruction, so readers take the next line for a new ' +
      'instruction. Remove the empty line (a `#` comment in its place is still allowed).',
  },
  examples: {
    bad: ['FROM alpine:3.23\nCOPY app.conf \\\n\n    /etc/app.conf\n'],
    good: ['FROM alpine:3.23\nCOPY app.conf \\\n    /etc/app.conf\n'],
  },
  check(ctx) {
    for (const instr of ctx.instructions) {
      const empty = instr.emptyContinuationLines;
      if (empty.length === 0) continue;
      // BuildKit reports once per instruction, on the line where its continuation ends (before any
      // heredoc body); the message names the empty line(s).
      let last = instr.range.endLine;
      if (instr.heredocs.length > 0 && instr.argsRange) last = instr.argsRange.endLine;
      const text = ctx.model.lines[last - 1] ?? '';
      const indent = text.length - text.trimStart().length;
      ctx.report({ line: last, column: indent + 1, endLine: last, endColumn: text.length + 1 }, 'empty', {
        lines: empty.join(', '),
      });
    }
  },
});
