import {
  addDays,
  DELIVERABLE_STATUSES,
  MANDATE_STATUSES,
  type CalendarEntry,
  type DeliverableStatus,
  type FundingState,
  type MandateStatus,
} from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { filteredMandateIds, mandateContexts, toCalendarEntry } from '../calendar/index.ts';
import { documentationLeadWeeks, summarizeDeadlines, todayUtc } from '../deadlines/index.ts';
import { emptyStateCounts, loadFundingLedger, mandateFunding } from '../funding/ledger.ts';

/** Deliverables of one owner, counted by status. */
export interface OwnerDeliverables {
  /** The owner as entered, or null for unassigned deliverables. */
  owner: string | null;
  total: number;
  byStatus: Record<DeliverableStatus, number>;
}

/** The planner workspace's figures at a glance. */
export interface Dashboard {
  today: string;
  leadWeeks: number;
  /** UNODC-facing mandates. */
  mandateCount: number;
  mandatesByStatus: Record<MandateStatus, number>;
  /** Deadlines (not met) due from today to today + 90 days. */
  dueSoon: number;
  /** Deadlines not met whose date has passed. */
  overdue: number;
  /** Deadlines met by a submitted or delivered deliverable. */
  met: number;
  /** UNODC-facing mandates that no contribution reaches. */
  unfunded: number;
  fundingByState: Record<FundingState, number>;
  /** The next deadlines not yet met, soonest first (at most 10). */
  upcoming: CalendarEntry[];
  deliverablesByStatus: Record<DeliverableStatus, number>;
  deliverablesByOwner: OwnerDeliverables[];
}

function emptyDeliverableCounts(): Record<DeliverableStatus, number> {
  return Object.fromEntries(DELIVERABLE_STATUSES.map((status) => [status, 0])) as Record<DeliverableStatus, number>;
}

/** How many of the next deadlines the dashboard lists. */
const UPCOMING_LIMIT = 10;

/**
 * Dashboard figures over UNODC-facing mandates: mandates by status, deadlines due in the next 90
 * days, overdue and met (up to five years ahead), unfunded mandates (see domain/funding for the
 * definition), and deliverables by owner and status. Deadlines are counted in one pass over the
 * obligations (domain/deadlines/deadline-summary.ts) rather than as calendar entries, so the
 * work grows with the number of obligations and memory stays small.
 */
export async function dashboard(
  db: Kysely<Database>,
  input: { today?: string },
  options: { leadWeeks?: number } = {},
): Promise<Dashboard> {
  const today = input.today ?? todayUtc();
  const leadWeeks = options.leadWeeks ?? documentationLeadWeeks();
  const [statusRows, deadlines, ledger, deliverableRows] = await Promise.all([
    db
      .selectFrom('mandate')
      .select(['status', db.fn.countAll<number>().as('count')])
      .where('unodc_facing', '=', true)
      .groupBy('status')
      .execute(),
    // Deadlines up to the horizon of recurring obligations; past ones count as overdue or met.
    summarizeDeadlines(db, {
      mandateIds: filteredMandateIds(db, { unodcFacing: true }),
      today,
      leadWeeks,
      upcomingLimit: UPCOMING_LIMIT,
      horizon: addDays(today, 366 * 5),
    }),
    loadFundingLedger(db, { unodcFacing: true }),
    db
      .selectFrom('deliverable')
      .innerJoin('mandate', 'mandate.id', 'deliverable.mandate_id')
      .select(['deliverable.owner', 'deliverable.status', db.fn.countAll<number>().as('count')])
      .groupBy(['deliverable.owner', 'deliverable.status'])
      .execute(),
  ]);

  const mandatesByStatus = Object.fromEntries(MANDATE_STATUSES.map((status) => [status, 0])) as Record<
    MandateStatus,
    number
  >;
  for (const row of statusRows) mandatesByStatus[row.status] = Number(row.count);

  const contexts = await mandateContexts(
    db,
    deadlines.upcoming.map((deadline) => deadline.mandateId),
  );
  const fundingByState = emptyStateCounts();
  for (const mandate of ledger.mandates) fundingByState[mandateFunding(ledger, mandate).state] += 1;

  const deliverablesByStatus = emptyDeliverableCounts();
  const owners = new Map<string, OwnerDeliverables>();
  for (const row of deliverableRows) {
    const count = Number(row.count);
    deliverablesByStatus[row.status] += count;
    const key = row.owner ?? '';
    const owner = owners.get(key) ?? { owner: row.owner, total: 0, byStatus: emptyDeliverableCounts() };
    owner.total += count;
    owner.byStatus[row.status] += count;
    owners.set(key, owner);
  }

  return {
    today,
    leadWeeks,
    mandateCount: Object.values(mandatesByStatus).reduce((sum, count) => sum + count, 0),
    mandatesByStatus,
    dueSoon: deadlines.dueSoon,
    overdue: deadlines.overdue,
    met: deadlines.met,
    unfunded: fundingByState.unfunded,
    fundingByState,
    upcoming: deadlines.upcoming.map((deadline) => toCalendarEntry(deadline, contexts.get(deadline.mandateId)!)),
    deliverablesByStatus,
    deliverablesByOwner: [...owners.values()].sort(
      (a, b) => b.total - a.total || (a.owner ?? '\uffff').localeCompare(b.owner ?? '\uffff'),
    ),
  };
}
