/**
 * Configuration, `.hadolint.yaml`-compatible. All config logic lives here (rules only read
 * `ctx.config.trustedRegistries`, `ctx.config.labelSchema`, `ctx.config.strictLabels`).
 *
 * Keys: `ignored`, `override.{error,warning,info,style}`, `failure-threshold`, `trustedRegistries`,
 * `label-schema`, `strict-labels`, `disable-ignore-pragma`, `no-fail`; hadolint's CLI-only keys
 * (`format`, `no-color`, `verbose`, `output-file`) are accepted and ignored. Every id can be given by
 * any of a rule's names (BuildKit name or hadolint alias).
 */
import type * as Yaml from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { nearestIds } from './nearest';
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

/** The YAML parser, loaded on first use (only a run with a configuration file needs it). */
declare const require: (id: string) => unknown;
let yaml: typeof Yaml | null = null;
function yamlModule(): typeof Yaml {
  yaml ??= require('yaml') as typeof Yaml;
  return yaml;
}

function configDiagnostic(
  message: Localized,
  locale: Locale,
  line: number,
  column: number,
  endColumn: number,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  return {
    rule: CONFIG_DIAGNOSTIC_ID,
    aliases: [],
    severity,
    message: message[locale],
    line,
    column,
    endLine: line,
    endColumn,
    url: locale === 'en' ? `/en/docs/rules/${CONFIG_DIAGNOSTIC_ID}` : `/docs/rules/${CONFIG_DIAGNOSTIC_ID}`,
  };
}

/** Where a problem is in the configuration: the path of keys (and list indexes) to the node. */
type ConfigPath = (string | number)[];

interface ConfigProblem {
  path: ConfigPath;
  message: Localized;
  severity: 'error' | 'warning';
}

export interface ConfigOptions {
  /**
   * Every id a rule answers to. When given, an unknown id in `ignored` or `override` is reported (a
   * warning: it silences or changes nothing), with the nearest known ids.
   */
  knownIds?: readonly string[];
}

