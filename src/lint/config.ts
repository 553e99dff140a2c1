/**
 * Configuration, `.hadolint.yaml`-compatible. All config logic lives here (rules only read
 * `ctx.config.trustedRegistries`, `ctx.config.labelSchema`, `ctx.config.strictLabels`).
 *
 * Keys: `ignored`, `override.{error,warning,info,style}`, `failure-threshold`, `trustedRegistries`,
 * `label-schema`, `strict-labels`, `disable-ignore-pragma`, `no-fail`; hadolint's CLI-only keys
 * (`format`, `no-color`, `verbose`, `output-file`) are accepted and ignored. Every id can be given by
 * any of a rule's names (BuildKit name or hadolint alias).
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Locale, Localized, Severity } from './types';
import { SEVERITIES } from './types';

export type LabelType = 'text' | 'url' | 'email' | 'rfc3339' | 'spdx' | 'hash' | 'semver';
export const LABEL_TYPES: readonly LabelType[] = [
  'text',
  'url',
  'email',
  'rfc3339',
  'spdx',
  'hash',
  'semver',
];

export type FailureThreshold = Severity | 'none';

export interface Config {
  ignored?: string[];
  override?: Partial<Record<Severity, string[]>>;
  'failure-threshold'?: FailureThreshold;
  trustedRegistries?: string[];
  'label-schema'?: Record<string, LabelType>;
  'strict-labels'?: boolean;
  'disable-ignore-pragma'?: boolean;
  'no-fail'?: boolean;
}

export interface ResolvedConfig {
  ignored: ReadonlySet<string>;
  /** Severity override by id (any of a rule's names). */
  severityOverrides: ReadonlyMap<string, Severity>;
  failureThreshold: FailureThreshold;
  /** Empty = not configured (DL3026 inactive). */
  trustedRegistries: readonly string[];
  /** Empty = not configured (label rules inactive). */
  labelSchema: Readonly<Record<string, LabelType>>;
  strictLabels: boolean;
  disableIgnorePragma: boolean;
  noFail: boolean;
}

export const CONFIG_DIAGNOSTIC_ID = 'CAM901';

export function resolveConfig(config: Config | undefined): ResolvedConfig {
  const c = config ?? {};
  const overrides = new Map<string, Severity>();
  for (const sev of SEVERITIES) for (const id of c.override?.[sev] ?? []) overrides.set(id, sev);
  return {
    ignored: new Set(c.ignored ?? []),
    severityOverrides: overrides,
    failureThreshold: c['failure-threshold'] ?? 'info',
    trustedRegistries: c.trustedRegistries ?? [],
    labelSchema: c['label-schema'] ?? {},
    strictLabels: c['strict-labels'] ?? false,
    disableIgnorePragma: c['disable-ignore-pragma'] ?? false,
    noFail: c['no-fail'] ?? false,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 };

/** Would these findings fail a run with this config (hadolint's failure-threshold, no-fail)? */
export function exceedsThreshold(
  diagnostics: readonly Diagnostic[],
  config?: Config | ResolvedConfig,
): boolean {
  const r = config && 'severityOverrides' in config ? config : resolveConfig(config as Config | undefined);
  if (r.noFail || r.failureThreshold === 'none') return false;
  const limit = SEVERITY_RANK[r.failureThreshold];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] <= limit);
}

const IGNORED_KEYS = new Set(['format', 'no-color', 'verbose', 'output-file']);

function configDiagnostic(
  message: Localized,
  locale: Locale,
  line: number,
  column: number,
  endColumn: number,
): Diagnostic {
  return {
    rule: CONFIG_DIAGNOSTIC_ID,
    aliases: [],
    severity: 'error',
    message: message[locale],
    line,
    column,
    endLine: line,
    endColumn,
    url: locale === 'en' ? `/en/docs/rules/${CONFIG_DIAGNOSTIC_ID}` : `/docs/rules/${CONFIG_DIAGNOSTIC_ID}`,
  };
}

/**
 * Parse a `.hadolint.yaml` text. Never throws: problems come back as CAM901 diagnostics (positions in
 * the YAML text) and the offending keys are dropped.
 */
