import {
  sessionName,
  type BodyId,
  type DeadlineStatus,
  type FundingState,
  type TMandateFilter,
} from '@mandate-tracker/shared';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { filteredMandates } from '../calendar/index.ts';
import { documentationLeadWeeks, listObligationDeadlines, todayUtc } from '../deadlines/index.ts';
import { fundingByMandate } from '../funding/index.ts';

/** One row of the mandate export (CSV and JSON): what a planner or donor takes into a spreadsheet. */
export interface MandateExportRow {
  id: number;
  reference: string;
  document: string | null;
  resolution: string;
  resolutionTitle: string;
  adoptedSymbol: string | null;
  paragraph: string | null;
  verbs: string[];
  addressees: string[];
  action: string;
  /** Every deadline's first occurrence: "2011-04-11 CCPCJ, 20th session". */
  deadlines: string[];
  /** The earliest due date among the obligations, or null. */
  nextDue: string | null;
  /** Whether `nextDue` rests on a projected session date. */
  nextDueProjected: boolean | null;
  deadlineStatus: DeadlineStatus | null;
  status: string;
  ownerUnit: string | null;
  projects: string[];
  fundingState: FundingState;
  need: number;
  funded: number;
  gap: number;
}

/**
 * The mandates matching a mandate-list filter, one row each in document order, with their
 * deadlines (first occurrence of each obligation), status, projects and funding.
 */
export async function mandateExportRows(
  db: Kysely<Database>,
  filter: TMandateFilter,
  options: { today?: string; leadWeeks?: number } = {},
): Promise<MandateExportRow[]> {
  const today = options.today ?? todayUtc();
  const mandates = await filteredMandates(db, filter);
  const ids = mandates.map((mandate) => mandate.id);
  const [deadlines, funding] = await Promise.all([
    listObligationDeadlines(db, {
      mandateIds: ids,
      today,
      leadWeeks: options.leadWeeks ?? documentationLeadWeeks(),
      // The table shows each obligation's first occurrence only.
      firstOnly: true,
    }),
    fundingByMandate(db, { mandateIds: ids, unodcFacing: null }),
  ]);
  const firstOccurrences = new Map<number, typeof deadlines>();
  for (const deadline of deadlines) {
    if (deadline.occurrence !== 0) continue;
    firstOccurrences.set(deadline.mandateId, [...(firstOccurrences.get(deadline.mandateId) ?? []), deadline]);
  }
  return mandates.map((mandate) => {
    const own = firstOccurrences.get(mandate.id) ?? [];
    const next = own[0];
    const money = funding.get(mandate.id);
    return {
      id: mandate.id,
      reference: mandate.reference,
      document: mandate.documentSymbol,
      resolution: mandate.resolutionLabel,
      resolutionTitle: mandate.resolutionTitle,
      adoptedSymbol: mandate.adoptedSymbol,
      paragraph: mandate.paragraphNumber,
      verbs: mandate.verbs,
      addressees: mandate.addressees,
      action: mandate.action,
      deadlines: own.map(
        (deadline) =>
          `${deadline.dueDate} ${deadline.session === null ? deadline.sessionName : sessionName(deadline.body as BodyId, deadline.session)}${deadline.projected ? ' (projected)' : ''}`,
      ),
      nextDue: next?.dueDate ?? null,
      nextDueProjected: next?.projected ?? null,
      deadlineStatus: next?.status ?? null,
      status: mandate.status,
      ownerUnit: mandate.ownerUnit,
      projects: money?.projects.map((project) => project.code) ?? [],
      fundingState: money?.state ?? 'unfunded',
      need: money?.need ?? 0,
      funded: money?.funded ?? 0,
      gap: money?.gap ?? 0,
    };
  });
}

const CSV_COLUMNS: { key: keyof MandateExportRow; header: string }[] = [
  { key: 'id', header: 'id' },
  { key: 'reference', header: 'reference' },
  { key: 'document', header: 'document' },
  { key: 'resolution', header: 'resolution' },
  { key: 'adoptedSymbol', header: 'adopted_symbol' },
  { key: 'resolutionTitle', header: 'resolution_title' },
  { key: 'paragraph', header: 'paragraph' },
  { key: 'verbs', header: 'verbs' },
  { key: 'addressees', header: 'addressees' },
  { key: 'action', header: 'action' },
  { key: 'nextDue', header: 'next_due' },
  { key: 'nextDueProjected', header: 'next_due_projected' },
  { key: 'deadlineStatus', header: 'deadline_status' },
  { key: 'deadlines', header: 'deadlines' },
  { key: 'status', header: 'status' },
  { key: 'ownerUnit', header: 'owner_unit' },
  { key: 'projects', header: 'projects' },
  { key: 'fundingState', header: 'funding_state' },
  { key: 'need', header: 'need_usd' },
  { key: 'funded', header: 'funded_usd' },
  { key: 'gap', header: 'gap_usd' },
];

/** Lists become "a; b" cells; null becomes an empty cell. */
function cell(value: MandateExportRow[keyof MandateExportRow]): string | number | boolean {
  if (Array.isArray(value)) return value.join('; ');
  if (value === null) return '';
  return value;
}

/** The export rows as RFC 4180 CSV with a header row (UTF-8 BOM so spreadsheets read accents). */
export function mandatesCsv(rows: readonly MandateExportRow[]): string {
  const body = stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => cell(row[column.key]))),
    { header: true, columns: CSV_COLUMNS.map((column) => column.header), cast: { boolean: (value) => String(value) } },
  );
  return `\uFEFF${body}`;
}
