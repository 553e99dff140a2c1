/** "Did you mean" suggestions: the known ids closest to an unknown one (case-insensitive edit distance). */
export function nearestIds(id: string, candidates: readonly string[], limit: number): string[] {
  const target = id.toLowerCase();
  const scored = candidates.map((candidate) => ({
    candidate,
    distance: editDistance(target, candidate.toLowerCase()),
  }));
  const best = scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  const threshold = Math.max(2, Math.ceil(target.length / 3));
  return best
    .filter((s) => s.distance <= threshold)
    .slice(0, limit)
    .map((s) => s.candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
