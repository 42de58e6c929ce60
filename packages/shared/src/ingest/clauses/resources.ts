import type { ResourceCondition, ResourceKind } from '../types.ts';

/**
 * Resource conditions and funding calls in a clause: "within existing resources", "subject to the
 * availability of extrabudgetary resources", "to provide extrabudgetary contributions", "in his
 * proposed programme budget", "with adequate resources". "The best possible use of existing
 * resources" is advice, not a condition, and is not matched.
 */

const PATTERNS: readonly [ResourceKind, RegExp][] = [
  [
    'within-existing-resources',
    /\bwithin\s+(?:the\s+(?:limits\s+of\s+|framework\s+of\s+)?)?(?:overall\s+)?(?:existing|available)\s+(?:[\w-]+\s+){0,3}?resources\b|\bwithin\s+(?:the\s+)?(?:existing|available)\s+(?:budgetary\s+)?(?:appropriations|means|funds)\b/gi,
  ],
  [
    'extrabudgetary',
    /\bsubject\s+to\s+the\s+availability\s+of\s+(?:extrabudgetary|voluntary)\s+(?:resources|funds|funding|contributions)\b|\b(?:from|through|with|using)\s+extrabudgetary\s+(?:resources|funds|funding)\b/gi,
  ],
  [
    'voluntary-contributions',
    /\b(?:provide|make|increase|continue\s+to\s+provide|consider\s+providing|contribute)\s+(?:\w+\s+){0,3}?(?:voluntary|extrabudgetary|financial)\s+(?:contributions|resources|funding|support)\b|\bvoluntary\s+contributions\b|\bto\s+contribute\s+(?:financially\s+)?to\s+the\s+[A-Z][^,;]{0,80}?\bFund\b/gi,
  ],
  [
    'regular-budget',
    /\b(?:from|within|under|through)\s+the\s+regular\s+budget\b|\bregular[-\s]budget\s+resources\b|\b(?:in|into)\s+(?:his|her|the)\s+proposed\s+programme\s+budget\b/gi,
  ],
  [
    'adequate-resources',
    /\b(?:adequate|sufficient|appropriate|necessary|additional)\s+(?:\w+\s+(?:and\s+\w+\s+)?)?(?:resources|funding|funds)\b|\bsufficient,\s+stable\s+and\s+predictable\s+funding\b|\bresources\s+commensurate\s+with\b/gi,
  ],
];

/** Words one of the patterns needs. */
const MONEY_WORDS = /resources|budget|contribut|funding|funds|Fund\b/u;

/** Resource conditions between `from` and `to` in `text`, in text order, one per phrase. */
export function findResources(text: string, from: number, to: number): ResourceCondition[] {
  const slice = text.slice(from, to);
  const found: ResourceCondition[] = [];
  // Most clauses say nothing about money; skip the patterns then.
  if (!MONEY_WORDS.test(slice)) return found;
  for (const [kind, pattern] of PATTERNS) {
    for (const match of slice.matchAll(pattern)) {
      const start = from + match.index;
      const end = start + match[0].length;
      // One phrase, one kind: "voluntary contributions" inside an extrabudgetary condition is not counted twice.
      if (found.some((other) => other.span.start < end && start < other.span.end)) continue;
      found.push({ kind, text: match[0], span: { start, end } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
