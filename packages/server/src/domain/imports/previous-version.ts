import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { StoredMandate, StoredParagraph } from './store-structure.ts';

/**
 * Planning tables that point at a mandate and move with it on re-import. They belong to the
 * planning migration, so they are addressed by name and skipped when absent.
 */
export const MANDATE_LINK_TABLES = [
  'deliverable',
  'mandate_project',
  'mandate_budget_line',
  'link_suggestion_dismissal',
] as const;
export type MandateLinkTable = (typeof MANDATE_LINK_TABLES)[number];

/** What a planner attached to a mandate: everything re-import must carry over. */
export interface PlannerData {
  status: string;
  ownerUnit: string | null;
  priority: string | null;
  notes: string | null;
  version: number;
  overrides: string[];
  enteredObligations: number;
  linked: Record<MandateLinkTable, number>;
}

export interface PreviousMandate extends StoredMandate {
  planner: PlannerData;
}

export interface PreviousVersion {
  resolutions: { id: number; label: string; adoptedSymbol: string | null }[];
  paragraphs: StoredParagraph[];
  mandates: PreviousMandate[];
}

/** Which of the planning link tables exist in this database. */
export async function existingLinkTables(trx: Kysely<Database>): Promise<MandateLinkTable[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_name in (${sql.join([...MANDATE_LINK_TABLES])})
  `.execute(trx);
  const present = new Set(rows.map((row) => row.table_name));
  return MANDATE_LINK_TABLES.filter((table) => present.has(table));
}

/** Loads the stored structure of a document and its planner data, before it is replaced. */
export async function loadPreviousVersion(
  trx: Kysely<Database>,
  documentId: number,
  linkTables: readonly MandateLinkTable[],
): Promise<PreviousVersion> {
  const resolutions = await trx
    .selectFrom('resolution')
    .select(['id', 'label', 'adopted_symbol'])
    .where('document_id', '=', documentId)
    .orderBy('position')
    .execute();
  const paragraphRows = await trx
    .selectFrom('paragraph')
    .innerJoin('resolution', 'resolution.id', 'paragraph.resolution_id')
    .select([
      'paragraph.id',
      'paragraph.resolution_id',
      'resolution.label',
      'paragraph.part',
      'paragraph.annex_index',
      'paragraph.number',
      'paragraph.text',
      'paragraph.start',
      'paragraph.end',
    ])
    .where('paragraph.document_id', '=', documentId)
    .orderBy('resolution.position')
    .orderBy('paragraph.position')
    .execute();
  const paragraphs: StoredParagraph[] = paragraphRows.map((row) => ({
    id: row.id,
    resolutionId: row.resolution_id!,
    resolutionLabel: row.label,
    part: row.part as StoredParagraph['part'],
    annexIndex: row.annex_index,
    number: row.number,
    text: row.text,
    start: row.start,
    end: row.end,
  }));
  const paragraphById = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));

  const mandateRows = await trx
    .selectFrom('mandate')
    .select(['id', 'paragraph_id', 'clause_index', 'action', 'status', 'owner_unit', 'priority', 'notes', 'version'])
    .where('document_id', '=', documentId)
    .orderBy('id')
    .execute();
  const mandateIds = mandateRows.map((row) => row.id);
  const obligations =
    mandateIds.length === 0
      ? []
      : await trx
          .selectFrom('reporting_obligation')
          .select(['id', 'mandate_id', 'body', 'session', 'relation', 'origin'])
          .where('mandate_id', 'in', mandateIds)
          .execute();
  const overrides =
    mandateIds.length === 0
      ? []
      : await trx
          .selectFrom('mandate_override')
          .select(['mandate_id', 'field'])
          .where('mandate_id', 'in', mandateIds)
          .execute();
  const linkCounts = new Map<string, number>();
  if (mandateIds.length > 0) {
    for (const table of linkTables) {
      const { rows } = await sql<{ mandate_id: number; count: number | string }>`
        select mandate_id, count(*) as count from ${sql.table(table)}
        where mandate_id in (${sql.join(mandateIds)}) group by mandate_id
      `.execute(trx);
      for (const row of rows) linkCounts.set(`${table}:${row.mandate_id}`, Number(row.count));
    }
  }

  const mandates: PreviousMandate[] = mandateRows.map((row) => {
    const own = obligations.filter((obligation) => obligation.mandate_id === row.id);
    return {
      id: row.id,
      paragraph: paragraphById.get(row.paragraph_id)!,
      clauseIndex: row.clause_index,
      action: row.action,
      obligations: own
        .filter((obligation) => obligation.origin === 'extracted')
        .map(({ id, body, session, relation }) => ({ id, body, session, relation })),
      planner: {
        status: row.status,
        ownerUnit: row.owner_unit,
        priority: row.priority,
        notes: row.notes,
        version: row.version,
        overrides: overrides.filter((override) => override.mandate_id === row.id).map((override) => override.field),
        enteredObligations: own.filter((obligation) => obligation.origin === 'entered').length,
        linked: Object.fromEntries(
          MANDATE_LINK_TABLES.map((table) => [table, linkCounts.get(`${table}:${row.id}`) ?? 0]),
        ) as Record<MandateLinkTable, number>,
      },
    };
  });
  return {
    resolutions: resolutions.map((row) => ({ id: row.id, label: row.label, adoptedSymbol: row.adopted_symbol })),
    paragraphs,
    mandates,
  };
}

/** What a planner would lose if this mandate were dropped, in words for the import report. */
export function describePlannerData(planner: PlannerData): string[] {
  const lost: string[] = [];
  if (planner.status !== 'open') lost.push(`status ${planner.status}`);
  if (planner.ownerUnit !== null) lost.push(`owner ${planner.ownerUnit}`);
  if (planner.priority !== null) lost.push(`priority ${planner.priority}`);
  if (planner.notes !== null && planner.notes.trim() !== '') lost.push('notes');
  for (const field of planner.overrides) lost.push(`override of ${field}`);
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (planner.enteredObligations > 0)
    lost.push(plural(planner.enteredObligations, 'entered deadline', 'entered deadlines'));
  if (planner.linked.deliverable > 0) lost.push(plural(planner.linked.deliverable, 'deliverable', 'deliverables'));
  if (planner.linked.mandate_project > 0)
    lost.push(plural(planner.linked.mandate_project, 'project link', 'project links'));
  if (planner.linked.mandate_budget_line > 0) {
    lost.push(plural(planner.linked.mandate_budget_line, 'budget line link', 'budget line links'));
  }
  if (planner.linked.link_suggestion_dismissal > 0) {
    lost.push(plural(planner.linked.link_suggestion_dismissal, 'dismissed suggestion', 'dismissed suggestions'));
  }
  return lost;
}
