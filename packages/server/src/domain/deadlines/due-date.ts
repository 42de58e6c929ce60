import { BODY_IDS, firstDueOccurrence, type ObligationTiming, type SessionLookup } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { loadSessionLookup } from '../sessions/index.ts';

/** An obligation as stored or as extracted; body and relation may be plain strings from the database. */
export interface ObligationTimingInput {
  body: string;
  session: number | null;
  untilSession: number | null;
  relation: string;
  due: string | null;
  recurrence: string | null;
}

const RELATIONS = new Set(['at', 'before', 'between', 'for-consideration-at', 'by-date', 'within']);
const RECURRENCES = new Set(['annual', 'biennial', 'triennial', 'quadrennial']);
const BODIES: ReadonlySet<string> = new Set(BODY_IDS);

/** Validates the stored strings into the shared timing type; null when they cannot be dated. */
export function toObligationTiming(input: ObligationTimingInput): ObligationTiming | null {
  if (!BODIES.has(input.body) || !RELATIONS.has(input.relation)) return null;
  return {
    body: input.body as ObligationTiming['body'],
    session: input.session,
    untilSession: input.untilSession,
    relation: input.relation as ObligationTiming['relation'],
    due: input.due,
    recurrence:
      input.recurrence !== null && RECURRENCES.has(input.recurrence)
        ? (input.recurrence as ObligationTiming['recurrence'])
        : null,
  };
}

/**
 * A synchronous resolver over sessions loaded once, for computing many due dates in one
 * transaction (e.g. at import).
 */
export async function createDueDateResolver(
  db: Kysely<Database>,
): Promise<(obligation: ObligationTimingInput) => string | null> {
  const lookup: SessionLookup = await loadSessionLookup(db);
  return (obligation) => {
    const timing = toObligationTiming(obligation);
    return timing === null ? null : (firstDueOccurrence(timing, lookup)?.dueDate ?? null);
  };
}

/**
 * The due date of an obligation: its session's opening date ('at', 'before',
 * 'for-consideration-at'; listed or projected), the opening of the later session ('between'),
 * or the extracted date ('by-date', 'within'). For recurring obligations, the first occurrence.
 * Null when the session cannot be dated (e.g. Security Council) or the text gives no date.
 * Called by the import pipeline to fill `reporting_obligation.due_date`.
 */
export async function resolveDueDate(db: Kysely<Database>, obligation: ObligationTimingInput): Promise<string | null> {
  return (await createDueDateResolver(db))(obligation);
}
