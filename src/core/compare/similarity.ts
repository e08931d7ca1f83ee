/** Text similarity for matching renamed steps: normalized Levenshtein distance, in [0, 1]. */

/**
 * 1 − edit distance / longer length; 1 for equal texts, 0 when nothing is shared. With `atLeast`, pairs whose
 * lengths alone rule that similarity out return 0 without computing the distance.
 */
export function nameSimilarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const longer = Math.max(a.length, b.length);
  if (1 - Math.abs(a.length - b.length) / longer < atLeast) return 0;
  return 1 - levenshtein(a, b) / longer;
}

/** Edit distance (insert, delete, substitute) with one row of memory. */
export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  const row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
