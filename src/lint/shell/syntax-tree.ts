/**
 * The syntax tree both shell parsers produce, as the command builder (to-commands.ts) reads it.
 * Field names are mvdan-sh's (Go struct fields: `Stmts`, `Cmd`, `Args`, `Parts`, `Value`, `X`, `Y`,
 * `Op`…), so mvdan-sh's nodes are read as they are and our own parser (parser.ts) builds plain
 * objects of the same shape; `SyntaxAccess` hides the rest (node type, positions, `;`, walking).
 */

// biome-ignore lint/suspicious/noExplicitAny: node fields vary by node type (mvdan-sh's Go structs, or ours)
export type SyntaxNode = { [field: string]: any };

export interface SyntaxAccess {
  /** Node type name, mvdan-sh's (`CallExpr`, `BinaryCmd`, `Lit`, `DblQuoted`…). */
  type(n: SyntaxNode): string;
  /** Char index in the parsed source where the node starts / ends (exclusive). */
  start(n: SyntaxNode): number;
  end(n: SyntaxNode): number;
  /** Does the statement end with `;`? */
  semicolon(stmt: SyntaxNode): boolean;
  /** Visit every node under `n` (depth first); the callback returns false to skip children. */
  walk(n: SyntaxNode, fn: (n: SyntaxNode | null) => boolean): void;
}

/** mvdan-sh's `BinaryCmd.Op` codes for the operators the model keeps. */
export const OP_AND = 10;
export const OP_OR = 11;
export const OP_PIPE = 12;
export const OP_PIPE_ALL = 13;
