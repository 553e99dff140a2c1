/** EXPOSE port specs, expanded like BuildKit does before it parses them (ExposeProtoCasing, ExposeInvalidFormat). */
import type { InstructionModel, Span } from '../../parse';
import type { RuleView } from '../../types';
import { expandWord, onFirstLine, whitespaceWords, wordSpan } from './words';

export interface PortSpec {
  /** The spec after variable expansion: `80/tcp`, `127.0.0.1:80:80`. */
  spec: string;
  /** Where it is written (the whole word). */
  span: Span;
}

/**
 * The port specs of an EXPOSE. A word with variables is expanded with the values known in its scope;
 * a word using a variable of unknown value is skipped (the check cannot know what it becomes).
 */
export function exposedPorts(ctx: RuleView, instr: InstructionModel): PortSpec[] {
  const out: PortSpec[] = [];
  for (const w of whitespaceWords(instr)) {
    let unknown = false;
    const e = expandWord(
      w.text,
      (name) => {
        const v = instr.scope.get(name)?.value;
        if (v === null || v === undefined) unknown = true;
        return v ?? undefined;
      },
      ctx.model.escapeChar,
    );
    if (!e.ok || unknown) continue;
    const span = onFirstLine(instr, wordSpan(ctx.model, w, 0, w.text.length));
    for (const spec of e.value.split(/\s+/)) if (spec) out.push({ spec, span });
  }
  return out;
}

/** BuildKit's split of `[ip:]hostPort:containerPort[/proto]`. */
export function splitPortSpec(spec: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = spec.split(':');
  if (parts.length === 1) return { ip: '', hostPort: '', containerPort: parts[0] };
  if (parts.length === 2) return { ip: '', hostPort: parts[0], containerPort: parts[1] };
  const n = parts.length;
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2], containerPort: parts[n - 1] };
}
