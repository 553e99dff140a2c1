// Minimal typings for mvdan-sh (GopherJS build of mvdan.cc/sh/v3/syntax). Nodes are Go structs
// exposed as JS objects: fields keep their Go names (Stmts, Cmd, Args, Parts, Value, Op…), slices are
// JS arrays, nil pointers are null, and positions are objects with Line()/Col()/Offset() (byte-based).
declare module 'mvdan-sh' {
  export interface ShPos {
    Line(): number;
    Col(): number;
    Offset(): number;
    IsValid(): boolean;
  }
  export interface ShNode {
    Pos(): ShPos;
    End(): ShPos;
    // biome-ignore lint/suspicious/noExplicitAny: Go struct fields vary by node type
    [field: string]: any;
  }
  export interface ShParser {
    Parse(src: string, name: string): ShNode;
  }
  export interface ShSyntax {
    NewParser(...options: unknown[]): ShParser;
    NodeType(node: ShNode): string;
    Walk(node: ShNode, fn: (node: ShNode | null) => boolean): void;
    KeepComments(keep: boolean): unknown;
    Variant(lang: number): unknown;
    LangBash: number;
    LangPOSIX: number;
  }
  const sh: { syntax: ShSyntax };
  export default sh;
  export const syntax: ShSyntax;
}
