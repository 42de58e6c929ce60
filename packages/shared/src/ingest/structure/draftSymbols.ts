import { matchesAtLiteral } from './scan.ts';

const ADOPTED_AS = /\(see para(?:graph)?s?\.? \d{1,3}, draft (resolution|decision)(?: ([IVXLC]+))?\)/g;
const DRAFT_SYMBOL = /\b((?:A|E)\/(?:[A-Za-z0-9.]+\/)*L\.\d+(?:\/Rev\.\d+)?)/g;

/**
 * Which draft each recommended resolution was adopted from, read from the report's account of
 * its proceedings: "the Committee adopted draft resolution A/C.3/65/L.13 (see para. 32,
 * draft resolution I)". Keys are "resolution I" / "decision" / "decision II".
 */
export function findDraftSymbols(text: string, from: number, to: number): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const match of matchesAtLiteral(text, '(see para', ADOPTED_AS, from, to)) {
    const windowStart = Math.max(from, match.index - 400);
    const window = text.slice(windowStart, match.index);
    let symbol: string | null = null;
    DRAFT_SYMBOL.lastIndex = 0;
    for (let found = DRAFT_SYMBOL.exec(window); found; found = DRAFT_SYMBOL.exec(window)) symbol = found[1]!;
    const key = match[2] ? `${match[1]} ${match[2]}` : match[1]!;
    if (symbol && !symbols.has(key)) symbols.set(key, symbol);
  }
  return symbols;
}
