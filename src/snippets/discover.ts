/** Which files `camadas lint` checks, and which ignore file Docker would use for a Dockerfile. */
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Skipped wherever they are: dependencies and git's own store. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
/** Skipped next to a package.json (a project's build output and caches), walked anywhere else. */
const PROJECT_OUTPUT = new Set(['build', 'coverage', '.docusaurus']);

export function isMarkdownFile(path: string): boolean {
  return /\.mdx?$/i.test(path);
}

/** `Dockerfile`, `Containerfile`, `*.Dockerfile`, `Dockerfile.*` (and `*.Containerfile`, `Containerfile.*`). */
export function isDockerfileName(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.dockerignore')) return false;
  return /^(dockerfile|containerfile)(\..+)?$/.test(name) || /\.(dockerfile|containerfile)$/.test(name);
}

export type LintTarget = {
  path: string;
  kind: 'markdown' | 'dockerfile';
};

/**
 * Something about a path that was not linted. `error`s (the path was asked for and cannot be read)
 * make the run exit 2 once everything readable has been linted; the others are notes.
 */
export interface PathProblem {
  kind: 'notFound' | 'nothingToLint' | 'unreadable' | 'symlinkLoop' | 'symlinkCycle' | 'notRegular';
  path: string;
  reason?: string;
  error: boolean;
}

export interface Expansion {
  targets: LintTarget[];
  problems: PathProblem[];
}

/** Error codes a stat can give for a path that is there but cannot be followed. */
const loopCode = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOOP';
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Expands the command-line paths: a file is linted as given (Markdown by extension, anything else as a
 * Dockerfile); a folder is searched for Dockerfiles and Markdown files. Never throws: each path that
 * cannot be used becomes a problem, and every real file is linted once however many links lead to it.
 */
export function expandPaths(paths: readonly string[]): Expansion {
  const out: Expansion = { targets: [], problems: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      let exists = false;
      try {
        lstatSync(path);
        exists = true;
      } catch {}
      if (loopCode(error)) out.problems.push({ kind: 'symlinkLoop', path, error: true });
      else if (!exists || (error as NodeJS.ErrnoException).code === 'ENOENT')
        out.problems.push({ kind: 'notFound', path, error: true });
      else out.problems.push({ kind: 'unreadable', path, reason: codeOf(error), error: true });
      continue;
    }
    if (stats.isDirectory()) {
      const before = out.targets.length;
      walk(path, out, seen, new Set());
      if (out.targets.length === before && !out.problems.some((p) => p.error && p.path.startsWith(path)))
        out.problems.push({ kind: 'nothingToLint', path, error: true });
      continue;
    }
    if (!stats.isFile()) {
      out.problems.push({ kind: 'notRegular', path, error: true });
      continue;
    }
    const real = realOf(path);
    if (seen.has(real)) continue;
    seen.add(real);
    out.targets.push({ path, kind: isMarkdownFile(path) ? 'markdown' : 'dockerfile' });
  }
  return out;
}

function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Dockerfiles and Markdown files under a folder (none if it does not exist); problems are dropped. */
export function findLintTargets(dir: string): LintTarget[] {
  if (!existsSync(dir)) return [];
  const out: Expansion = { targets: [], problems: [] };
  walk(dir, out, new Set(), new Set());
  return out.targets;
}

/**
 * Every Markdown/MDX file under a Docusaurus content folder, for the build gate: what Docusaurus can
 * render from there, so no folder name is skipped (`build/`, `coverage/`, `node_modules/`, dot-folders
 * can hold pages or imported partials) and partials (`_x.mdx`, rendered where a page imports them) are
 * included. Symbolic link cycles are walked once.
 */
export function findContentFiles(dir: string): LintTarget[] {
  if (!existsSync(dir)) return [];
  const out: Expansion = { targets: [], problems: [] };
  walk(dir, out, new Set(), new Set(), true);
  return out.targets.filter((t) => t.kind === 'markdown');
}

function walk(
  dir: string,
  out: Expansion,
  seen: Set<string>,
  ancestors: Set<string>,
  everything = false,
): void {
  const real = realOf(dir);
  if (ancestors.has(real)) {
    out.problems.push({ kind: 'symlinkCycle', path: dir, reason: real, error: false });
    return;
  }
  if (seen.has(real)) return; // the same folder reached by another link: its files are already in
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    out.problems.push({ kind: 'unreadable', path: dir, reason: codeOf(error), error: true });
    return;
  }
  const isProjectRoot = names.includes('package.json');
  const inner = new Set(ancestors).add(real);
  for (const name of names) {
    const full = join(dir, name);
    let stats: Stats;
    try {
      stats = statSync(full);
    } catch (error) {
      if (loopCode(error)) out.problems.push({ kind: 'symlinkLoop', path: full, error: false });
      continue; // a dangling link: nothing to lint
    }
    if (stats.isDirectory()) {
      if (!everything && (ALWAYS_SKIPPED.has(name) || (isProjectRoot && PROJECT_OUTPUT.has(name)))) continue;
      walk(full, out, seen, inner, everything);
      continue;
    }
    const kind = isMarkdownFile(name) ? 'markdown' : isDockerfileName(name) ? 'dockerfile' : null;
    if (!kind) continue;
    if (!stats.isFile()) {
      out.problems.push({ kind: 'notRegular', path: full, error: false });
      continue;
    }
    const realFile = realOf(full);
    if (seen.has(realFile)) continue;
    seen.add(realFile);
    out.targets.push({ path: full, kind });
  }
}

/** The ignore file Docker uses for this Dockerfile: `<name>.dockerignore` beside it, else `.dockerignore`. */
export function dockerignoreFor(dockerfile: string): string | undefined {
  for (const candidate of [`${dockerfile}.dockerignore`, join(dirname(dockerfile), '.dockerignore')]) {
    try {
      if (!statSync(candidate).isFile()) continue;
      return readFileSync(candidate, 'utf8');
    } catch {}
  }
  return undefined;
}

/**
 * A page written by plugins/rule-docs carries this marker in its front matter (as a YAML comment);
 * such pages are linted with the fast fence scanner (`lintGeneratedMarkdown`).
 */
export const GENERATED_MARKER = 'camadas-generated: plugins/rule-docs';

export function isGeneratedPage(source: string): boolean {
  return source.startsWith('---\n') && source.slice(0, 400).includes(`# ${GENERATED_MARKER}`);
}
