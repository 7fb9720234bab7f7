/** Edit distance, for "did you mean" hints on misspelt field names and values. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Text for a message, cut to its first 40 characters: a problem names a value, it does not repeat a megabyte of it. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Longer words are no typo of a field or a vocabulary word; comparing them would only cost time. */
const LONGEST_TYPO = 40;

/**
 * The closest candidate to `word` when it is plausibly a typo of it, or another word for it
 * (`synonyms`, such as "sitting" for "seated"), else undefined.
 */
export function closest(word: string, candidates: readonly string[], synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  if (word.length > LONGEST_TYPO) return undefined;
  const normal = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const meant = Object.hasOwn(synonyms, normal) ? synonyms[normal] : undefined;
  if (meant !== undefined && candidates.includes(meant)) return meant;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(normal, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(normal.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: readonly string[], synonyms?: Readonly<Record<string, string>>): string {
  const hit = closest(word, candidates, synonyms);
  return hit && hit !== word ? ` (did you mean "${hit}"?)` : '';
}
