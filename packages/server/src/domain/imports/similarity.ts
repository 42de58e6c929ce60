/** Lower-case word tokens, with hyphens and punctuation treated as spaces ("Money-Laundering" = "money laundering"). */
export function wordTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');
}

/**
 * Jaccard similarity of the word sets of two texts (1 = same words). Used to recognise a
 * paragraph in a new version of a document when its number changed.
 */
export function tokenJaccard(a: string, b: string): number {
  const left = new Set(wordTokens(a));
  const right = new Set(wordTokens(b));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return shared / (left.size + right.size - shared);
}
