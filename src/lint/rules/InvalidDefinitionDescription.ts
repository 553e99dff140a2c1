import type { InstructionModel } from '../parse';
import { defineRule } from '../types';

/** The description comment BuildKit would attach to a FROM/ARG: the comment line right above it. */
function descriptionComment(instr: InstructionModel): string | null {
  const block = instr.commentsBefore.filter((c) => !c.directive);
  // the block must touch the instruction (a directive line right above breaks it)
  const last = block[block.length - 1];
  if (!last || last.range.line !== instr.range.line - 1) return null;
  // an empty `#` line resets the description (BuildKit drops the comments collected so far)
  return last.text === '' ? null : last.text;
}

/** InvalidDefinitionDescription (BuildKit, experimental): `# <name> <description>` above FROM … AS / ARG. */
export default defineRule({
  id: 'InvalidDefinitionDescription',
  severity: 'warning',
  origin: 'buildkit',
  scope: 'instruction',
  instructions: ['ARG', 'FROM'],
  experimental: true,
  title: {
    'pt-BR': 'Comentário de descrição de estágio ou ARG',
    en: 'Stage or ARG description comment',
  },
  messages: {
    arg: {
      'pt-BR':
        'O comentário acima deste `ARG` deveria começar pelo nome do argumento: `# {name} <descrição>`',
      en: 'The comment above this `ARG` should start with the argument’s name: `# {name} <description>`',
    },
    stage: {
      'pt-BR': 'O comentário acima deste `FROM` deveria começar pelo nome do estágio: `# {name} <descrição>`',
      en: 'The comment above this `FROM` should start with the stage’s name: `# {name} <description>`',
    },
  },
  rationale: {
    'pt-BR':
      'O `docker buildx build --call=outline` e o `--call=targets` mostram descrições de estágios e de ' +
      'argumentos de build tiradas do comentário logo acima do `FROM … AS nome` ou do `ARG`, desde que ele ' +
      'comece pelo nome (`# version versão do programa`). Um comentário colado na instrução que não segue ' +
      'esse formato some dessas listagens. Comece o comentário pelo nome; se ele não for uma descrição, ' +
      'deixe uma linha vazia (ou uma linha só com `#`) entre o comentário e a instrução. Verificação ' +
      'experimental do BuildKit: só roda com `# check=experimental=InvalidDefinitionDescription`.',
    en:
      '`docker buildx build --call=outline` and `--call=targets` list descriptions of stages and build ' +
      'arguments taken from the comment right above `FROM … AS name` or `ARG`, as long as it starts with ' +
      'the name (`# version version of the program`). A comment glued to the instruction that does not ' +
      'follow this format drops out of those listings. Start the comment with the name; if it is not a ' +
      'description, leave an empty line (or a bare `#` line) between the comment and the instruction. ' +
      'Experimental BuildKit check: it only runs with `# check=experimental=InvalidDefinitionDescription`.',
  },
  examples: {
    bad: [
      '# compiles the binary\nFROM golang:1.27 AS build\nRUN go version\n',
      'FROM alpine:3.23\n# the release to install\nARG RELEASE=1.0\n',
    ],
    good: [
      '# build compiles the binary\nFROM golang:1.27 AS build\nRUN go version\n',
      'FROM alpine:3.23\n# general notes\n\nARG RELEASE=1.0\n',
      'FROM alpine:3.23\n# RELEASE the release to install\nARG RELEASE=1.0\n',
    ],
  },
  check(ctx) {
    for (const instr of ctx.instructionsOf(['ARG', 'FROM'])) {
      let names: string[];
      if (instr.keyword === 'ARG') names = instr.properties.map((p) => p.key);
      else {
        const name = instr.stage?.from === instr ? instr.stage.name : null;
        names = name ? [name.toLowerCase()] : [];
      }
      if (names.length === 0) continue;
      const comment = descriptionComment(instr);
      if (comment === null) continue;
      if (names.includes(comment.split(' ')[0])) continue;
      const target =
        instr.keyword === 'FROM' ? (instr.stage?.nameRange ?? instr) : (instr.argsRange ?? instr);
      ctx.report(target, instr.keyword === 'ARG' ? 'arg' : 'stage', {
        name: names.length > 1 ? '<arg_key>' : names[0],
      });
    }
  },
});
