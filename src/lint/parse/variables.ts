/** Variables and scopes: which ARG and ENV definitions each instruction sees. */
import type { Scope, VarDef } from './model';

/**
 * The variables of one stage (or the global ARGs), kept as a history per name: an ARG or ENV appends
 * to it and a scope is just (table, version), so a file of N definitions costs O(N) time and memory
 * instead of a copy of the whole map per definition (N² for a long list of ENV lines).
 * A child stage (`FROM builder`) reads through to its parent's final scope; a long chain of such
 * stages is flattened every MAX_CHAIN links so lookups stay cheap.
 */
export class VarTable {
  /** Made on the first definition: most stages define no ARG or no ENV. */
  private history: Map<string, { version: number; def: VarDef }[]> | null = null;
  version = 0;
  readonly depth: number;
  private readonly base: VarView | null;
  constructor(base: VarView | null) {
    if (base && base.table.depth >= MAX_CHAIN) {
      const history = new Map<string, { version: number; def: VarDef }[]>();
      for (const [name, def] of base.map()) history.set(name, [{ version: 0, def }]);
      this.history = history;
      this.base = null;
      this.depth = 0;
    } else {
      this.base = base;
      this.depth = base ? base.table.depth + 1 : 0;
    }
  }
  set(name: string, def: VarDef): void {
    this.version++;
    this.history ??= new Map();
    const h = this.history.get(name);
    if (h) h.push({ version: this.version, def });
    else this.history.set(name, [{ version: this.version, def }]);
  }
  get(name: string, version: number): VarDef | undefined {
    const h = this.history?.get(name);
    if (h && h[0].version <= version) {
      let lo = 0;
      let hi = h.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (h[mid].version <= version) lo = mid;
        else hi = mid - 1;
      }
      return h[lo].def;
    }
    return this.base?.get(name);
  }
  /** Every visible definition at `version`, in first-definition order (base first). */
  materialise(version: number): Map<string, VarDef> {
    const out = this.base ? new Map(this.base.map()) : new Map<string, VarDef>();
    const history = this.history;
    if (history === null) return out;
    for (const name of history.keys()) {
      const def = this.get(name, version);
      if (def && (history.get(name)?.[0].version ?? Infinity) <= version) out.set(name, def);
    }
    return out;
  }
  view(): VarView {
    return new VarView(this, this.version);
  }
}

export const MAX_CHAIN = 32;

/** A table as it was at one version: what one instruction sees. */
export class VarView {
  private cached: Map<string, VarDef> | undefined;
  constructor(
    readonly table: VarTable,
    readonly version: number,
  ) {}
  get(name: string): VarDef | undefined {
    return this.table.get(name, this.version);
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
  map(): ReadonlyMap<string, VarDef> {
    this.cached ??= this.table.materialise(this.version);
    return this.cached;
  }
}

export class Scoper implements Scope {
  constructor(
    private readonly argsView: VarView,
    private readonly envView: VarView,
  ) {}
  /** Materialised on first use (a few rules list the names); lookups go through `get`/`has`. */
  get args(): ReadonlyMap<string, VarDef> {
    return this.argsView.map();
  }
  get env(): ReadonlyMap<string, VarDef> {
    return this.envView.map();
  }
  has(name: string): boolean {
    return this.envView.has(name) || this.argsView.has(name);
  }
  get(name: string): VarDef | undefined {
    return this.envView.get(name) ?? this.argsView.get(name);
  }
  /** The views a child stage inherits. */
  views(): { args: VarView; env: VarView } {
    return { args: this.argsView, env: this.envView };
  }
}

export const EMPTY_SCOPE: Scoper = new Scoper(new VarTable(null).view(), new VarTable(null).view());
