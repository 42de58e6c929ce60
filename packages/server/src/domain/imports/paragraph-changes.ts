import type { ParagraphChange } from '@mandate-tracker/shared';
import { tokenJaccard } from './similarity.ts';
import type { StoredParagraph } from './store-structure.ts';

/** Paragraphs this similar at the same place count as edited rather than removed and added. */
const SAME_PARAGRAPH = 0.5;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function change(kind: ParagraphChange['kind'], paragraph: StoredParagraph): ParagraphChange {
  return { kind, resolution: paragraph.resolutionLabel, part: paragraph.part, paragraph: paragraph.number };
}

/**
 * Lists the paragraphs added, removed or edited between two versions of a document. Identical
 * text counts as unchanged even when renumbered; similar text in the same resolution and part,
 * or else the same printed number, counts as edited.
 */
export function paragraphChanges(
  previous: readonly StoredParagraph[],
  next: readonly StoredParagraph[],
): ParagraphChange[] {
  const freePrevious = new Set(previous);
  const unmatchedNext: StoredParagraph[] = [];
  const previousByText = new Map<string, StoredParagraph[]>();
  for (const paragraph of previous) {
    const key = `${paragraph.resolutionLabel}|${collapse(paragraph.text)}`;
    previousByText.set(key, [...(previousByText.get(key) ?? []), paragraph]);
  }
  for (const paragraph of next) {
    const candidates = previousByText.get(`${paragraph.resolutionLabel}|${collapse(paragraph.text)}`) ?? [];
    const same = candidates.find((candidate) => freePrevious.has(candidate));
    if (same === undefined) unmatchedNext.push(paragraph);
    else freePrevious.delete(same);
  }

  const changes: ParagraphChange[] = [];
  const added: StoredParagraph[] = [];
  for (const paragraph of unmatchedNext) {
    const samePlace = (candidate: StoredParagraph) =>
      candidate.resolutionLabel === paragraph.resolutionLabel &&
      candidate.part === paragraph.part &&
      candidate.annexIndex === paragraph.annexIndex;
    // Similar wording first: when paragraphs were renumbered, the same number may hold other text.
    const counterpart =
      [...freePrevious].find(
        (candidate) => samePlace(candidate) && tokenJaccard(candidate.text, paragraph.text) >= SAME_PARAGRAPH,
      ) ??
      [...freePrevious].find(
        (candidate) => samePlace(candidate) && paragraph.number !== null && candidate.number === paragraph.number,
      );
    if (counterpart === undefined) {
      added.push(paragraph);
    } else {
      freePrevious.delete(counterpart);
      changes.push(change('edited', paragraph));
    }
  }
  for (const paragraph of added) changes.push(change('added', paragraph));
  for (const paragraph of freePrevious) changes.push(change('removed', paragraph));
  return changes;
}
