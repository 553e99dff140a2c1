/**
 * Layer facts of a snippet for the reader (shown by the theme's CodeBlock): stages, base images, and
 * which instructions add a layer to the image *as BuildKit builds it* (the default builder since
 * Docker Engine 23): RUN, COPY, ADD, and every WORKDIR whose path is not `/`, versus metadata-only ones
 * (ENV, LABEL, CMD…). The legacy builder treats WORKDIR differently; the counts never describe it.
 * Pure data, JSON-serialisable. Never throws.
 */
import { buildModel, type InstructionModel } from './parse';

export type InstructionKind = 'layer' | 'metadata' | 'stage' | 'build-arg';

export interface SummaryInstruction {
  line: number;
  keyword: string;
  kind: InstructionKind;
  /** Stage index (`null` before the first FROM). */
  stage: number | null;
}

export interface SummaryStage {
  index: number;
  name: string | null;
  line: number;
  /** Base as written (`node:20`, `build`, `scratch`), `null` when missing. */
  base: string | null;
  /** Index of the earlier stage it builds on, if it does. */
  parentStage: number | null;
  layers: number;
  metadata: number;
}

export interface SnippetSummary {
  fragment: boolean;
  stages: SummaryStage[];
  /** External base images (not earlier stages), in order, without duplicates. */
  baseImages: string[];
  instructions: SummaryInstruction[];
  /** Instructions that add a filesystem layer. */
  layers: number;
  /** Instructions that only change image metadata/config. */
  metadata: number;
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export function kindOf(keyword: string): InstructionKind {
  if (keyword === 'FROM') return 'stage';
  if (keyword === 'ARG') return 'build-arg';
  return LAYER_KEYWORDS.has(keyword) ? 'layer' : 'metadata';
}

/** Joins and cleans a POSIX path like Go's `path.Join`/`path.Clean` (no Node import: the engine runs in browsers). */
export function resolveWorkdir(cwd: string, raw: string): string {
  const parts: string[] = [];
  for (const seg of (raw.startsWith('/') ? raw : `${cwd}/${raw}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/**
 * BuildKit (`dispatchWorkdir` in dockerfile2llb) resolves the path against the current working
 * directory and, unless the result is `/`, runs a mkdir and commits a layer — an empty one when the
 * directory already exists (empty layers are kept since 2022). A relative path is resolved against the
 * WORKDIR of this stage or of the stage it builds on; an external base image's own WORKDIR is unknown
 * here and taken as `/`, the default of most images. A path with a variable is assumed not to be `/`.
 */
function classify(model: ReturnType<typeof buildModel>): Map<InstructionModel, InstructionKind> {
  const kinds = new Map<InstructionModel, InstructionKind>();
  const finalCwd = new Map<number, string>();
  for (const stage of model.stages) {
    let cwd = (stage.parent ? finalCwd.get(stage.parent.index) : undefined) ?? '/';
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'WORKDIR') continue;
      const raw = instr.argsText.trim().replace(/^(["'])(.*)\1$/, '$2');
      cwd = resolveWorkdir(cwd, raw);
      kinds.set(instr, cwd === '/' && !raw.includes('$') ? 'metadata' : 'layer');
    }
    finalCwd.set(stage.index, cwd);
  }
  return kinds;
}

export function summarize(text: string): SnippetSummary {
  try {
    const model = buildModel(text);
    const workdirs = classify(model);
    const kind = (i: InstructionModel) => workdirs.get(i) ?? kindOf(i.keyword);
    const instructions: SummaryInstruction[] = model.instructions.map((i) => ({
      line: i.range.line,
      keyword: i.keyword,
      kind: kind(i),
      stage: i.stage ? i.stage.index : null,
    }));
    const stages: SummaryStage[] = model.stages.map((s) => {
      const kinds = s.instructions.map(kind);
      return {
        index: s.index,
        name: s.name,
        line: s.from.range.line,
        base: s.image ? s.image.raw : null,
        parentStage: s.parent ? s.parent.index : null,
        layers: kinds.filter((k) => k === 'layer').length,
        metadata: kinds.filter((k) => k === 'metadata').length,
      };
    });
    const baseImages: string[] = [];
    for (const s of model.stages) {
      if (s.parent || !s.image) continue;
      if (!baseImages.includes(s.image.raw)) baseImages.push(s.image.raw);
    }
    return {
      fragment: !model.hasFrom,
      stages,
      baseImages,
      instructions,
      layers: instructions.filter((i) => i.kind === 'layer').length,
      metadata: instructions.filter((i) => i.kind === 'metadata').length,
    };
  } catch {
    return { fragment: true, stages: [], baseImages: [], instructions: [], layers: 0, metadata: 0 };
  }
}
