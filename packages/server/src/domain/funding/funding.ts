import {
  FUNDS,
  type DonorFunding,
  type Fund,
  type FundFunding,
  type FundingSummary,
  type MandateFunding,
  type TFundingSummary,
  type ThemeFunding,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../errors.ts';
import { sumAmounts } from '../projects/amounts.ts';
import {
  emptyStateCounts,
  fundingFigures,
  loadFundingLedger,
  mandateFunding,
  mandateReach,
  type FundingLedger,
  type LedgerContribution,
  type LedgerLine,
} from './ledger.ts';

/** Funding of each mandate in scope, keyed by mandate id (for exports and the dashboard). */
export async function fundingByMandate(
  db: Kysely<Database>,
  scope: { mandateIds?: readonly number[]; unodcFacing?: boolean | null } = {},
): Promise<Map<number, MandateFunding>> {
  const ledger = await loadFundingLedger(db, scope);
  return new Map(ledger.mandates.map((mandate) => [mandate.id, mandateFunding(ledger, mandate)]));
}

/** The funding of one mandate: its lines (direct or via projects), contributions, gap and state. */
export async function fundingForMandate(db: Kysely<Database>, mandateId: number): Promise<MandateFunding> {
  const funding = (await fundingByMandate(db, { mandateIds: [mandateId], unodcFacing: null })).get(mandateId);
  if (funding === undefined) throw new AppError('NOT_FOUND', `No mandate with id ${mandateId}`);
  return funding;
}

/**
 * Funding across mandates (UNODC-facing ones by default): each mandate's figures and state,
 * counts per state, and totals in which each budget line and contribution counts once.
 */
export async function fundingSummary(db: Kysely<Database>, input: TFundingSummary): Promise<FundingSummary> {
  const ledger = await loadFundingLedger(db, { unodcFacing: input.unodcFacing });
  const byState = emptyStateCounts();
  const lines = new Map<number, LedgerLine>();
  const contributions = new Map<number, LedgerContribution>();
  const mandates: MandateFunding[] = [];
  for (const mandate of ledger.mandates) {
    const funding = mandateFunding(ledger, mandate);
    if (input.state !== undefined && input.state.length > 0 && !input.state.includes(funding.state)) continue;
    byState[funding.state] += 1;
    const reach = mandateReach(ledger, mandate);
    for (const line of reach.lines) lines.set(line.id, line);
    for (const contribution of reach.contributions) contributions.set(contribution.id, contribution);
    mandates.push(funding);
  }
  return {
    ...fundingFigures([...lines.values()], [...contributions.values()]),
    mandateCount: mandates.length,
    byState,
    mandates,
  };
}

/** Mandate ids each contribution reaches, for the per-donor counts. */
function mandatesByContribution(ledger: FundingLedger): Map<number, Set<number>> {
  const reached = new Map<number, Set<number>>();
  for (const mandate of ledger.mandates) {
    for (const contribution of mandateReach(ledger, mandate).contributions) {
      const set = reached.get(contribution.id) ?? new Set<number>();
      set.add(mandate.id);
      reached.set(contribution.id, set);
    }
  }
  return reached;
}

/**
 * Per donor: pledged and paid totals, earmarked and un-earmarked shares, the projects funded,
 * and how many (UNODC-facing) mandates their money reaches. Largest donors first.
 */
export async function fundingByDonor(db: Kysely<Database>): Promise<DonorFunding[]> {
  const [ledger, donors] = await Promise.all([
    loadFundingLedger(db, { unodcFacing: true }),
    db.selectFrom('donor').select(['id', 'name', 'kind', 'sample']).execute(),
  ]);
  const reached = mandatesByContribution(ledger);
  return donors
    .map((donor) => {
      const own = ledger.contributions.filter((contribution) => contribution.donorId === donor.id);
      const projectIds = [...new Set(own.map((c) => c.projectId).filter((id) => id !== null))];
      const mandates = new Set(own.flatMap((c) => [...(reached.get(c.id) ?? [])]));
      return {
        donorId: donor.id,
        name: donor.name,
        kind: donor.kind,
        pledged: sumAmounts(own.filter((c) => c.state === 'pledged').map((c) => c.amount)),
        paid: sumAmounts(own.filter((c) => c.state === 'paid').map((c) => c.amount)),
        earmarked: sumAmounts(own.filter((c) => c.earmarked).map((c) => c.amount)),
        unearmarked: sumAmounts(own.filter((c) => !c.earmarked).map((c) => c.amount)),
        contributionCount: own.length,
        projects: projectIds
          .map((id) => ledger.projects.get(id))
          .filter((project) => project !== undefined)
          .map((project) => ({ id: project.id, code: project.code })),
        mandateCount: mandates.size,
        sample: donor.sample,
      };
    })
    .sort((a, b) => b.pledged + b.paid - (a.pledged + a.paid) || a.name.localeCompare(b.name));
}

/**
 * The fund a contribution feeds: its budget line's fund; without a line, un-earmarked money is
 * general-purpose and earmarked money special-purpose (fixtures/data/funding.md).
 */
function fundOfContribution(ledger: FundingLedger, contribution: LedgerContribution): Fund {
  const line = contribution.budgetLineId === null ? undefined : ledger.lines.get(contribution.budgetLineId);
  if (line !== undefined) return line.fund;
  return contribution.earmarked ? 'special-purpose' : 'general-purpose';
}

/** Per fund (regular budget, general-purpose, special-purpose, programme support): need, money and gap. */
export async function fundingByFund(db: Kysely<Database>): Promise<FundFunding[]> {
  // Lines and contributions are read whole whatever the mandate scope; every line counts here.
  const ledger = await loadFundingLedger(db, { unodcFacing: true });
  const allLines = [...ledger.lines.values()];
  return FUNDS.map((fund) => {
    const lines = allLines.filter((line) => line.fund === fund);
    const contributions = ledger.contributions.filter((c) => fundOfContribution(ledger, c) === fund);
    return { fund, budgetLineCount: lines.length, ...fundingFigures(lines, contributions) };
  });
}

/**
 * Per project theme: the planned cost of the theme's projects' lines, the money given to those
 * projects, and the funding states of the (UNODC-facing) mandates linked to them.
 */
export async function fundingByTheme(db: Kysely<Database>): Promise<ThemeFunding[]> {
  const ledger = await loadFundingLedger(db, { unodcFacing: true });
  const themes = new Map<string, number[]>();
  for (const project of ledger.projects.values()) {
    const theme = project.theme?.trim() || 'No theme';
    themes.set(theme, [...(themes.get(theme) ?? []), project.id]);
  }
  const fundingOf = new Map(ledger.mandates.map((mandate) => [mandate.id, mandateFunding(ledger, mandate)]));
  return [...themes.entries()]
    .map(([theme, projectIds]) => {
      const ids = new Set(projectIds);
      const lines = [...ledger.lines.values()].filter((line) => line.projectId !== null && ids.has(line.projectId));
      const lineIds = new Set(lines.map((line) => line.id));
      const contributions = ledger.contributions.filter(
        (c) =>
          (c.projectId !== null && ids.has(c.projectId)) || (c.budgetLineId !== null && lineIds.has(c.budgetLineId)),
      );
      const mandates = ledger.mandates.filter(
        (mandate) =>
          mandate.projectIds.some((id) => ids.has(id)) || mandate.budgetLineIds.some((id) => lineIds.has(id)),
      );
      const byState = emptyStateCounts();
      for (const mandate of mandates) byState[fundingOf.get(mandate.id)!.state] += 1;
      return {
        theme,
        projectCount: projectIds.length,
        mandateCount: mandates.length,
        byState,
        ...fundingFigures(lines, contributions),
      };
    })
    .sort((a, b) => b.need - a.need || a.theme.localeCompare(b.theme));
}
