/** Image references (`registry/name:tag@digest`). */
import type { ImageRef, Span } from './model';

/** Parse an image reference (`registry/name:tag@digest`). */
export function parseImageRef(raw: string, range: Span): ImageRef {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon).includes('/')) {
    // a ':' inside `${VAR:-x}` is not a tag separator
    const before = rest.slice(0, colon);
    const opens = (before.match(/\$\{/g) ?? []).length;
    const closes = (before.match(/\}/g) ?? []).length;
    if (opens === closes) {
      tag = rest.slice(colon + 1);
      rest = before;
    }
  }
  return { raw, registry, name: rest, tag, digest, hasVariables: raw.includes('$'), range };
}
