import type { PreviousMandate } from './previous-version.ts';
import { tokenJaccard } from './similarity.ts';
import type { StoredMandate } from './store-structure.ts';

/** Paragraph texts at least this similar (word-set Jaccard) are the same paragraph, renumbered or lightly edited. */
export const NEAR_IDENTICAL = 0.9;

export interface MandateMatch {
  previous: PreviousMandate;
  next: StoredMandate;
}

function placeKey(mandate: StoredMandate): string | null {
  const { paragraph } = mandate;
  if (paragraph.number === null) return null;
  return [
    paragraph.resolutionLabel,
    paragraph.part,
    paragraph.annexIndex ?? '',
    paragraph.number,
    mandate.clauseIndex,
  ].join('|');
}

/**
 * Pairs each mandate of the stored version with its counterpart in the new version:
 * 1. near-identical paragraph text in the same resolution, same clause (a paragraph that only
 *    moved or was touched up), preferring the same printed number;
 * 2. near-identical paragraph text anywhere in the document, same clause;
 * 3. same resolution label, part, paragraph number and clause index (an edited paragraph).
 * Text comes first so that a paragraph inserted mid-resolution does not shift planner data onto
 * its renumbered neighbours.
 */
export function matchMandates(previous: readonly PreviousMandate[], next: readonly StoredMandate[]): MandateMatch[] {
  const matches: MandateMatch[] = [];
  const freeNext = new Set(next);
  const freePrevious = new Set(previous);
  const similarity = new Map<string, number>();
  const similar = (a: StoredMandate, b: StoredMandate) => {
    const key = `${a.paragraph.id}:${b.paragraph.id}`;
    let value = similarity.get(key);
    if (value === undefined) {
      value = a.paragraph.text === b.paragraph.text ? 1 : tokenJaccard(a.paragraph.text, b.paragraph.text);
      similarity.set(key, value);
    }
    return value;
  };
  const take = (old: PreviousMandate, candidate: StoredMandate) => {
    matches.push({ previous: old, next: candidate });
    freePrevious.delete(old);
    freeNext.delete(candidate);
  };

  const byText = (sameResolution: boolean) => {
    for (const old of [...freePrevious]) {
      let best: StoredMandate | null = null;
      let bestScore = NEAR_IDENTICAL;
      for (const candidate of freeNext) {
        if (candidate.clauseIndex !== old.clauseIndex) continue;
        if (sameResolution && candidate.paragraph.resolutionLabel !== old.paragraph.resolutionLabel) continue;
        const score = similar(old, candidate) + (placeKey(candidate) === placeKey(old) ? 0.001 : 0);
        if (score >= bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best !== null) take(old, best);
    }
  };
  byText(true);
  byText(false);

  const nextByPlace = new Map<string, StoredMandate>();
  for (const candidate of freeNext) {
    const key = placeKey(candidate);
    if (key !== null) nextByPlace.set(key, candidate);
  }
  for (const old of [...freePrevious]) {
    const key = placeKey(old);
    const candidate = key === null ? undefined : nextByPlace.get(key);
    if (candidate !== undefined && freeNext.has(candidate)) take(old, candidate);
  }
  return matches;
}
