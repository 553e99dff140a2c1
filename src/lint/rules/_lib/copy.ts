/**
 * Small helpers shared by the r2b rules (DL3020–DL3058): quotes, raw text of a span, COPY/ADD
 * sources and destination, `--from` targets and variable references in ENV values.
 */
import type { DockerfileModel, InstructionModel, Span, StageModel, Token } from '../../parse';

/** Strips one pair of matching surrounding quotes. */
export function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) return s.slice(1, -1);
  return s;
}

/** Text of a span, exactly as written in the model's text. */
export function rawText(model: DockerfileModel, span: Span): string {
  return model.text.slice(
    model.offsetOf(span.line, span.column),
    model.offsetOf(span.endLine, span.endColumn),
  );
}

/** One operand of COPY/ADD: its unquoted value and where to point at it. */
export interface PathArg {
  value: string;
  /** True for a heredoc marker (`<<EOF`): an inline file, not a path. */
  heredoc: boolean;
  target: Token | InstructionModel | { range: Span };
}

/**
 * Sources and destination of a COPY/ADD (shell or exec form), unquoted, as written; `null` when there
 * are fewer than 2 operands.
 */
export function copyOperands(
  model: DockerfileModel,
  instr: InstructionModel,
): { sources: PathArg[]; dest: PathArg } | null {
  let ops: PathArg[];
  if (instr.form === 'exec' && instr.exec) {
    const where = instr.argsRange ? { range: instr.argsRange } : instr;
    ops = instr.exec.map((v) => ({ value: v, heredoc: false, target: where }));
  } else {
    // raw text: the token's `value` has escapes resolved, which mangles Windows paths (`c:\\app`)
    ops = instr.args.map((t) => ({
      value: unquote(rawText(model, t.range)),
      heredoc: /^<<-?["']?[A-Za-z_]/.test(t.value),
      target: t,
    }));
  }
  if (ops.length < 2) return null;
  return { sources: ops.slice(0, -1), dest: ops[ops.length - 1] };
}

/** `/x`, `C:\x`, `C:/x`: an absolute path for Linux or Windows. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}

/** What a `--from=` value (COPY, RUN --mount) refers to. */
export type FromTarget =
  | { kind: 'stage'; stage: StageModel }
  | { kind: 'index'; index: number }
  | { kind: 'variable' }
  | { kind: 'name'; name: string };

/**
 * Resolves a `--from` value as seen from an instruction of stage `current` (`null` before the first
 * FROM): a stage declared up to and including `current` (by name, case-insensitive), a numeric index,
 * something with a variable, or another name (an image, or an undefined stage).
 */
export function resolveFrom(model: DockerfileModel, value: string, current: StageModel | null): FromTarget {
  const v = unquote(value.trim());
  if (v.includes('$')) return { kind: 'variable' };
  if (/^\d+$/.test(v)) return { kind: 'index', index: Number(v) };
  const stage = model.stageByName(v, current ? current.index + 1 : 0);
  if (stage) return { kind: 'stage', stage };
  return { kind: 'name', name: v };
}

const VAR_START = /[A-Za-z_]/;
const VAR_CHAR = /[A-Za-z0-9_]/;

/**
 * Names of the variables a Dockerfile word refers to (`$NAME`, `${NAME}`, `${NAME:-x}`…), as Docker
 * expands them: not inside single quotes, not after the escape character.
 */
export function referencedVariables(raw: string, escapeChar = '\\'): string[] {
  const out: string[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === escapeChar && !single) {
      i++;
      continue;
    }
    if (c === "'" && !double) {
      single = !single;
      continue;
    }
    if (c === '"' && !single) {
      double = !double;
      continue;
    }
    if (c !== '$' || single) continue;
    let j = i + 1;
    const braced = raw[j] === '{';
    if (braced) j++;
    if (!VAR_START.test(raw[j] ?? '')) continue;
    let k = j;
    while (k < raw.length && VAR_CHAR.test(raw[k])) k++;
    out.push(raw.slice(j, k));
    i = k - 1;
  }
  return out;
}
