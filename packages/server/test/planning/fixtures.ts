import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/types.ts';

/** A reporting obligation to store with a test mandate. */
export interface TestObligation {
  body: string;
  session: number | null;
  untilSession?: number | null;
  relation?: string;
  due?: string | null;
  recurrence?: string | null;
}

export interface TestMandate {
  symbol: string;
  resolution: string;
  paragraph: string;
  text: string;
  addressees?: string[];
  verbs?: string[];
  status?: 'open' | 'in-progress' | 'completed' | 'closed';
  ownerUnit?: string | null;
  obligations?: TestObligation[];
  subjects?: string[];
  body?: string;
}

/**
 * Stores a document, resolution, paragraph and mandate (with obligations) directly, for tests
 * of the planning code that must not depend on the parser. Reuses the document and resolution
 * when they exist. Returns the mandate and obligation ids.
 */
export async function insertTestMandate(
  db: Kysely<Database>,
  mandate: TestMandate,
): Promise<{ mandateId: number; obligationIds: number[] }> {
  const existingDocument = await db
    .selectFrom('document')
    .select('id')
    .where('symbol', '=', mandate.symbol)
    .executeTakeFirst();
  const documentId =
    existingDocument?.id ??
    (
      await db
        .insertInto('document')
        .values({
          symbol: mandate.symbol,
          body: mandate.body ?? 'ga',
          session: 65,
          title: `Test document ${mandate.symbol}`,
          adopted: null,
          on_report: null,
          agenda_items: JSON.stringify([105]),
          subjects: JSON.stringify(mandate.subjects ?? ['CRIME PREVENTION']),
          source_text: `source of ${mandate.symbol}`,
          content_hash: `hash-${mandate.symbol}`,
          imported_by: null,
          warnings: JSON.stringify([]),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const existingResolution = await db
    .selectFrom('resolution')
    .select('id')
    .where('document_id', '=', documentId)
    .where('label', '=', mandate.resolution)
    .executeTakeFirst();
  const resolutionId =
    existingResolution?.id ??
    (
      await db
        .insertInto('resolution')
        .values({
          document_id: documentId,
          position: 1,
          label: mandate.resolution,
          title: `Resolution ${mandate.resolution}`,
          kind: 'resolution',
          draft_symbol: null,
          adopted_symbol: null,
          start: 0,
          end: 100,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const paragraph = await db
    .insertInto('paragraph')
    .values({
      document_id: documentId,
      resolution_id: resolutionId,
      part: 'operative',
      annex_index: null,
      number: mandate.paragraph,
      position: Number(mandate.paragraph) || 1,
      text: mandate.text,
      start: 0,
      end: mandate.text.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const addressees = mandate.addressees ?? ['secretary-general'];
  const { id: mandateId } = await db
    .insertInto('mandate')
    .values({
      document_id: documentId,
      resolution_id: resolutionId,
      paragraph_id: paragraph.id,
      clause_index: 0,
      verbs: JSON.stringify(mandate.verbs ?? ['request']),
      addressees: JSON.stringify(addressees),
      action: mandate.text,
      resources: JSON.stringify([]),
      programmes: JSON.stringify([]),
      spans: JSON.stringify({ clause: { start: 0, end: 1 }, verbs: [], addressees: [], reporting: [], resources: [] }),
      start: 0,
      end: mandate.text.length,
      unodc_facing: addressees.some((addressee) =>
        ['unodc', 'unodc-executive-director', 'secretary-general', 'secretariat'].includes(addressee),
      ),
      status: mandate.status ?? 'open',
      owner_unit: mandate.ownerUnit ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const obligationIds: number[] = [];
  for (const obligation of mandate.obligations ?? []) {
    const row = await db
      .insertInto('reporting_obligation')
      .values({
        mandate_id: mandateId,
        body: obligation.body,
        session: obligation.session,
        until_session: obligation.untilSession ?? null,
        relation: obligation.relation ?? 'at',
        due_date: obligation.due ?? null,
        recurrence: obligation.recurrence ?? null,
        origin: 'extracted',
        inherited_from: null,
        span: JSON.stringify(null),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    obligationIds.push(row.id);
  }
  return { mandateId, obligationIds };
}

/** Paragraph I.14 of A/65/457 (abridged): reports to CCPCJ 20 and CND 54. */
export const I_14: TestMandate = {
  symbol: 'A/65/457',
  resolution: 'I',
  paragraph: '14',
  addressees: ['unodc-executive-director'],
  text: 'Requests the Executive Director of the United Nations Office on Drugs and Crime to report to the Commission on Crime Prevention and Criminal Justice at its twentieth session and to the Commission on Narcotic Drugs at its fifty-fourth session on the implementation of the present resolution.',
  obligations: [
    { body: 'ccpcj', session: 20 },
    { body: 'cnd', session: 54 },
  ],
};

/** Paragraph VI.36 of A/65/457 (abridged): a report to GA 66. */
export const VI_36: TestMandate = {
  symbol: 'A/65/457',
  resolution: 'VI',
  paragraph: '36',
  text: 'Requests the Secretary-General to submit to the General Assembly at its sixty-sixth session a report on the implementation of the present resolution.',
  obligations: [{ body: 'ga', session: 66 }],
};

/** Paragraph VI.14 of A/65/457 (abridged): the Global Programme against Money-Laundering. */
export const VI_14: TestMandate = {
  symbol: 'A/65/457',
  resolution: 'VI',
  paragraph: '14',
  addressees: ['unodc'],
  text: 'Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance through the Global Programme against Money-Laundering.',
  obligations: [],
};
