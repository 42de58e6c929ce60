import {
  FUNDING_STATES,
  mandateReference,
  type Fund,
  type FundingFigures,
  type FundingState,
  type MandateFunding,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { sumAmounts, toAmount } from '../projects/amounts.ts';

/*
 * Funding definitions (one place, used by every funding view, the exports and the dashboard):
 *
 * - A mandate's budget lines are the lines linked to it directly plus every line of a project
 *   linked to it; a line reached both ways is counted once.
 * - need (planned cost) = the sum of those lines' amounts.
 * - The contributions towards a mandate are the contributions to those lines plus the
 *   contributions to its linked projects (with or without a line); each contribution once.
 *   A contribution to a line that is linked directly, but whose project is not linked, counts
 *   only through that line.
 * - funded = pledged + paid (a pledge is a commitment); gap = max(0, need − funded).
 * - state: 'funded' when funded > 0 and funded ≥ need; 'partly-funded' when 0 < funded < need;
 *   'unfunded' when nothing reaches the mandate (including mandates with no links at all).
 * - A line or contribution shared by several mandates counts in full for each of them (the
 *   per-mandate question is "is the work this mandate needs paid for?"); totals over many
 *   mandates count each line and contribution once.
 * - Amounts are taken as US dollars: the sample data and the UNODC figures are in USD, and
 *   no exchange rates are kept.
 */

export interface LedgerLine {
  id: number;
  title: string;
  fund: Fund;
  amount: number;
  projectId: number | null;
  sample: boolean;
}

export interface LedgerContribution {
  id: number;
  donorId: number;
  budgetLineId: number | null;
  projectId: number | null;
  amount: number;
  state: 'pledged' | 'paid';
  earmarked: boolean;
}

export interface LedgerProject {
  id: number;
  code: string;
  title: string;
  theme: string | null;
  sample: boolean;
}

export interface LedgerMandate {
  id: number;
  reference: string;
  documentSymbol: string | null;
  resolutionLabel: string;
  paragraphNumber: string | null;
  action: string;
  unodcFacing: boolean;
  projectIds: number[];
  budgetLineIds: number[];
}

/** Everything the funding views need, read in a handful of queries. */
export interface FundingLedger {
  mandates: LedgerMandate[];
  projects: Map<number, LedgerProject>;
  lines: Map<number, LedgerLine>;
  contributions: LedgerContribution[];
}

/** Reads mandates with their links, projects, budget lines and contributions. */
export async function loadFundingLedger(
  db: Kysely<Database>,
  scope: { mandateIds?: readonly number[]; unodcFacing?: boolean | null } = {},
): Promise<FundingLedger> {
  let mandateQuery = db
    .selectFrom('mandate')
    .innerJoin('document', 'document.id', 'mandate.document_id')
    .innerJoin('resolution', 'resolution.id', 'mandate.resolution_id')
    .innerJoin('paragraph', 'paragraph.id', 'mandate.paragraph_id')
    .select([
      'mandate.id',
      'document.symbol',
      'resolution.label',
      'paragraph.number',
      'mandate.action',
      'mandate.unodc_facing',
    ]);
  if (scope.mandateIds !== undefined) {
    if (scope.mandateIds.length === 0) {
      return { mandates: [], projects: new Map(), lines: new Map(), contributions: [] };
    }
    mandateQuery = mandateQuery.where('mandate.id', 'in', [...scope.mandateIds]);
  }
  if (scope.unodcFacing !== undefined && scope.unodcFacing !== null) {
    mandateQuery = mandateQuery.where('mandate.unodc_facing', '=', scope.unodcFacing);
  }
  const [mandateRows, projectLinks, lineLinks, projectRows, lineRows, contributionRows] = await Promise.all([
    mandateQuery.orderBy('mandate.id').execute(),
    db.selectFrom('mandate_project').select(['mandate_id', 'project_id']).execute(),
    db.selectFrom('mandate_budget_line').select(['mandate_id', 'budget_line_id']).execute(),
    db.selectFrom('project').select(['id', 'code', 'title', 'theme', 'sample']).execute(),
    db.selectFrom('budget_line').select(['id', 'title', 'fund', 'amount', 'project_id', 'sample']).execute(),
    db
      .selectFrom('contribution')
      .select(['id', 'donor_id', 'budget_line_id', 'project_id', 'amount', 'state', 'earmarked'])
      .execute(),
  ]);
  const projectsOf = new Map<number, number[]>();
  for (const link of projectLinks)
    projectsOf.set(link.mandate_id, [...(projectsOf.get(link.mandate_id) ?? []), link.project_id]);
  const linesOf = new Map<number, number[]>();
  for (const link of lineLinks)
    linesOf.set(link.mandate_id, [...(linesOf.get(link.mandate_id) ?? []), link.budget_line_id]);
  return {
    mandates: mandateRows.map((row) => ({
      id: row.id,
      reference: mandateReference(row.symbol, row.label, row.number),
      documentSymbol: row.symbol,
      resolutionLabel: row.label,
      paragraphNumber: row.number,
      action: row.action,
      unodcFacing: row.unodc_facing,
      projectIds: projectsOf.get(row.id) ?? [],
      budgetLineIds: linesOf.get(row.id) ?? [],
    })),
    projects: new Map(projectRows.map((row) => [row.id, row])),
    lines: new Map(
      lineRows.map((row) => [
        row.id,
        {
          id: row.id,
          title: row.title,
          fund: row.fund,
          amount: toAmount(row.amount),
          projectId: row.project_id,
          sample: row.sample,
        },
      ]),
    ),
    contributions: contributionRows.map((row) => ({
      id: row.id,
      donorId: row.donor_id,
      budgetLineId: row.budget_line_id,
      projectId: row.project_id,
      amount: toAmount(row.amount),
      state: row.state,
      earmarked: row.earmarked,
    })),
  };
}

/**
 * The ledger's lines by project and contributions by line and by project, each list in ledger
 * order, so {@link mandateReach} looks up what a mandate's links reach instead of scanning every
 * line and contribution once per mandate (100,000 mandates × thousands of lines otherwise).
 */
interface LedgerIndex {
  linesByProject: Map<number, LedgerLine[]>;
  contributionsByLine: Map<number, LedgerContribution[]>;
  contributionsByProject: Map<number, LedgerContribution[]>;
  lineOrder: Map<number, number>;
  contributionOrder: Map<LedgerContribution, number>;
}

const ledgerIndexes = new WeakMap<FundingLedger, LedgerIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function indexOf(ledger: FundingLedger): LedgerIndex {
  const known = ledgerIndexes.get(ledger);
  if (known !== undefined) return known;
  const index: LedgerIndex = {
    linesByProject: new Map(),
    contributionsByLine: new Map(),
    contributionsByProject: new Map(),
    lineOrder: new Map(),
    contributionOrder: new Map(),
  };
  let position = 0;
  for (const line of ledger.lines.values()) {
    index.lineOrder.set(line.id, position++);
    if (line.projectId !== null) push(index.linesByProject, line.projectId, line);
  }
  ledger.contributions.forEach((contribution, order) => {
    index.contributionOrder.set(contribution, order);
    if (contribution.budgetLineId !== null) push(index.contributionsByLine, contribution.budgetLineId, contribution);
    if (contribution.projectId !== null) push(index.contributionsByProject, contribution.projectId, contribution);
  });
  ledgerIndexes.set(ledger, index);
  return index;
}

/** The lines and contributions that reach a mandate, each once (see the definitions above). */
export function mandateReach(
  ledger: FundingLedger,
  mandate: LedgerMandate,
): { lines: LedgerLine[]; contributions: LedgerContribution[]; viaProject: Map<number, string> } {
  const index = indexOf(ledger);
  const lines = new Map<number, LedgerLine>();
  const viaProject = new Map<number, string>();
  for (const id of mandate.budgetLineIds) {
    const line = ledger.lines.get(id);
    if (line !== undefined) lines.set(id, line);
  }
  // Lines of linked projects in ledger order, after the directly linked ones (as a scan of the ledger gives).
  const projectLines = mandate.projectIds
    .flatMap((projectId) => index.linesByProject.get(projectId) ?? [])
    .sort((a, b) => index.lineOrder.get(a.id)! - index.lineOrder.get(b.id)!);
  for (const line of projectLines) {
    if (!lines.has(line.id)) viaProject.set(line.id, ledger.projects.get(line.projectId!)?.code ?? '');
    lines.set(line.id, line);
  }
  const reached = new Set<LedgerContribution>();
  for (const id of lines.keys()) for (const contribution of index.contributionsByLine.get(id) ?? []) reached.add(contribution);
  for (const projectId of mandate.projectIds) {
    for (const contribution of index.contributionsByProject.get(projectId) ?? []) reached.add(contribution);
  }
  const contributions = [...reached].sort(
    (a, b) => index.contributionOrder.get(a)! - index.contributionOrder.get(b)!,
  );
  return { lines: [...lines.values()], contributions, viaProject };
}

/** Need, pledged, paid, funded and gap for a set of lines and contributions. */
export function fundingFigures(
  lines: readonly LedgerLine[],
  contributions: readonly LedgerContribution[],
): FundingFigures {
  const need = sumAmounts(lines.map((line) => line.amount));
  const pledged = sumAmounts(contributions.filter((c) => c.state === 'pledged').map((c) => c.amount));
  const paid = sumAmounts(contributions.filter((c) => c.state === 'paid').map((c) => c.amount));
  const funded = sumAmounts([pledged, paid]);
  return { need, pledged, paid, funded, gap: Math.max(0, sumAmounts([need, -funded])) };
}

/** The funding state of figures, by the definitions above. */
export function fundingState(figures: FundingFigures): FundingState {
  if (figures.funded <= 0) return 'unfunded';
  return figures.funded >= figures.need ? 'funded' : 'partly-funded';
}

/** Counts per funding state, every state present. */
export function emptyStateCounts(): Record<FundingState, number> {
  return Object.fromEntries(FUNDING_STATES.map((state) => [state, 0])) as Record<FundingState, number>;
}

/** The funding of one mandate of the ledger. */
export function mandateFunding(ledger: FundingLedger, mandate: LedgerMandate): MandateFunding {
  const reach = mandateReach(ledger, mandate);
  const figures = fundingFigures(reach.lines, reach.contributions);
  return {
    mandateId: mandate.id,
    reference: mandate.reference,
    documentSymbol: mandate.documentSymbol,
    resolutionLabel: mandate.resolutionLabel,
    paragraphNumber: mandate.paragraphNumber,
    action: mandate.action,
    ...figures,
    state: fundingState(figures),
    projects: mandate.projectIds
      .map((id) => ledger.projects.get(id))
      .filter((project) => project !== undefined)
      .map((project) => ({ id: project.id, code: project.code, title: project.title, sample: project.sample })),
    budgetLines: reach.lines.map((line) => ({
      id: line.id,
      title: line.title,
      fund: line.fund,
      amount: line.amount,
      viaProject: reach.viaProject.get(line.id) ?? null,
      sample: line.sample,
    })),
  };
}
