/**
 * Label-schema helpers shared by DL3050–DL3058: value validators and the per-LABEL check that reports
 * the schema labels of one type whose value is invalid.
 */
import type { LabelType } from '../../config';
import type { KeyValue } from '../../parse';
import type { RuleContext, RuleView } from '../../types';
import { SPDX_LICENSE_IDS } from './spdx';

/** An absolute URI (RFC 3986): `scheme:` followed by URI characters, percent-escapes well formed. */
export function isUri(v: string): boolean {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:(.*)$/.exec(v);
  if (!m) return false;
  const rest = m[1];
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(rest)) return false;
  return !/%(?![0-9A-Fa-f]{2})/.test(rest);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 date-time: `2024-05-01T12:30:00Z`, `2024-05-01T12:30:00.123+02:00`. */
export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

/** A known SPDX license id, or a `LicenseRef-…` id. */
function isSpdxId(id: string): boolean {
  return (
    SPDX_LICENSE_IDS.has(id.toLowerCase()) ||
    /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)
  );
}

/**
 * An SPDX license expression: ids (optionally `+`), `AND`, `OR`, `WITH <exception>` and parentheses
 * (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`).
 */
export function isSpdxExpression(v: string): boolean {
  const tokens = v.match(/\(|\)|[^\s()]+/g);
  if (!tokens) return false;
  let i = 0;
  const atom = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t === '(') {
      i++;
      if (!expr() || tokens[i] !== ')') return false;
      i++;
      return true;
    }
    const id = t.endsWith('+') ? t.slice(0, -1) : t;
    if (!isSpdxId(id)) return false;
    i++;
    if (tokens[i]?.toUpperCase() === 'WITH') {
      i++;
      if (!/^[A-Za-z0-9.-]+$/.test(tokens[i] ?? '')) return false;
      i++;
    }
    return true;
  };
  const expr = (): boolean => {
    if (!atom()) return false;
    while (tokens[i] !== undefined && ['AND', 'OR'].includes(tokens[i].toUpperCase())) {
      i++;
      if (!atom()) return false;
    }
    return true;
  };
  return expr() && i === tokens.length;
}

/** A git commit hash: 7 (short) or 40 lower-case hex characters. */
export function isGitHash(v: string): boolean {
  return /^[0-9a-f]{7}$/.test(v) || /^[0-9a-f]{40}$/.test(v);
}

/** Semantic Versioning 2.0.0: `1.2.3`, `2.0.1-rc.1`, `1.0.0+build.5`. */
export function isSemver(v: string): boolean {
  const num = '(?:0|[1-9]\\d*)';
  const pre = `(?:${num}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
  const re = new RegExp(
    `^${num}\\.${num}\\.${num}(?:-${pre}(?:\\.${pre})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
  );
  return re.test(v);
}

/** An RFC 5322 addr-spec: `local@domain` (dot-atoms, quoted local part, `[…]` domain literal). */
export function isEmail(v: string): boolean {
  const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  const dotAtom = `${atext}(?:\\.${atext})*`;
  const quoted = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
  const literal = '\\[[^\\[\\]\\\\\\s]*\\]';
  return new RegExp(`^(?:${dotAtom}|${quoted})@(?:${dotAtom}|${literal})$`).test(v);
}

/** Schema label names of one type. */
export function schemaLabelsOfType(ctx: RuleView, type: LabelType): Set<string> {
  const out = new Set<string>();
  for (const [name, t] of Object.entries(ctx.config.labelSchema)) if (t === type) out.add(name);
  return out;
}

/**
 * For every LABEL: the pairs whose key is one of `labels` and whose value fails `valid`; reports the
 * first of them (one finding per instruction), listing the others in `{more}`.
 */
export function reportBadLabelValues<M extends string>(
  ctx: RuleContext<M>,
  labels: ReadonlySet<string>,
  valid: (value: string) => boolean,
  key: M,
): void {
  if (labels.size === 0) return;
  for (const instr of ctx.instructionsOf('LABEL')) {
    const bad: KeyValue[] = [];
    for (const p of instr.properties) {
      if (!labels.has(p.key) || valid(p.value ?? '')) continue;
      if (!bad.some((b) => b.key === p.key)) bad.push(p);
    }
    if (bad.length === 0) continue;
    const first = bad[0];
    const others = bad.slice(1).map((b) => `\`${b.key}\``);
    ctx.report(first.valueRange ?? first, key, {
      label: first.key,
      value: first.value ?? '',
      more: others.length ? ` (+ ${others.join(', ')})` : '',
    });
  }
}
