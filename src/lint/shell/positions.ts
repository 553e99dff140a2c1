/** Maps positions in a piece of shell source back to Dockerfile spans. */
import type { DockerfileModel, InstructionModel, Span } from '../parse';
import type { ShellSource } from './model';

/**
 * The arguments of an instruction from character `skip` on, as a shell source: positions are mapped
 * by the instruction (`argsOffset`); the per-character `offsets` array is built only if something
 * asks for it.
 */
export class ArgsSource implements ShellSource {
  readonly heredoc = null;
  private offs: number[] | null = null;
  constructor(
    readonly text: string,
    readonly instr: InstructionModel,
    readonly skip: number,
  ) {}
  get offsets(): number[] {
    if (this.offs === null) {
      const all = this.instr.argsOffsets;
      this.offs = this.skip === 0 ? all : all.slice(this.skip);
    }
    return this.offs;
  }
}

/**
 * A source whose characters sit one after another in `model.text` from `start` (a heredoc body, a
 * quoted `sh -c` script): positions are mapped by arithmetic; the per-character `offsets` array is
 * built only if something asks for it.
 */
export class LinearSource implements ShellSource {
  private offs: number[] | null = null;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly heredoc: string | null,
  ) {}
  get offsets(): number[] {
    if (this.offs === null) {
      const out: number[] = new Array(this.text.length);
      for (let i = 0; i < this.text.length; i++) out[i] = this.start + i;
      this.offs = out;
    }
    return this.offs;
  }
}

export class Positions {
  private byteTable: number[] | null | undefined;
  constructor(
    private readonly model: DockerfileModel,
    readonly src: ShellSource,
  ) {}

  /**
   * Char index of a UTF-8 byte offset (mvdan-sh reports byte offsets). The byte→char table is built
   * on first use, and only for non-ASCII sources.
   */
  charIndex(byteOffset: number): number {
    if (this.byteTable === undefined) this.byteTable = byteToCharTable(this.src.text);
    if (!this.byteTable) return byteOffset;
    return this.byteTable[Math.min(byteOffset, this.byteTable.length - 1)];
  }

  /** Model-text offset for a char index in the source (end = exclusive). */
  modelOffset(charIndex: number, isEnd: boolean): number {
    const src = this.src;
    if (src instanceof ArgsSource) {
      // the instruction maps its own characters: no offset array is built
      const n = src.text.length;
      if (n === 0) return 0;
      if (isEnd) return src.instr.argsOffset(src.skip + Math.min(Math.max(charIndex - 1, 0), n - 1)) + 1;
      return src.instr.argsOffset(src.skip + Math.min(Math.max(charIndex, 0), n - 1));
    }
    if (src instanceof LinearSource) {
      const n = src.text.length;
      if (n === 0) return 0;
      if (isEnd) return src.start + Math.min(Math.max(charIndex - 1, 0), n - 1) + 1;
      return src.start + Math.min(Math.max(charIndex, 0), n - 1);
    }
    const offs = src.offsets;
    if (offs.length === 0) return 0;
    if (isEnd) {
      const i = Math.min(Math.max(charIndex - 1, 0), offs.length - 1);
      return offs[i] + 1;
    }
    return offs[Math.min(Math.max(charIndex, 0), offs.length - 1)];
  }

  spanOfChars(start: number, end: number): Span {
    const a = this.modelOffset(start, false);
    const b = Math.max(this.modelOffset(end, true), a);
    return this.model.spanOfOffsets(a, b);
  }
}

function byteToCharTable(text: string): number[] | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  if (/^[\x00-\x7f]*$/.test(text)) return null;
  const table: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const n = enc.encode(ch).length;
    for (let b = 0; b < n; b++) table.push(i);
    if (ch.length === 2) i++;
  }
  table.push(text.length);
  return table;
}
