/** Typo detection for file and column names: edit distance, and “close enough to be a typo”. */

/** Close enough to be a typo: same letters ignoring case, _ - and spaces, or one edit apart. */
export function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  return editDistance(x, y) <= 1 || x.replace(/s$/, '') === y.replace(/s$/, '');
}

/** Levenshtein distance (insertions, deletions, substitutions of one UTF-16 unit each). */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min(
        (dp[j] ?? 0) + 1,
        (dp[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}
