/**
 * `buildModel`: the Dockerfile model, built ONCE per lint from the scanner's one pass over the text
 * (scanner.ts) and shared by every rule. It never throws: odd input produces `syntaxErrors` (reported
 * by the engine as DL1000) and a best-effort model.
 */
import { parseImageRef } from './image-ref';
import { type BuildState, buildInstruction, type Instr } from './instructions';
import { AUTOMATIC_PLATFORM_ARGS } from './keywords';
import type {
  Comment,
  Directive,
  DockerfileModel,
  InstructionModel,
  SyntaxError as ModelSyntaxError,
  Scope,
  Span,
  StageModel,
  Token,
  VarDef,
} from './model';
import { type ScanInstruction, type ScanWord, scanInstructions } from './scanner';
import { normalizeText, TextIndex } from './text-index';
import { EMPTY_SCOPE, Scoper, VarTable } from './variables';

const DIRECTIVE_RE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;

class Model implements DockerfileModel {
  readonly text: string;
  readonly hasFrom: boolean;
  constructor(
    private readonly index: TextIndex,
    readonly escapeChar: string,
    readonly directives: Directive[],
    readonly comments: Comment[],
    readonly instructions: InstructionModel[],
    readonly allInstructions: InstructionModel[],
    readonly stages: StageModel[],
    readonly globalArgs: VarDef[],
    readonly globalScope: Scope,
    readonly syntaxErrors: ModelSyntaxError[],
  ) {
    this.text = index.text;
    this.hasFrom = stages.length > 0;
  }
  /** The lines, made on first read (few rules read them). */
  get lines(): string[] {
    return this.index.lines;
  }
  directive(name: string): Directive | undefined {
    const n = name.toLowerCase();
    return this.directives.find((d) => d.name === n);
  }
  stageByName(name: string, beforeIndex?: number): StageModel | undefined {
    const key = name.toLowerCase();
    const stages = this.stages;
    const limit = beforeIndex ?? stages.length;
    for (let s = Math.min(limit, stages.length) - 1; s >= 0; s--) {
      if (stages[s].nameLower === key) return stages[s];
    }
    return undefined;
  }
  spanOfOffsets(start: number, end: number): Span {
    return this.index.spanOfOffsets(start, end);
  }
  offsetOf(line: number, column: number): number {
    return this.index.offsetOf(line, column);
  }
}

/** Close a stage: its final scope (what a child stage inherits) and its range. */
function finishStage(stage: StageModel, scope: Scoper): void {
  stage.finalScope = scope;
  stage.instructions = stage.instructions.slice(); // exact size: kept for the whole lint
  const last = stage.instructions[stage.instructions.length - 1];
  stage.range = {
    line: stage.from.range.line,
    column: stage.from.range.column,
    endLine: last.range.endLine,
    endColumn: last.range.endColumn,
  };
}

