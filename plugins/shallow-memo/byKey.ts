/** Code-point order of entries by key: a fixed order, with no collator behind it. */
export function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