/** Longest piece of the file quoted in a message: a binary file must not print a screenful. */
const MAX_QUOTE = 120;
const quote = (text: string) => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced on purpose
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE)}…` : clean;
};

/** A NUL byte, or many control characters: not a YAML text. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

/**
 * Parse a `.hadolint.yaml` text. Never throws: problems come back as CAM901 diagnostics positioned at
 * the YAML node they are about, and the offending keys are dropped.
 */
export function parseConfig(
  text: string,
  locale: Locale = 'pt-BR',
  options: ConfigOptions = {},
): { config: Config; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (looksBinary(text)) {
    diagnostics.push(
      configDiagnostic(
        {
          'pt-BR': 'o arquivo não é texto YAML (conteúdo binário)',
          en: 'the file is not YAML text (binary content)',
        },
        locale,
        1,
        1,
        2,
      ),
    );
    return { config: {}, diagnostics };
  }
  const { isMap, isPair, isScalar, LineCounter, parseDocument } = yamlModule();
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  } catch (e) {
    const msg = quote(e instanceof Error ? e.message : String(e));
    diagnostics.push(
      configDiagnostic({ 'pt-BR': `YAML inválido: ${msg}`, en: `Invalid YAML: ${msg}` }, locale, 1, 1, 2),
    );
    return { config: {}, diagnostics };
  }
  for (const err of doc.errors) {
    const p = lc.linePos(err.pos[0]);
    const msg = quote(err.message.split('\n')[0]);
    diagnostics.push(
      configDiagnostic(
        { 'pt-BR': `YAML inválido: ${msg}`, en: `Invalid YAML: ${msg}` },
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
  // A null-prototype object, so a `__proto__` key is an ordinary (unknown) key, not a prototype.
  const raw: Record<string, unknown> = Object.create(null);
  for (const item of contents.items) {
    if (!isPair(item)) continue;
    const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
    raw[k] = (item.value as YamlNode | null)?.toJSON?.() ?? (isScalar(item.value) ? item.value.value : null);
  }
  /** The key node at `path` when the last step is a key, else the value node (a list item). */
  const nodeAt = (path: ConfigPath): YamlNode | undefined => {
    let node: unknown = contents;
    let found: YamlNode | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(step),
        );
        if (!pair || !isPair(pair)) return found;
        found = pair.key as YamlNode;
        node = pair.value;
      } else if (node && typeof node === 'object' && 'items' in node && typeof step === 'number') {
        const item = (node as { items: unknown[] }).items[step] as YamlNode | undefined;
        if (!item) return found;
        found = item;
        node = item;
      } else return found;
    }
    return found;
  };
  for (const problem of validate(raw, options)) {
    const p = posOf(nodeAt(problem.path));
    diagnostics.push(configDiagnostic(problem.message, locale, p.line, p.col, p.end, problem.severity));
  }
  return { config: configFrom(raw, options), diagnostics };
}

/** Validate a config object (from YAML or JSON). Unknown or ill-typed keys are reported and dropped. */
export function validateConfig(
  input: unknown,
  locale: Locale = 'pt-BR',
  options: ConfigOptions = {},
): { config: Config; diagnostics: Diagnostic[] } {
  return {
    config: configFrom(input, options),
    diagnostics: validate(input, options).map((p) =>
      configDiagnostic(p.message, locale, 1, 1, 2, p.severity),
    ),
  };
}

function configFrom(input: unknown, options: ConfigOptions): Config {
  return check(input, options).config;
}

function validate(input: unknown, options: ConfigOptions): ConfigProblem[] {
  return check(input, options).problems;
}

function check(input: unknown, options: ConfigOptions): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Config = {};
  const bad = (path: ConfigPath, expected: Localized) => {
    const key = path.join('.');
    problems.push({
      path,
      severity: 'error',
      message: {
        'pt-BR': `Chave "${key}" inválida na configuração: ${expected['pt-BR']}`,
        en: `Invalid configuration key "${key}": ${expected.en}`,
      },
    });
  };
  const known = options.knownIds ? new Set(options.knownIds) : null;
  /** Unknown ids are dropped from the list and reported at their item, with the nearest known ids. */
  const knownOnly = (path: ConfigPath, ids: string[]): string[] => {
    if (!known || !options.knownIds) return ids;
    return ids.filter((id, i) => {
      if (known.has(id)) return true;
      const near = nearestIds(id, options.knownIds ?? [], 3);
      const hint = near.length
        ? { 'pt-BR': `; você quis dizer ${near.join(', ')}?`, en: `; did you mean ${near.join(', ')}?` }
        : { 'pt-BR': '', en: '' };
      problems.push({
        path: [...path, i],
        severity: 'warning',
        message: {
          'pt-BR': `"${path.join('.')}" cita a regra desconhecida "${id}", que não muda nada${hint['pt-BR']}`,
          en: `"${path.join('.')}" names the unknown rule "${id}", which changes nothing${hint.en}`,
        },
      });
      return false;
    });
  };
  if (input === null || input === undefined) return { config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    bad(['(root)'], { 'pt-BR': 'esperado um mapa', en: 'expected a mapping' });
    return { config, problems };
  }
  const isStringList = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  for (const key of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[key];
    switch (key) {
      case 'ignored':
        if (isStringList(value)) config.ignored = knownOnly([key], value);
        else bad([key], { 'pt-BR': 'esperada uma lista de ids de regra', en: 'expected a list of rule ids' });
        break;
      case 'trustedRegistries':
        if (isStringList(value)) config.trustedRegistries = value;
        else bad([key], { 'pt-BR': 'esperada uma lista de registries', en: 'expected a list of registries' });
        break;
      case 'override': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          bad([key], {
            'pt-BR': 'esperado um mapa severidade → ids',
            en: 'expected a severity → ids mapping',
          });
          break;
        }
        const o: Partial<Record<Severity, string[]>> = {};
        for (const sev of Object.keys(value)) {
          const ids = (value as Record<string, unknown>)[sev];
          if (!(SEVERITIES as readonly string[]).includes(sev)) {
            bad([key, sev], {
              'pt-BR': 'severidade desconhecida (use error, warning, info ou style)',
              en: 'unknown severity (use error, warning, info or style)',
            });
          } else if (!isStringList(ids)) {
            bad([key, sev], {
              'pt-BR': 'esperada uma lista de ids de regra',
              en: 'expected a list of rule ids',
            });
          } else o[sev as Severity] = knownOnly([key, sev], ids);
        }
        config.override = o;
        break;
      }
      case 'failure-threshold':
        if (typeof value === 'string' && ([...SEVERITIES, 'none', 'ignore'] as string[]).includes(value)) {
          config['failure-threshold'] = value === 'ignore' ? 'none' : (value as FailureThreshold);
        } else
          bad([key], {
            'pt-BR': 'use error, warning, info, style ou none',
            en: 'use error, warning, info, style or none',
          });
        break;
      case 'label-schema': {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          bad([key], { 'pt-BR': 'esperado um mapa rótulo → tipo', en: 'expected a label → type mapping' });
          break;
        }
        const schema: Record<string, LabelType> = {};
        for (const label of Object.keys(value)) {
          const type = (value as Record<string, unknown>)[label];
          if (typeof type === 'string' && (LABEL_TYPES as readonly string[]).includes(type)) {
            Object.defineProperty(schema, label, {
              value: type,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else {
            bad([key, label], {
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
        else bad([key], { 'pt-BR': 'esperado true ou false', en: 'expected true or false' });
        break;
      default:
        if (!IGNORED_KEYS.has(key)) {
          bad([key], { 'pt-BR': 'chave desconhecida', en: 'unknown key' });
        }
    }
  }
  return { config, problems };
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
