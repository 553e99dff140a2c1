import { defineRule } from '../types';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's key format recommendations, or `null` when it is fine. */
/**
 * Docker Desktop extensions must carry these labels (`com.docker.desktop.extension.api.version`,
 * `com.docker.extension.screenshots`…): Docker defines them for extension authors to set.
 */
const EXTENSION_LABELS = ['com.docker.desktop.extension.', 'com.docker.extension.'];

function problem(key: string): 'reserved' | 'format' | null {
  if (EXTENSION_LABELS.some((ns) => key.startsWith(ns))) return null;
  if (RESERVED.some((ns) => key.startsWith(ns))) return 'reserved';
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return 'format';
  if (/[^a-z0-9._/-]/.test(key) || key.includes('..') || key.includes('--')) return 'format';
  return null;
}

/** DL3048 — malformed or reserved label key. */
export default defineRule({
  id: 'DL3048',
  severity: 'style',
  origin: 'hadolint',
  scope: 'instruction',
  title: {
    'pt-BR': 'Chave de rótulo inválida',
    en: 'Invalid label key',
  },
  messages: {
    format: {
      'pt-BR':
        'A chave de rótulo `{key}` foge do formato recomendado: comece com letra minúscula, termine com letra ou dígito e use só `a-z`, `0-9`, `.` e `-`{more}',
      en: 'The label key `{key}` breaks the recommended format: start with a lower-case letter, end with a letter or digit and use only `a-z`, `0-9`, `.` and `-`{more}',
    },
    reserved: {
      'pt-BR': 'A chave de rótulo `{key}` usa um namespace reservado ao Docker{more}',
      en: 'The label key `{key}` uses a namespace reserved for Docker{more}',
    },
  },
  rationale: {
    'pt-BR':
      'Rótulos são lidos por ferramentas (scanners, orquestradores, `docker inspect --format`), e chaves em ' +
      'formatos diferentes geram duplicatas como `Version` e `version`. A recomendação do Docker é usar ' +
      'minúsculas, dígitos, `.` e `-`, começar com letra, terminar com letra ou dígito, não repetir `..` ou ' +
      '`--` e prefixar com um domínio seu invertido (`org.opencontainers.image.version`, ' +
      '`com.example.team`). Os namespaces `com.docker.`, `io.docker.` e `org.dockerproject.` são reservados ' +
      'ao próprio Docker, exceto os rótulos que o Docker pede às extensões do Docker Desktop ' +
      '(`com.docker.desktop.extension.*`, `com.docker.extension.*`).',
    en:
      'Labels are read by tools (scanners, orchestrators, `docker inspect --format`), and keys in different ' +
      'styles create duplicates like `Version` and `version`. Docker recommends lower-case letters, digits, ' +
      '`.` and `-`, starting with a letter, ending with a letter or digit, no repeated `..` or `--`, and a ' +
      'prefix made of a reversed domain you own (`org.opencontainers.image.version`, `com.example.team`). ' +
      'The `com.docker.`, `io.docker.` and `org.dockerproject.` namespaces are reserved for Docker itself, ' +
      'except the labels Docker asks Docker Desktop extensions to set (`com.docker.desktop.extension.*`, ' +
      '`com.docker.extension.*`).',
  },
  differsFrom: {
    'pt-BR':
      '`_` e `/` são aceitos no meio da chave: a documentação do Docker os lista como caracteres válidos e ' +
      'chaves assim são comuns (hadolint/hadolint#1035).',
    en:
      '`_` and `/` are accepted inside the key: the Docker documentation lists them as valid characters and ' +
      'such keys are common (hadolint/hadolint#1035).',
  },
  examples: {
    bad: [
      'FROM debian:12-slim\nLABEL Maintainer="ana@example.com"\n',
      'LABEL com.docker.compose.project="web"\n',
    ],
    good: ['FROM debian:12-slim\nLABEL org.opencontainers.image.version="1.4.0" com.example.team="web"\n'],
  },
  check(ctx) {
    for (const label of ctx.instructionsOf('LABEL')) {
      const bad = label.properties.filter((p) => problem(p.key) !== null);
      if (bad.length === 0) continue;
      const first = bad[0];
      const others = bad.slice(1).map((p) => `\`${p.key}\``);
      ctx.report(first.keyRange, problem(first.key) ?? 'format', {
        key: first.key,
        more: others.length ? ` (+ ${others.join(', ')})` : '',
      });
    }
  },
});
