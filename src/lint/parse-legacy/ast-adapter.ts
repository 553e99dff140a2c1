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
  type Argument as AstArgument,
  type Dockerfile as AstDockerfile,
  Heredoc as AstHeredoc,
  type Instruction as AstInstruction,
  DockerfileParser,
} from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';
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
    let original = target[name];
    if (name === 'getHeredocs' && typeof original === 'function') {
      const library = original as () => AstHeredoc[];
      original = () => heredocsOf(node as unknown as HeredocInternals, library);
    }
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

/** The parts of dockerfile-ast's `Instruction` that its own `getHeredocs` uses (present at run time, private in its types). */
interface HeredocInternals {
  escapeChar: string;
  document: { offsetAt(p: Position): number; positionAt(o: number): Position };
  getArguments(): AstArgument[];
  getRange(): Range;
  getRangeContent(r: Range): string;
  getNameRange(startRange: Range): Range;
  getName(nameRange: Range): string;
  getDelimiterRange(arg: AstArgument, name: string, lineRange: Range): Range | null;
}

/**
 * The heredocs of a multi-line instruction. dockerfile-ast 0.7's `getHeredocs` applies the escape
 * character inside heredoc bodies too: a body line holding `\;` (as in `find … -exec rm {} \;`)
 * makes it treat the following newline as escaped, so that line, the next ones and the delimiter
 * merge and the heredoc looks unterminated. BuildKit reads bodies raw: only the instruction's first
 * (logical) line knows continuations. This is the library's own walk with that one difference:
 * once the first line has ended, the escape character means nothing and every newline ends a line.
 * Single-line instructions keep the library's answer.
 */
function heredocsOf(node: HeredocInternals, library: () => AstHeredoc[]): AstHeredoc[] {
  const range = node.getRange();
  if (range.start.line === range.end.line) return library.call(node);
  const args = node.getArguments();
  if (args.length === 0) return [];
  const doc = node.document;
  const heredocs: AstHeredoc[] = [];
  const definitions: AstArgument[] = [];
  let inBodies = false;
  let escaping = false;
  let contentStart = -1;
  let contentEnd = -1;
  let lineStart = -1;
  let current = 0;
  const startOffset = doc.offsetAt(args[0].getRange().start);
  const content = node.getRangeContent({ start: args[0].getRange().start, end: range.end });
  const at = (offset: number) => doc.positionAt(startOffset + offset);
  const nameOf = (arg: AstArgument) => node.getName(node.getNameRange(arg.getRange()));
  contentLoop: for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (!inBodies) {
      // the instruction's first line: the escape character continues it (the library's walk)
      if (ch === node.escapeChar) {
        escaping = true;
        for (let j = i + 1; j < content.length; j++) {
          const c = content.charAt(j);
          if (c === ' ' || c === '\t') continue;
          if (c === '\r') j++;
          i = j;
          continue contentLoop;
        }
        continue;
      }
      if (ch === '\r') continue;
      if (ch === '\n') {
        if (escaping) continue;
        // the first line ends: its `<<` arguments are the heredocs, in order
        const limit = startOffset + i;
        for (const arg of args) {
          if (doc.offsetAt(arg.getRange().start) >= limit) break;
          if (arg.getValue().startsWith('<<')) definitions.push(arg);
        }
        inBodies = true;
        lineStart = -1;
        continue;
      }
      if ((ch === ' ' || ch === '\t') && escaping) continue;
      if (ch === '#' && escaping) {
        const nl = content.indexOf('\n', i + 1);
        if (nl !== -1) i = nl;
        else escaping = false;
        continue;
      }
      escaping = false;
      continue;
    }
    // inside the bodies: raw lines
    if (ch === '\r') continue;
    if (ch === '\n') {
      if (contentStart === -1) contentStart = i;
      contentEnd = i;
      const arg = definitions[current];
      if (arg) {
        const name = nameOf(arg);
        const delimiter = node.getDelimiterRange(arg, name, { start: at(lineStart), end: at(i) });
        if (delimiter !== null) {
          const body = { start: at(contentStart), end: at(lineStart - 1) };
          heredocs.push(makeHeredoc(arg, name, node.getNameRange(arg.getRange()), body, delimiter));
          contentStart = -1;
          current++;
        }
      }
      lineStart = -1;
      continue;
    }
    if (contentStart === -1) contentStart = i;
    if (lineStart === -1) lineStart = i;
  }
  if (!inBodies) return library.call(node);
  const last = definitions[current];
  if (last) {
    const name = nameOf(last);
    const delimiter = node.getDelimiterRange(last, name, { start: at(lineStart), end: range.end });
    let body: Range | null = null;
    if (delimiter === null) body = { start: at(contentStart), end: range.end };
    else if (contentEnd !== -1) body = { start: at(contentStart), end: at(contentEnd) };
    heredocs.push(makeHeredoc(last, name, node.getNameRange(last.getRange()), body, delimiter));
    current++;
  }
  for (let k = current; k < definitions.length; k++) {
    const arg = definitions[k];
    heredocs.push(makeHeredoc(arg, nameOf(arg), node.getNameRange(arg.getRange()), null, null));
  }
  return heredocs;
}

/** dockerfile-ast's own Heredoc (its typings omit that content and delimiter may be null, as the library itself builds them). */
function makeHeredoc(
  arg: AstArgument,
  name: string,
  nameRange: Range,
  body: Range | null,
  delimiter: Range | null,
): AstHeredoc {
  return new AstHeredoc(arg.getRange(), name, nameRange, body as Range, delimiter as Range);
}
