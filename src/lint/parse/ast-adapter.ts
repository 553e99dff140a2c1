/**
 * The engine's access to dockerfile-ast. dockerfile-ast re-tokenises an instruction's text on every
 * getter call, and calls its own getters many times per instruction (`getRawArguments` about five
 * times: from `getFlags`, `getHeredocs`, `getArgumentsRange`…; `getTriggerInstruction` re-parses the
 * trigger each time). A parsed document never changes, so `parseDockerfile` gives each instruction
 * it returns its own cached copies of those getters (own properties of that instance): the library's
 * prototypes stay as published, and a document parsed by anyone else behaves exactly as before.
 * Arrays are copied on every call because dockerfile-ast mutates them
 * (`ModifiableInstruction.getArguments` shifts the flags off).
 */
import {
  type Dockerfile as AstDockerfile,
  type Instruction as AstInstruction,
  DockerfileParser,
} from 'dockerfile-ast';
import { installDockerfileAstShims } from '../browser-shims';

let parsing = 0;
// dockerfile-ast's BOM check calls `Buffer`: replaced while the engine parses (and where there is no Buffer)
installDockerfileAstShims(() => parsing > 0);

const CACHED_GETTERS: readonly [name: string, copyArray: boolean][] = [
  ['getRawArguments', true],
  ['getHeredocs', true],
];

/** Parse a (normalised) Dockerfile text; every instruction caches its costly getters. Throws what dockerfile-ast throws. */
export function parseDockerfile(text: string): AstDockerfile {
  parsing++;
  try {
    const ast = DockerfileParser.parse(text);
    for (const node of ast.getInstructions()) cacheGetters(node);
    return ast;
  } finally {
    parsing--;
  }
}

/** The trigger of an `ONBUILD` node (parsed once, cached), or null. */
export function triggerOf(node: AstInstruction): AstInstruction | null {
  const getter = (node as unknown as { getTriggerInstruction?: () => AstInstruction | null })
    .getTriggerInstruction;
  if (typeof getter !== 'function') return null;
  parsing++;
  try {
    const trigger = getter.call(node);
    if (trigger) cacheGetters(trigger);
    return trigger;
  } finally {
    parsing--;
  }
}

function cacheGetters(node: AstInstruction): void {
  const target = node as unknown as Record<string, unknown>;
  for (const [name, copyArray] of CACHED_GETTERS) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    let value: unknown;
    let done = false;
    Object.defineProperty(node, name, {
      configurable: true,
      enumerable: false,
      writable: true,
      value: () => {
        if (!done) {
          value = (original as () => unknown).call(node);
          done = true;
        }
        return copyArray && Array.isArray(value) ? value.slice() : value;
      },
    });
  }
}
