/**
 * The known word a misspelt one was most likely meant to be ("endpiont" → "endpoint",
 * "privacy_notice_url" → "privacyNoticeUrl"), or `undefined` when none is close enough to say
 * "did you mean". Case, `-` and `_` are ignored; then a few typed letters may differ.
 */
export function nearestWord(typed: string, known: readonly string[]): string | undefined {
  const plain = (w: string) => w.toLowerCase().replace(/[-_\s]/g, '');
  const target = plain(typed);
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(target.length / 3)) + 1;
  for (const word of known) {
    const d = editDistance(target, plain(word));
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
