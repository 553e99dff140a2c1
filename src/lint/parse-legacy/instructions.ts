/** One instruction of the model, built from a dockerfile-ast node: flags, arguments, heredocs, properties, form. */
import type {
  Flag as AstFlag,
  Heredoc as AstHeredoc,
  Instruction as AstInstruction,
  Property as AstProperty,
} from 'dockerfile-ast';
import { parseExecForm } from './exec-form';
import { EXEC_FORM_KEYWORDS, KNOWN_KEYWORDS } from './keywords';
import type {
  Comment,
  ExecForm,
  FlagModel,
  HeredocModel,
  InstructionModel,
  KeyValue,
  SyntaxError as ModelSyntaxError,
  Scope,
  Span,
  StageModel,
  Token,
} from './model';
import { logicalLine, type TextIndex } from './text-index';
import { EMPTY_SCOPE } from './variables';

function unquote(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) {
    return s.slice(1, -1);
  }
  return s;
}

export class Flag implements FlagModel {
  constructor(
    readonly name: string,
    readonly value: string | null,
    readonly range: Span,
    readonly nameRange: Span,
    readonly valueRange: Span | null,
    readonly options: KeyValue[],
  ) {}
  option(key: string): string | null | undefined {
    for (const o of this.options) if (o.key === key) return o.value;
    return undefined;
  }
}

export function makeFlag(ti: TextIndex, f: AstFlag): FlagModel {
  const value = f.getValue();
  const valueRange = f.getValueRange();
  const options: KeyValue[] = [];
  if (value !== null && valueRange && valueRange.start.line === valueRange.end.line) {
    const base = ti.offOf(valueRange.start);
    let pos = 0;
    for (const part of value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq >= 0 ? part.slice(0, eq) : part).trim().toLowerCase();
      const v = eq >= 0 ? unquote(part.slice(eq + 1)) : null;
      const s = base + pos;
      options.push({
        key,
        value: v,
        range: ti.spanOfOffsets(s, s + part.length),
        keyRange: ti.spanOfOffsets(s, s + (eq >= 0 ? eq : part.length)),
        valueRange: eq >= 0 ? ti.spanOfOffsets(s + eq + 1, s + part.length) : null,
      });
      pos += part.length + 1;
    }
  }
  return new Flag(
    f.getName().toLowerCase(),
    value,
    ti.span(f.getRange()),
    ti.span(f.getNameRange()),
    valueRange ? ti.span(valueRange) : null,
    options,
  );
}

/** Flag name as asked by a rule (`mount`, `--mount`, `Mount`) → model name. */
export function flagKey(name: string): string {
  return name.charCodeAt(0) === 45 /* - */ ? name.toLowerCase().replace(/^-+/, '') : name.toLowerCase();
}

export class Instr implements InstructionModel {
  stage: StageModel | null = null;
  onbuild: InstructionModel | null = null;
  trigger: InstructionModel | null = null;
  commentsBefore: Comment[] = [];
  scope: Scope = EMPTY_SCOPE;
  constructor(
    readonly index: number,
    readonly keyword: string,
    readonly written: string,
    readonly range: Span,
    readonly keywordRange: Span,
    readonly raw: string,
    readonly flags: FlagModel[],
    readonly args: Token[],
    readonly argsText: string,
    readonly argsRange: Span | null,
    readonly argsOffsets: number[],
    readonly form: ExecForm,
    readonly exec: string[] | null,
    readonly heredocs: HeredocModel[],
    readonly properties: KeyValue[],
    readonly legacyKeyValue: boolean,
    readonly emptyContinuationLines: number[],
    readonly node: AstInstruction,
  ) {}
  flag(name: string): FlagModel | undefined {
    if (this.flags.length === 0) return undefined;
    const n = flagKey(name);
    return this.flags.find((f) => f.name === n);
  }
  flagsNamed(name: string): FlagModel[] {
    if (this.flags.length === 0) return [];
    const n = flagKey(name);
    return this.flags.filter((f) => f.name === n);
  }
}

