/**
 * mvdan-sh (mvdan.cc/sh, a real POSIX/Bash parser, as a 2 MB GopherJS build) behind `SyntaxAccess`.
 * Loaded on first use: our own parser (parser.ts) reads almost every real RUN line, and loading
 * mvdan-sh cost a quarter of a second at every `camadas lint` start. Bundlers (esbuild, webpack)
 * resolve this `require` like an import.
 */
import type { ShNode, ShParser, ShSyntax } from 'mvdan-sh';
import type { Positions } from './positions';
import type { SyntaxAccess, SyntaxNode } from './syntax-tree';

declare const require: (id: string) => unknown;
let syntaxModule: ShSyntax | null = null;
function shSyntax(): ShSyntax {
  if (!syntaxModule) {
    const mod = require('mvdan-sh') as { syntax?: ShSyntax; default?: { syntax: ShSyntax } };
    syntaxModule = (mod.syntax ?? mod.default?.syntax) as ShSyntax;
  }
  return syntaxModule;
}

let calls = 0;
/** How many texts were handed to mvdan-sh in this process (tests: which inputs never need it). */
export function mvdanCalls(): number {
  return calls;
}

let parserInstance: ShParser | null = null;

/** Parse with mvdan-sh: the statements, or throws mvdan-sh's syntax error. */
export function mvdanParse(text: string): SyntaxNode[] {
  calls++;
  if (!parserInstance) parserInstance = shSyntax().NewParser();
  return (parserInstance.Parse(text, '').Stmts as SyntaxNode[] | null) ?? [];
}

/** Reading mvdan-sh's nodes: Go positions are UTF-8 byte offsets, mapped to chars by `positions`. */
export function mvdanAccess(positions: Positions): SyntaxAccess {
  const syntax = shSyntax();
  return {
    type: (n) => syntax.NodeType(n as ShNode),
    start: (n) => positions.charIndex((n as ShNode).Pos().Offset()),
    end: (n) => positions.charIndex((n as ShNode).End().Offset()),
    semicolon: (st) => Boolean(st.Semicolon?.IsValid?.()),
    walk: (n, fn) => syntax.Walk(n as ShNode, fn as (n: ShNode | null) => boolean),
  };
}

/** mvdan-sh's error text (a Go error value) or a JS error's message. */
export function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'Error' in e && typeof (e as { Error: unknown }).Error === 'function') {
    return String((e as { Error: () => string }).Error());
  }
  return e instanceof Error ? e.message : String(e);
}
