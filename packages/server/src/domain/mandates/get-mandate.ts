import type {
  AddresseeId,
  BodyId,
  MandateDetail,
  MandateResource,
  MandateVerb,
  OverrideField,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { StoredMandateSpans, StoredResource } from '../../db/tables/documents.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { listMandateSuggestions } from '../suggestions/index.ts';
import { effective, mandatesWithContext } from './effective.ts';
import { listColumns, toListItems } from './list-mandates.ts';
import { loadObligations } from './obligations.ts';

function toResources(
  resources: readonly StoredResource[] | readonly { kind: string; text: string; span?: unknown }[],
): MandateResource[] {
  return resources.map((resource) => ({
    kind: resource.kind as MandateResource['kind'],
    text: resource.text,
    span: (resource.span as MandateResource['span'] | undefined) ?? null,
  }));
}

/**
 * Everything the mandate page shows: the paragraph and extraction spans, the resolution and
 * document it comes from, effective values and the extractor's originals, obligations with
 * session dates, deliverables, linked projects and budget lines, and link suggestions.
 * @throws AppError NOT_FOUND
 */
export async function getMandate(db: Kysely<Database>, id: number): Promise<MandateDetail> {
  const row = await mandatesWithContext(db)
    .select(listColumns())
    .select([
      'm.notes',
      'm.spans',
      'm.verbs as extracted_verbs',
      'm.addressees as extracted_addressees',
      'm.action as extracted_action',
      'm.resources as extracted_resources',
      effective.resources.as('effective_resources'),
      'p.id as paragraph_id',
      'p.annex_index',
      'p.text as paragraph_text',
      'r.kind as resolution_kind',
      'r.draft_symbol',
      'd.title as document_title',
      'd.body as document_body',
      'd.session as document_session',
      'd.adopted as document_adopted',
      'd.subjects as document_subjects',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw new AppError('NOT_FOUND', `There is no mandate ${id}.`);
  const [item] = await toListItems(db, [row]);
  const extractedObligations = await loadObligations(db, [id], 'extracted');
  const overrides = await db
    .selectFrom('mandate_override')
    .select(['field', 'value', 'created_at', 'created_by'])
    .where('mandate_id', '=', id)
    .orderBy('field')
    .execute();
  const deliverables = await db
    .selectFrom('deliverable')
    .select(['id', 'title', 'kind', 'due_date', 'status', 'owner', 'sample'])
    .where('mandate_id', '=', id)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  const projects = await db
    .selectFrom('mandate_project')
    .innerJoin('project', 'project.id', 'mandate_project.project_id')
    .select(['project.id', 'project.code', 'project.title', 'mandate_project.sample'])
    .where('mandate_project.mandate_id', '=', id)
    .orderBy('project.code')
    .execute();
  const budgetLines = await db
    .selectFrom('mandate_budget_line')
    .innerJoin('budget_line', 'budget_line.id', 'mandate_budget_line.budget_line_id')
    .select([
      'budget_line.id',
      'budget_line.title',
      'budget_line.fund',
      'budget_line.amount',
      'budget_line.currency',
      'mandate_budget_line.sample',
    ])
    .where('mandate_budget_line.mandate_id', '=', id)
    .orderBy('budget_line.id')
    .execute();
  const spans = row.spans as StoredMandateSpans;
  return {
    ...item!,
    paragraph: {
      id: row.paragraph_id,
      number: row.paragraph_number,
      part: row.part === 'annex' ? 'annex' : 'operative',
      annexIndex: row.annex_index,
      text: row.paragraph_text,
    },
    spans,
    resolution: {
      id: row.resolution_id,
      label: row.resolution_label,
      title: row.resolution_title,
      kind: row.resolution_kind,
      draftSymbol: row.draft_symbol,
      adoptedSymbol: row.adopted_symbol,
    },
    document: {
      id: row.document_id,
      symbol: row.document_symbol,
      title: row.document_title,
      body: row.document_body as BodyId | null,
      session: row.document_session,
      adopted: row.document_adopted,
      subjects: row.document_subjects,
    },
    resources: toResources(row.effective_resources as StoredResource[]),
    notes: row.notes,
    extracted: {
      verbs: row.extracted_verbs as MandateVerb[],
      addressees: row.extracted_addressees as AddresseeId[],
      action: row.extracted_action,
      resources: toResources(row.extracted_resources),
      reporting: extractedObligations.get(id) ?? [],
    },
    overrides: overrides.map((override) => ({
      field: override.field as OverrideField,
      value: override.value,
      createdAt: override.created_at,
      createdBy: override.created_by,
    })),
    deliverables: deliverables.map((deliverable) => ({
      id: deliverable.id,
      title: deliverable.title,
      kind: deliverable.kind,
      dueDate: deliverable.due_date,
      status: deliverable.status,
      owner: deliverable.owner,
      sample: deliverable.sample,
    })),
    projects: projects.map((project) => ({
      id: project.id,
      code: project.code,
      title: project.title,
      sample: project.sample,
    })),
    budgetLines: budgetLines.map((line) => ({
      id: line.id,
      title: line.title,
      fund: line.fund,
      amount: Number(line.amount),
      currency: line.currency,
      sample: line.sample,
    })),
    suggestions: await listMandateSuggestions(db, id),
  };
}
