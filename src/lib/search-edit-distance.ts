/**
 * Edit distance for typo tolerance: the number of inserted, deleted or substituted letters, or swapped
 * neighbours, that turn one word into another (optimal string alignment), as Algolia and Meilisearch
 * count typos. Stops early once the distance exceeds `max`, so scanning a vocabulary stays fast.
 */

/** The edit distance of `a` and `b`, or `max + 1` if it is larger than `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // Three rows of the dynamic-programming table: two rows back (for swaps), the last and the current.
  let before = new Array<number>(b.length + 1).fill(0);
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((last[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [before, last, current] = [last, current, before];
  }
  const distance = last[b.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
}

/**
 * How many typos a word of this length may have and still be corrected: none up to four letters
 * (too many short words are one letter apart), one up to eight, two beyond.
 */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}