export function parseConfig(
  text: string,
  locale: Locale = 'pt-BR',
): { config: Config; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    diagnostics.push(
      configDiagnostic({ 'pt-BR': `YAML inválido: ${msg}`, en: `Invalid YAML: ${msg}` }, locale, 1, 1, 2),
    );
    return { config: {}, diagnostics };
  }
  for (const err of doc.errors) {
    const p = lc.linePos(err.pos[0]);
    diagnostics.push(
      configDiagnostic(
        { 'pt-BR': `YAML inválido: ${err.message}`, en: `Invalid YAML: ${err.message}` },
        locale,
        p.line,
        p.col,
        p.col + 1,
      ),
    );
  }
  if (doc.errors.length > 0) return { config: {}, diagnostics };
  const posOf = (node: YamlNode | null | undefined): { line: number; col: number; end: number } => {
    const r = node?.range;
    if (!r) return { line: 1, col: 1, end: 2 };
    const a = lc.linePos(r[0]);
    const b = lc.linePos(r[1]);
    return { line: a.line, col: a.col, end: b.line === a.line ? b.col : a.col + 1 };
  };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { config: {}, diagnostics };
  }
  if (!isMap(contents)) {
    const p = posOf(contents as YamlNode);
    diagnostics.push(
      configDiagnostic(
        { 'pt-BR': 'A configuração deve ser um mapa YAML', en: 'The configuration must be a YAML mapping' },
        locale,
        p.line,
        p.col,
        p.end,
      ),
    );
    return { config: {}, diagnostics };
  }
  const raw: Record<string, unknown> = {};
  const keyNodes: Record<string, YamlNode> = {};
  for (const item of contents.items) {
    if (!isPair(item)) continue;
    const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
    raw[k] = (item.value as YamlNode | null)?.toJSON?.() ?? (isScalar(item.value) ? item.value.value : null);
    keyNodes[k] = item.key as YamlNode;
  }
  const result = validateConfig(raw, locale);
  // re-anchor diagnostics at the key they are about
  for (const d of result.diagnostics) {
    const key = Object.keys(keyNodes).find((k) => d.message.includes(`"${k}"`));
    if (key) {
      const p = posOf(keyNodes[key]);
      d.line = p.line;
      d.endLine = p.line;
      d.column = p.col;
      d.endColumn = p.end;
    }
    diagnostics.push(d);
  }
  return { config: result.config, diagnostics };
}

/** Validate a config object (from YAML or JSON). Unknown or ill-typed keys are reported and dropped. */
export function validateConfig(
  input: unknown,
  locale: Locale = 'pt-BR',
): { config: Config; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const config: Config = {};
  const bad = (key: string, expected: Localized) =>
    diagnostics.push(
      configDiagnostic(
        {
          'pt-BR': `Chave "${key}" inválida na configuração: ${expected['pt-BR']}`,
          en: `Invalid configuration key "${key}": ${expected.en}`,
        },
        locale,
        1,
        1,
        2,
      ),
    );
  if (input === null || input === undefined) return { config, diagnostics };
  if (typeof input !== 'object' || Array.isArray(input)) {
    bad('(root)', { 'pt-BR': 'esperado um mapa', en: 'expected a mapping' });
    return { config, diagnostics };
  }
  const isStringList = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    switch (key) {
      case 'ignored':
        if (isStringList(value)) config.ignored = value;
        else bad(key, { 'pt-BR': 'esperada uma lista de ids de regra', en: 'expected a list of rule ids' });
        break;
      case 'trustedRegistries':
        if (isStringList(value)) config.trustedRegistries = value;
        else bad(key, { 'pt-BR': 'esperada uma lista de registries', en: 'expected a list of registries' });
        break;
      case 'override': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          bad(key, { 'pt-BR': 'esperado um mapa severidade → ids', en: 'expected a severity → ids mapping' });
          break;
        }
        const o: Partial<Record<Severity, string[]>> = {};
        for (const [sev, ids] of Object.entries(value as Record<string, unknown>)) {
          if (!(SEVERITIES as readonly string[]).includes(sev)) {
            bad(`override.${sev}`, {
              'pt-BR': 'severidade desconhecida (use error, warning, info ou style)',
              en: 'unknown severity (use error, warning, info or style)',
            });
          } else if (!isStringList(ids)) {
            bad(`override.${sev}`, {
              'pt-BR': 'esperada uma lista de ids de regra',
              en: 'expected a list of rule ids',
            });
          } else o[sev as Severity] = ids;
        }
        config.override = o;
        break;
      }
      case 'failure-threshold':
        if (typeof value === 'string' && ([...SEVERITIES, 'none', 'ignore'] as string[]).includes(value)) {
          config['failure-threshold'] = value === 'ignore' ? 'none' : (value as FailureThreshold);
        } else
          bad(key, {
            'pt-BR': 'use error, warning, info, style ou none',
            en: 'use error, warning, info, style or none',
          });
        break;
      case 'label-schema': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          bad(key, { 'pt-BR': 'esperado um mapa rótulo → tipo', en: 'expected a label → type mapping' });
          break;
        }
        const schema: Record<string, LabelType> = {};
        for (const [label, type] of Object.entries(value as Record<string, unknown>)) {
          if (typeof type === 'string' && (LABEL_TYPES as readonly string[]).includes(type)) {
            schema[label] = type as LabelType;
          } else {
            bad(`label-schema.${label}`, {
              'pt-BR': `tipo desconhecido (use ${LABEL_TYPES.join(', ')})`,
              en: `unknown type (use ${LABEL_TYPES.join(', ')})`,
            });
          }
        }
        config['label-schema'] = schema;
        break;
      }
      case 'strict-labels':
      case 'disable-ignore-pragma':
      case 'no-fail':
        if (typeof value === 'boolean') config[key] = value;
        else bad(key, { 'pt-BR': 'esperado true ou false', en: 'expected true or false' });
        break;
      default:
        if (!IGNORED_KEYS.has(key)) {
          bad(key, { 'pt-BR': 'chave desconhecida', en: 'unknown key' });
        }
    }
  }
  return { config, diagnostics };
}

/** Severity of a rule after overrides (first of its ids that is overridden wins). */
export function effectiveSeverity(
  ids: readonly string[],
  defaultSeverity: Severity | 'off',
  config: ResolvedConfig,
): Severity | 'off' {
  for (const id of ids) {
    const o = config.severityOverrides.get(id);
    if (o) return o;
  }
  return defaultSeverity;
}
