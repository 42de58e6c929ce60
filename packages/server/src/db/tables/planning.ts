import type { ColumnType, GeneratedAlways } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** numeric(16,2): pg returns a string; domain code maps it to number. */
type Amount = ColumnType<string, number | string, number | string>;
type SampleFlag = ColumnType<boolean, boolean | undefined, boolean>;

export interface ProjectTable {
  id: GeneratedAlways<number>;
  code: string;
  title: string;
  theme: string | null;
  region: string | null;
  status: ColumnType<'pipeline' | 'active' | 'closed', 'pipeline' | 'active' | 'closed' | undefined>;
  period_start: NullableDate;
  period_end: NullableDate;
  source: string | null;
  /** Optimistic-concurrency version (migration 05); an update names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  sample: SampleFlag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BudgetLineTable {
  id: GeneratedAlways<number>;
  title: string;
  fund: 'regular-budget' | 'general-purpose' | 'special-purpose' | 'programme-support';
  period: string;
  amount: Amount;
  currency: ColumnType<string, string | undefined, string>;
  project_id: number | null;
  source: string | null;
  /** Optimistic-concurrency version (migration 05); an update names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  sample: SampleFlag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DonorTable {
  id: GeneratedAlways<number>;
  name: string;
  kind: 'member-state' | 'multilateral' | 'private' | 'other';
  /** Optimistic-concurrency version (migration 05); an update names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  sample: SampleFlag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContributionTable {
  id: GeneratedAlways<number>;
  donor_id: number;
  budget_line_id: number | null;
  project_id: number | null;
  amount: Amount;
  currency: ColumnType<string, string | undefined, string>;
  state: 'pledged' | 'paid';
  date: ColumnType<string, string, string>;
  earmarked: ColumnType<boolean, boolean | undefined, boolean>;
  /** Optimistic-concurrency version (migration 05); an update names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  sample: SampleFlag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeliverableTable {
  id: GeneratedAlways<number>;
  mandate_id: number;
  reporting_obligation_id: number | null;
  title: string;
  kind: 'report' | 'technical-assistance' | 'publication' | 'meeting';
  due_date: NullableDate;
  status: ColumnType<
    'planned' | 'in-progress' | 'submitted' | 'delivered' | 'cancelled',
    'planned' | 'in-progress' | 'submitted' | 'delivered' | 'cancelled' | undefined
  >;
  owner: string | null;
  evidence: string | null;
  version: ColumnType<number, number | undefined, number>;
  sample: SampleFlag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MandateProjectTable {
  mandate_id: number;
  project_id: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  sample: SampleFlag;
}

export interface MandateBudgetLineTable {
  mandate_id: number;
  budget_line_id: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  sample: SampleFlag;
}

/** A planner dismissed the suggestion to link this project to this mandate. */
export interface LinkSuggestionDismissalTable {
  mandate_id: number;
  project_id: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** Tables created by the planning migration: projects, money, deliverables and links. */
export interface PlanningTables {
  project: ProjectTable;
  budget_line: BudgetLineTable;
  donor: DonorTable;
  contribution: ContributionTable;
  deliverable: DeliverableTable;
  mandate_project: MandateProjectTable;
  mandate_budget_line: MandateBudgetLineTable;
  link_suggestion_dismissal: LinkSuggestionDismissalTable;
}
