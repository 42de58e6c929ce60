import {
  BODY_IDS,
  createSessionLookup,
  sessionName,
  type BodyId,
  type SessionDates,
  type SessionLookup,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';

/** A session as the API shows it: dates, source, whether projected, and its name. */
export interface SessionView extends SessionDates {
  name: string;
}

const KNOWN_BODIES: ReadonlySet<string> = new Set(BODY_IDS);

/** Narrows a body id read from the database; rows are constrained by foreign keys to `body`. */
export function asBodyId(value: string): BodyId {
  if (!KNOWN_BODIES.has(value)) throw new Error(`Unknown body "${value}" in the database`);
  return value as BodyId;
}

/** The sessions listed in the reference table (facts with sources), optionally for one body. */
export async function listListedSessions(db: Kysely<Database>, body?: BodyId): Promise<SessionDates[]> {
  let query = db
    .selectFrom('session')
    .select(['body', 'number', 'start_date', 'end_date', 'place', 'source', 'projected'])
    .orderBy('body')
    .orderBy('number');
  if (body !== undefined) query = query.where('body', '=', body);
  const rows = await query.execute();
  return rows.map((row) => ({
    body: asBodyId(row.body),
    number: row.number,
    startDate: row.start_date,
    endDate: row.end_date,
    place: row.place,
    source: row.source,
    projected: row.projected,
  }));
}

/**
 * A lookup answering from the listed sessions and projecting the rest (see
 * `projectSession` in shared/deadlines). Load once per request and reuse for many obligations.
 */
export async function loadSessionLookup(db: Kysely<Database>): Promise<SessionLookup> {
  return createSessionLookup(await listListedSessions(db));
}

/**
 * One session's dates: the listed row, or a projection marked `projected: true` with the rule
 * in `source`. Null when the body has no regularity to project from.
 */
export async function resolveSession(db: Kysely<Database>, body: BodyId, number: number): Promise<SessionView | null> {
  const session = (await loadSessionLookup(db))(body, number);
  return session === null ? null : withName(session);
}

function withName(session: SessionDates): SessionView {
  return { ...session, name: sessionName(session.body, session.number) };
}

/**
 * Every listed session plus a projection for each (body, number) that a reporting obligation
 * refers to (its session or the later session of a "between") but the table does not list.
 * Sorted by opening date.
 */
export async function listSessions(db: Kysely<Database>, filter: { body?: BodyId } = {}): Promise<SessionView[]> {
  const listed = await listListedSessions(db);
  const lookup = createSessionLookup(listed);
  const listedKeys = new Set(listed.map((session) => `${session.body}:${session.number}`));
  let referencedQuery = db
    .selectFrom('reporting_obligation')
    .select(['body', 'session', 'until_session'])
    .where((where) => where.or([where('session', 'is not', null), where('until_session', 'is not', null)]))
    .distinct();
  if (filter.body !== undefined) referencedQuery = referencedQuery.where('body', '=', filter.body);
  const referenced = await referencedQuery.execute();
  const projected = new Map<string, SessionDates>();
  for (const row of referenced) {
    if (!KNOWN_BODIES.has(row.body)) continue;
    for (const number of [row.session, row.until_session]) {
      const key = `${row.body}:${number}`;
      if (number === null || listedKeys.has(key) || projected.has(key)) continue;
      const session = lookup(asBodyId(row.body), number);
      if (session !== null) projected.set(key, session);
    }
  }
  return [
    ...listed.filter((session) => filter.body === undefined || session.body === filter.body),
    ...projected.values(),
  ]
    .map(withName)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.body.localeCompare(b.body));
}