export function buildModel(input: string): DockerfileModel {
  const text = normalizeText(input);
  const ti = new TextIndex(text);
  const lineCount = ti.lineCount;

  // Parser directives: consecutive `# key=value` lines at the very top.
  const directives: Directive[] = [];
  const directiveLines = new Set<number>();
  for (let i = 0; i < lineCount; i++) {
    const m = DIRECTIVE_RE.exec(ti.line(i).trim());
    if (!m) break;
    const name = m[1].toLowerCase();
    if (directives.some((d) => d.name === name)) break;
    directives.push({ name, value: m[2], range: ti.lineSpan(i) });
    directiveLines.add(i);
  }
  const escapeDirective = directives.find((d) => d.name === 'escape')?.value;
  const escapeChar = escapeDirective === '`' ? '`' : '\\';

  let scanned: ScanInstruction[];
  try {
    scanned = scanInstructions(text, escapeChar, ti);
  } catch (e) {
    return emptyModel(ti, e);
  }
  // Lines covered by heredoc bodies are never comments.
  const heredocLines = new Set<number>();
  const syntaxErrors: ModelSyntaxError[] = [];

  const instructions: Instr[] = [];
  const allInstructions: InstructionModel[] = [];
  const st: BuildState = { ti, escapeChar, heredocLines, syntaxErrors };
  // FROM: the image word and the stage name word, by instruction index
  const fromWords = new Map<number, { image: ScanWord | null; stage: ScanWord | null }>();

  for (let idx = 0; idx < scanned.length; idx++) {
    const s = scanned[idx];
    const isOnbuild = s.written.toUpperCase() === 'ONBUILD';
    const inst: Instr = buildInstruction(
      st,
      s,
      s.written,
      s.start,
      s.keywordEnd,
      s.words,
      isOnbuild ? [] : s.heredocs,
      idx,
    );
    instructions.push(inst);
    allInstructions.push(inst);
    if (inst.keyword === 'FROM') {
      const a = s.words.slice(inst.flags.length);
      fromWords.set(idx, {
        image: a.length > 0 ? a[0] : null,
        stage: a.length > 2 && a[1].value.toUpperCase() === 'AS' ? a[2] : null,
      });
    }
    if (isOnbuild) {
      const w0 = s.words[0];
      if (w0) {
        const trig = buildInstruction(
          st,
          s,
          text.slice(w0.start, w0.end),
          w0.start,
          w0.end,
          s.words.slice(1),
          s.heredocs,
          idx,
        );
        trig.onbuild = inst;
        inst.trigger = trig;
        allInstructions.push(trig);
      } else {
        syntaxErrors.push({
          message: {
            'pt-BR': 'ONBUILD precisa de uma instrução',
            en: 'ONBUILD requires an instruction',
          },
          range: inst.keywordRange,
        });
      }
    }
  }

  // Comments: every line starting with `#` outside instructions and heredoc bodies.
  // The lines of an instruction are never standalone comments: its first line is not a comment, and
  // continuation lines starting with # are comments Docker strips. Instructions come in file order and
  // do not overlap, so one cursor finds the instruction around each line.
  const comments: Comment[] = [];
  const commentAt: (Comment | undefined)[] = new Array(lineCount + 1);
  // (lines of offsets, not the instructions' spans: those are built when a rule reads them)
  let around = -1;
  let aroundFirst = -1;
  let aroundLast = -1;
  const nextAround = () => {
    around++;
    if (around < instructions.length) {
      aroundFirst = ti.lineOf(instructions[around].startOffset);
      aroundLast = ti.lineOf(instructions[around].endOffset);
    }
  };
  nextAround();
  for (let i = 0; i < lineCount; i++) {
    while (around < instructions.length && aroundLast < i) nextAround();
    if (around < instructions.length && aroundFirst <= i) continue;
    if (heredocLines.has(i)) continue;
    // the first non-blank character, read in the text: the line's string is made for comments only
    const lineStart = ti.lineStarts[i];
    const lineEnd = lineStart + ti.lineLength(i);
    let k = lineStart;
    while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = k < lineEnd ? text.charCodeAt(k) : Number.NaN;
    if (c !== 35 /* # */ && !(c > 127 || c === 11 || c === 12)) continue;
    const line = ti.line(i);
    const t = line.trimStart();
    if (!t.startsWith('#')) continue;
    const comment: Comment = {
      text: t.slice(1).trim(),
      raw: line,
      range: ti.lineSpan(i),
      directive: directiveLines.has(i),
    };
    comments.push(comment);
    commentAt[i + 1] = comment;
  }
  // commentsBefore: contiguous comment lines directly above each instruction
  for (const inst of instructions) {
    const line = ti.lineOf(inst.startOffset) + 1;
    if (!commentAt[line - 1]) continue; // no comment above: the shared empty list
    let first = line;
    while (first > 1 && commentAt[first - 1]) first--;
    const pushed: Comment[] = [];
    for (let l = first; l < line; l++) pushed.push(commentAt[l] as Comment);
    const block = pushed.slice(); // exact size: kept for the whole lint
    inst.commentsBefore = block;
    if (inst.trigger) inst.trigger.commentsBefore = block;
  }

  // Stages and scopes.
  const stages: StageModel[] = [];
  const globalArgs: VarDef[] = [];
  const globalArgs_ = new VarTable(null);
  for (const n of AUTOMATIC_PLATFORM_ARGS) {
    globalArgs_.set(n, { name: n, value: null, kind: 'arg', instruction: null });
  }
  const noEnv = new VarTable(null).view();
  let current: StageModel | null = null;
  let args = new VarTable(null);
  let env = new VarTable(null);
  let scope: Scoper = new Scoper(globalArgs_.view(), noEnv);
  let globalScope: Scope = scope;
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      if (current) finishStage(current, scope);
      if (!current) globalScope = new Scoper(globalArgs_.view(), noEnv);
      inst.scope = globalScope;
      const fw = fromWords.get(inst.index);
      const imgWord = fw?.image ?? null;
      const image = imgWord
        ? parseImageRef(text.slice(imgWord.start, imgWord.end), ti.spanOfOffsets(imgWord.start, imgWord.end))
        : null;
      const stageWord = fw?.stage ?? null;
      const name = stageWord ? text.slice(stageWord.start, stageWord.end) : null;
      let asKeyword: Token | null = null;
      if (name !== null) {
        const asTok = inst.args.find((t) => t.value.toLowerCase() === 'as');
        if (asTok) asKeyword = asTok;
      }
      const nameLower = name === null ? null : name.toLowerCase();
      let parent: StageModel | null = null;
      if (image && !image.hasVariables && image.registry === null && image.tag === null && !image.digest) {
        const key = image.name.toLowerCase();
        for (let s = stages.length - 1; s >= 0; s--) {
          if (stages[s].nameLower === key) {
            parent = stages[s];
            break;
          }
        }
      }
      const stage: StageModel = {
        index: stages.length,
        name,
        nameLower,
        nameRange: stageWord ? ti.spanOfOffsets(stageWord.start, stageWord.end) : null,
        asKeyword,
        from: inst,
        image,
        platform: inst.flag('platform'),
        instructions: [inst],
        parent,
        finalScope: EMPTY_SCOPE,
        range: inst.range,
      };
      stages.push(stage);
      current = stage;
      inst.stage = stage;
      const inherited = parent ? (parent.finalScope as Scoper).views() : null;
      args = new VarTable(inherited?.args ?? null);
      env = new VarTable(inherited?.env ?? null);
      scope = new Scoper(args.view(), env.view());
      continue;
    }
    if (current) {
      current.instructions.push(inst);
      inst.stage = current;
      if (inst.trigger) inst.trigger.stage = current;
    }
    inst.scope = scope;
    if (inst.trigger) inst.trigger.scope = scope;
    if (inst.keyword === 'ARG') {
      if (!current) {
        for (const p of inst.properties) {
          const def: VarDef = { name: p.key, value: p.value, kind: 'arg', instruction: inst };
          globalArgs_.set(p.key, def);
          globalArgs.push(def);
        }
        scope = new Scoper(globalArgs_.view(), noEnv);
      } else {
        for (const p of inst.properties) {
          const inherited = globalArgs_.get(p.key, globalArgs_.version);
          args.set(p.key, {
            name: p.key,
            value: p.value ?? (inherited ? inherited.value : null),
            kind: 'arg',
            instruction: inst,
          });
        }
        scope = new Scoper(args.view(), env.view());
      }
    } else if (inst.keyword === 'ENV') {
      for (const p of inst.properties) {
        env.set(p.key, { name: p.key, value: p.value, kind: 'env', instruction: inst });
      }
      scope = new Scoper(current ? args.view() : globalArgs_.view(), env.view());
    }
  }
  if (current) finishStage(current, scope);

  return new Model(
    ti,
    escapeChar,
    directives,
    comments,
    instructions,
    allInstructions,
    stages,
    globalArgs,
    globalScope,
    syntaxErrors,
  );
}

function emptyModel(ti: TextIndex, error: unknown): DockerfileModel {
  const msg = error instanceof Error ? error.message : String(error);
  const syntaxError: ModelSyntaxError = {
    message: {
      'pt-BR': `Não foi possível analisar o Dockerfile: ${msg}`,
      en: `Cannot parse the Dockerfile: ${msg}`,
    },
    range: { line: 1, column: 1, endLine: 1, endColumn: (ti.lines[0]?.length ?? 0) + 1 },
  };
  return new Model(ti, '\\', [], [], [], [], [], [], EMPTY_SCOPE, [syntaxError]);
}
