/** Which files `camadas lint` checks, and which ignore file Docker would use for a Dockerfile. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'build', '.docusaurus', 'coverage']);

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
  /** Inside a folder marked as generated (GENERATED_MARKER), e.g. the rule pages in docs/rules/. */
  generated?: boolean;
};

/** A folder holding this file contains generated pages (written by plugins/rule-docs). */
export const GENERATED_MARKER = '.camadas-generated';

/**
 * Expands the command-line paths: a file is linted as given (Markdown by extension, anything else as a
 * Dockerfile); a folder is searched for Dockerfiles and Markdown files. Throws `PathError` for a
 * missing path or a folder with nothing to lint.
 */
export class PathError extends Error {
  constructor(
    readonly kind: 'notFound' | 'nothingToLint' | 'unreadable',
    readonly path: string,
    readonly reason = '',
  ) {
    super(`${kind}: ${path}`);
  }
}

export function expandPaths(paths: readonly string[]): LintTarget[] {
  const targets: LintTarget[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new PathError('notFound', path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new PathError('unreadable', path, (error as Error).message);
    }
    if (!isDirectory) {
      targets.push({ path, kind: isMarkdownFile(path) ? 'markdown' : 'dockerfile' });
      continue;
    }
    const found = findLintTargets(path);
    if (found.length === 0) throw new PathError('nothingToLint', path);
    targets.push(...found);
  }
  return targets;
}

/** Dockerfiles and Markdown files under a folder (none if it does not exist). */
export function findLintTargets(dir: string): LintTarget[] {
  const found: LintTarget[] = [];
  if (existsSync(dir)) walk(dir, found, false);
  return found;
}

function walk(dir: string, out: LintTarget[], insideGenerated: boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new PathError('unreadable', dir, (error as Error).message);
  }
  const generated = insideGenerated || names.includes(GENERATED_MARKER);
  for (const name of names) {
    const full = join(dir, name);
    let isDirectory = false;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      continue; // a dangling link: nothing to lint
    }
    if (isDirectory) {
      if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) walk(full, out, generated);
    } else if (isMarkdownFile(name) && !name.startsWith('_')) {
      out.push({ path: full, kind: 'markdown', ...(generated ? { generated } : {}) });
    } else if (isDockerfileName(name)) {
      out.push({ path: full, kind: 'dockerfile' });
    }
  }
}

/** The ignore file Docker uses for this Dockerfile: `<name>.dockerignore` beside it, else `.dockerignore`. */
export function dockerignoreFor(dockerfile: string): string | undefined {
  for (const candidate of [`${dockerfile}.dockerignore`, join(dirname(dockerfile), '.dockerignore')]) {
    if (existsSync(candidate)) {
      try {
        return readFileSync(candidate, 'utf8');
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
