/** Exec form (`["cmd", "arg"]`) as Docker reads it. */

/** Parse a JSON array of strings the way Docker does for exec form; `null` when it is not one. */
export function parseExecForm(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // not JSON: shell form
  }
  return null;
}
