// Test stand-in for @docusaurus/Translate: renders the message of one locale's code.json, so rendering
// tests see the same strings readers do (TEST_LOCALE picks the locale, pt-BR by default).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';

const locale = process.env.TEST_LOCALE ?? 'pt-BR';
const messages = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'i18n', locale, 'code.json'), 'utf8'),
) as Record<string, { message: string }>;

const fill = (message: string, values: Record<string, unknown> = {}) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

export function translate(
  { id, message }: { id: string; message: string },
  values?: Record<string, unknown>,
): string {
  return fill(messages[id]?.message ?? message, values);
}

export default function Translate({
  id,
  values,
  children,
}: {
  id: string;
  values?: Record<string, unknown>;
  children: string;
}): ReactNode {
  return fill(messages[id]?.message ?? children, values);
}
