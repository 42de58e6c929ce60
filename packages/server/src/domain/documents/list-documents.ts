import type { BodyId, DocumentListItem } from '@mandate-tracker/shared';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';

/** Every imported document, newest first, with counts of resolutions, mandates and warnings. */
export async function listDocuments(db: Kysely<Database>): Promise<DocumentListItem[]> {
  const rows = await db
    .selectFrom('document as d')
    .select([
      'd.id',
      'd.symbol',
      'd.title',
      'd.body',
      'd.session',
      'd.adopted',
      'd.on_report',
      'd.subjects',
      'd.imported_at',
      'd.imported_by',
      sql<number>`jsonb_array_length(d.warnings)`.as('warning_count'),
      sql<number>`(select count(*) from resolution r where r.document_id = d.id)`.as('resolution_count'),
      sql<number>`(select count(*) from mandate m where m.document_id = d.id)`.as('mandate_count'),
      sql<number>`(select count(*) from mandate m where m.document_id = d.id and m.unodc_facing)`.as(
        'unodc_facing_count',
      ),
    ])
    .orderBy('d.imported_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    symbol: row.symbol,
    title: row.title,
    body: row.body as BodyId | null,
    session: row.session,
    adopted: row.adopted,
    onReport: row.on_report,
    subjects: row.subjects,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    resolutionCount: Number(row.resolution_count),
    mandateCount: Number(row.mandate_count),
    unodcFacingCount: Number(row.unodc_facing_count),
    warningCount: Number(row.warning_count),
  }));
}