/** What `buildInstruction` needs besides the node: the text, and where it records what it finds. */
export interface BuildState {
  ti: TextIndex;
  escapeChar: string;
  /** Lines covered by heredoc bodies (never comments). */
  heredocLines: Set<number>;
  syntaxErrors: ModelSyntaxError[];
}

export function buildInstruction(st: BuildState, node: AstInstruction, index: number): InstructionModel {
  const { ti, escapeChar, heredocLines, syntaxErrors } = st;
  const text = ti.text;
  const written = node.getInstruction();
  const keyword = written.toUpperCase();
  const r = node.getRange();
  const startOff = ti.offOf(r.start);
  const endOff = ti.offOf(r.end);
  const raw = text.slice(startOff, endOff);
  const anyNode = node as unknown as {
    getFlags?: () => AstFlag[];
    getHeredocs?: () => AstHeredoc[];
    getProperties?: () => AstProperty[];
    getProperty?: () => AstProperty | null;
  };
  const flags = typeof anyNode.getFlags === 'function' ? anyNode.getFlags().map((f) => makeFlag(ti, f)) : [];
  const astHeredocs = typeof anyNode.getHeredocs === 'function' ? anyNode.getHeredocs() : [];
  const heredocs: HeredocModel[] = astHeredocs.map((h) => {
    const marker = h.getStartRange();
    const markerText = text.slice(ti.offOf(marker.start), ti.offOf(marker.end));
    const content = h.getContentRange();
    let body = '';
    if (content) {
      body = text.slice(ti.offOf(content.start), ti.offOf(content.end));
      for (let l = content.start.line; l <= content.end.line; l++) heredocLines.add(l);
    }
    const delim = h.getDelimiterRange();
    if (delim) heredocLines.add(delim.start.line);
    else {
      // BuildKit rejects the file: the body runs to the end and the delimiter never comes.
      syntaxErrors.push({
        message: {
          'pt-BR': `heredoc <<${h.getName()} sem fim: falta uma linha só com "${h.getName()}" depois do corpo`,
          en: `unterminated heredoc <<${h.getName()}: a line with just "${h.getName()}" must follow the body`,
        },
        range: ti.span(marker),
      });
    }
    return {
      name: h.getName(),
      body,
      bodyRange: content ? ti.span(content) : null,
      markerRange: ti.span(marker),
      stripTabs: markerText.startsWith('<<-'),
      quoted: /^<<-?\s*["']/.test(markerText),
    };
  });

  // Where the arguments (after keyword and flags) begin.
  const kwRange = node.getInstructionRange();
  let argsStart = ti.offOf(kwRange.end);
  if (flags.length > 0) {
    const lastFlag = flags[flags.length - 1];
    argsStart = ti.offsetOf(lastFlag.range.endLine, lastFlag.range.endColumn);
  }
  const logical = logicalLine(ti, escapeChar, argsStart, endOff);
  // trim leading/trailing blanks of the logical args text, keeping the map in sync
  let a = 0;
  let b = logical.text.length;
  while (a < b && /\s/.test(logical.text[a])) a++;
  while (b > a && /\s/.test(logical.text[b - 1])) b--;
  const argsText = logical.text.slice(a, b);
  const argsRange = b > a ? ti.spanOfOffsets(logical.map[a], logical.map[b - 1] + 1) : null;

  // Arguments after flags, excluding heredoc body tokens.
  let args: Token[] = node.getArguments().map((x) => ({ value: x.getValue(), range: ti.span(x.getRange()) }));
  if (heredocs.length > 0) {
    const firstLine = r.start.line + 1;
    const stopLine = ti.lineOf(logical.stop) + 1;
    args = args.filter((t) => t.range.line >= firstLine && t.range.line <= stopLine);
  }

  let form: ExecForm = 'none';
  let exec: string[] | null = null;
  if (EXEC_FORM_KEYWORDS.has(keyword)) {
    let execText = argsText;
    if (keyword === 'HEALTHCHECK') {
      const m = /^cmd\s+/i.exec(argsText);
      execText = m ? argsText.slice(m[0].length) : '';
    }
    exec = parseExecForm(execText);
    form = exec ? 'exec' : 'shell';
    if (keyword === 'HEALTHCHECK' && !/^cmd\s/i.test(argsText)) form = 'none';
  }

  // Properties (ENV / ARG / LABEL).
  const properties: KeyValue[] = [];
  let legacyKeyValue = false;
  if (keyword === 'ENV' || keyword === 'LABEL' || keyword === 'ARG') {
    let props: AstProperty[] = [];
    if (typeof anyNode.getProperties === 'function') props = anyNode.getProperties();
    else if (typeof anyNode.getProperty === 'function') {
      const p = anyNode.getProperty();
      if (p) props = [p];
    }
    for (const p of props) {
      // `ARG A B C` declares three ARGs (ARG has no legacy `name value` form); dockerfile-ast reads it
      // as `A` with the value `B C`, so split the property's text into its names/assignments again.
      if (keyword === 'ARG' && p.getAssignmentOperator() === null && p.getValue() !== null) {
        const r = p.getRange();
        const start = ti.offOf(r.start);
        const text = ti.text.slice(start, ti.offOf(r.end));
        for (const m of text.matchAll(/[^\s=]+(?:=\S*)?/g)) {
          if (m[0] === '\\' || m[0] === '`') continue; // a line continuation
          const s = start + (m.index ?? 0);
          const eq = m[0].indexOf('=');
          const key = eq < 0 ? m[0] : m[0].slice(0, eq);
          const value = eq < 0 ? null : m[0].slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
          properties.push({
            key,
            value,
            range: ti.spanOfOffsets(s, s + m[0].length),
            keyRange: ti.spanOfOffsets(s, s + key.length),
            valueRange: eq < 0 ? null : ti.spanOfOffsets(s + eq + 1, s + m[0].length),
          });
        }
        continue;
      }
      const vr = p.getValueRange();
      properties.push({
        key: p.getName(),
        value: p.getValue(),
        range: ti.span(p.getRange()),
        keyRange: ti.span(p.getNameRange()),
        valueRange: vr ? ti.span(vr) : null,
      });
      if (keyword !== 'ARG' && p.getAssignmentOperator() === null) legacyKeyValue = true;
    }
  }

  const inst = new Instr(
    index,
    keyword,
    written,
    ti.span(r),
    ti.span(kwRange),
    raw,
    flags,
    args,
    argsText,
    argsRange,
    logical.map.slice(a, b),
    form,
    exec,
    heredocs,
    properties,
    legacyKeyValue,
    logical.emptyLines,
    node,
  );

  if (!KNOWN_KEYWORDS.has(keyword)) {
    syntaxErrors.push({
      message: {
        'pt-BR': `Instrução desconhecida: ${written}`,
        en: `Unknown instruction: ${written}`,
      },
      range: inst.keywordRange,
    });
  } else if (argsText === '' && heredocs.length === 0 && keyword !== 'ONBUILD') {
    syntaxErrors.push({
      message: {
        'pt-BR': `${keyword} precisa de pelo menos um argumento`,
        en: `${keyword} requires at least one argument`,
      },
      range: inst.keywordRange,
    });
  } else if (keyword === 'EXPOSE') {
    // BuildKit refuses a port that is not a number (`EXPOSE abc`: "invalid containerPort"), as hadolint's
    // parser does. Words with variables are judged after expansion by the EXPOSE rules, not here.
    for (const t of inst.args) {
      const word = t.value.replace(/^(["'])(.*)\1$/, '$2');
      if (word.includes('$') || word === '') continue;
      const container = word.split('/')[0].split(':').pop() ?? '';
      if (/^\d+(-\d+)?$/.test(container)) continue;
      syntaxErrors.push({
        message: {
          'pt-BR': `EXPOSE: "${word}" não é uma porta (use um número, um intervalo como 8000-8010, e /tcp ou /udp)`,
          en: `EXPOSE: "${word}" is not a port (use a number, a range like 8000-8010, and /tcp or /udp)`,
        },
        range: t.range,
      });
    }
  }
  return inst;
}
