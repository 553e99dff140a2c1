/** Bilingual messages of the snippet checker (what contributors read when a snippet fails). */
import { formatMessage } from '../lint/engine';
import type { Locale } from '../lint/types';

const messages = {
  unexpected: {
    'pt-BR': '{message}',
    en: '{message}',
  },
  hintUnannotated: {
    'pt-BR':
      'Corrija o trecho ou, se ele é um exemplo ruim de propósito, anote a cerca com expect="{rule}". Regra: {url}',
    en: 'Fix the snippet or, if it is a deliberately bad example, annotate the fence with expect="{rule}". Rule: {url}',
  },
  hintNotExpected: {
    'pt-BR':
      'A regra {rule} disparou mas não está em expect="{expected}": corrija o trecho ou acrescente-a. Regra: {url}',
    en: 'Rule {rule} fired but is not in expect="{expected}": fix the snippet or add it. Rule: {url}',
  },
  missing: {
    'pt-BR': 'expect lista {rule}, mas essa regra não disparou neste trecho',
    en: 'expect lists {rule}, but that rule did not fire on this snippet',
  },
  hintMissing: {
    'pt-BR': 'Remova {rule} de expect ou mude o exemplo para que ele quebre essa regra. Regra: {url}',
    en: 'Remove {rule} from expect or change the example so that it breaks that rule. Rule: {url}',
  },
  unknownRule: {
    'pt-BR': 'expect cita a regra desconhecida "{rule}"{suggestion}',
    en: 'expect names the unknown rule "{rule}"{suggestion}',
  },
  suggestion: {
    'pt-BR': '; você quis dizer {ids}?',
    en: '; did you mean {ids}?',
  },
  emptyExpect: {
    'pt-BR': 'expect está vazio: liste as regras que o exemplo quebra, como expect="DL3006"',
    en: 'expect is empty: list the rules the example breaks, like expect="DL3006"',
  },
  emptyNolint: {
    'pt-BR': 'nolint exige um motivo: nolint="por que este trecho não é verificado"',
    en: 'nolint needs a reason: nolint="why this snippet is not checked"',
  },
  expectAndNolint: {
    'pt-BR': 'use expect ou nolint, não os dois no mesmo trecho',
    en: 'use expect or nolint, not both on the same snippet',
  },
  badFragment: {
    'pt-BR': 'fragment aceita true ou false, não "{detail}"',
    en: 'fragment takes true or false, not "{detail}"',
  },
  badLabel: {
    'pt-BR': 'label aceita true ou false, não "{detail}"',
    en: 'label takes true or false, not "{detail}"',
  },
  cannotParse: {
    'pt-BR': 'não pôde ser analisado: {reason}',
    en: 'cannot be parsed: {reason}',
  },
  gateSummary: {
    'pt-BR': 'Verificados {snippets} trechos de Dockerfile em {locales} idiomas em {ms} ms',
    en: 'Linted {snippets} Dockerfile snippets in {locales} locales in {ms} ms',
  },
  gateStops: {
    'pt-BR': '{count} problema(s) em trechos de Dockerfile; o build para aqui.',
    en: '{count} Dockerfile snippet problem(s); the build stops here.',
  },
  gateWarns: {
    'pt-BR': '{count} problema(s) em trechos de Dockerfile (o servidor de desenvolvimento continua no ar):',
    en: '{count} Dockerfile snippet problem(s) (the dev server keeps serving):',
  },
  unquoted: {
    'pt-BR': 'anotação malformada: {detail}',
    en: 'malformed annotation: {detail}',
  },
} as const;

export type MessageKey = keyof typeof messages;

export function message(key: MessageKey, locale: Locale, params: Record<string, string> = {}): string {
  return formatMessage(messages[key][locale], params);
}

/** The language of messages when none is asked for (the CLI's, the build gate's): Portuguese for a pt* environment, else English. */
export function defaultLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^pt/i.test(lang) ? 'pt-BR' : 'en';
}
