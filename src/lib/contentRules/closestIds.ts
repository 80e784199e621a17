/** Up to three known ids closest to a mistyped one (edit distance, or one containing the other). */
export function closestIds(id: string, known: Iterable<string>): string[] {
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    const contains = id.length >= 3 && (candidate.includes(id) || id.includes(candidate));
    if (contains || distance <= Math.max(2, Math.floor(Math.max(id.length, candidate.length) / 3))) {
      scored.push({ candidate, score: contains ? Math.min(distance, 1) : distance });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((s) => s.candidate);
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
