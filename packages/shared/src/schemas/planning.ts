import { z } from 'zod';
import { databaseId, isoDate } from './common.ts';
import { BODY_IDS } from '../ingest/types.ts';

export const DELIVERABLE_KINDS = ['report', 'technical-assistance', 'publication', 'meeting'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export const DELIVERABLE_STATUSES = ['planned', 'in-progress', 'submitted', 'delivered', 'cancelled'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/**
 * Allowed status moves: forward one step along planned → in-progress → submitted → delivered,
 * or to cancelled from any status. A cancelled deliverable stays cancelled (create a new one).
 */
export const DELIVERABLE_TRANSITIONS: Readonly<Record<DeliverableStatus, readonly DeliverableStatus[]>> = {
  planned: ['in-progress', 'cancelled'],
  'in-progress': ['submitted', 'cancelled'],
  submitted: ['delivered', 'cancelled'],
  delivered: ['cancelled'],
  cancelled: [],
};

export const PROJECT_STATUSES = ['pipeline', 'active', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const FUNDS = ['regular-budget', 'general-purpose', 'special-purpose', 'programme-support'] as const;
export type Fund = (typeof FUNDS)[number];

export const DONOR_KINDS = ['member-state', 'multilateral', 'private', 'other'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

export const CONTRIBUTION_STATES = ['pledged', 'paid'] as const;
export type ContributionState = (typeof CONTRIBUTION_STATES)[number];

const id = databaseId;
const title = z.string().trim().min(1, 'Required').max(300);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const amount = z.number().nonnegative('Amounts cannot be negative').max(99_999_999_999_999);
const currency = z
  .string()
  .trim()
  .max(3, 'Use a three-letter currency code such as USD')
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD');

/** The version an edit was based on; a stale version is refused with CONFLICT and the current values. */
const basedOnVersion = databaseId;

// Deliverables

export const ZDeliverableCreate = z.object({
  mandateId: id,
  reportingObligationId: id.nullable().optional(),
  title,
  kind: z.enum(DELIVERABLE_KINDS),
  /** Omit to take the due date of the reporting obligation (its session's opening date). */
  dueDate: isoDate.nullable().optional(),
  owner: optionalText(120),
  evidence: optionalText(500),
});
export type TDeliverableCreate = z.infer<typeof ZDeliverableCreate>;

export const ZDeliverableUpdate = z.object({
  id,
  /** The version the edit was based on; a stale version is refused with CONFLICT. */
  version: databaseId,
  title: title.optional(),
  kind: z.enum(DELIVERABLE_KINDS).optional(),
  status: z.enum(DELIVERABLE_STATUSES).optional(),
  reportingObligationId: id.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  owner: optionalText(120),
  evidence: optionalText(500),
});
export type TDeliverableUpdate = z.infer<typeof ZDeliverableUpdate>;

export const ZDeliverableList = z.object({
  mandateId: id.optional(),
  status: z.array(z.enum(DELIVERABLE_STATUSES)).max(DELIVERABLE_STATUSES.length).optional(),
  owner: z.string().trim().max(120).optional(),
});
export type TDeliverableList = z.infer<typeof ZDeliverableList>;

export interface Deliverable {
  id: number;
  mandateId: number;
  reportingObligationId: number | null;
  title: string;
  kind: DeliverableKind;
  dueDate: string | null;
  status: DeliverableStatus;
  owner: string | null;
  evidence: string | null;
  version: number;
  sample: boolean;
  createdAt: Date;
  updatedAt: Date;
}

// Projects

const projectFields = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Use letters, digits, dots, dashes or slashes, e.g. GLOU40'),
  title,
  theme: optionalText(120),
  region: optionalText(120),
  status: z.enum(PROJECT_STATUSES),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  source: optionalText(500),
});

export const ZProjectCreate = projectFields.extend({ status: projectFields.shape.status.default('active') });
export type TProjectCreate = z.infer<typeof ZProjectCreate>;

/** Only the fields given change: no defaults here, so an edit never resets a field it omits. */
export const ZProjectUpdate = projectFields.partial().extend({ id, version: basedOnVersion });
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

export const ZProjectList = z.object({
  /** Matches code, title or theme (case-insensitive). */
  q: z.string().trim().max(200).optional(),
  status: z.array(z.enum(PROJECT_STATUSES)).max(PROJECT_STATUSES.length).optional(),
});
export type TProjectList = z.infer<typeof ZProjectList>;

export interface Project {
  id: number;
  code: string;
  title: string;
  theme: string | null;
  region: string | null;
  status: ProjectStatus;
  periodStart: string | null;
  periodEnd: string | null;
  source: string | null;
  /** Changes with every edit; an update names the version it was based on. */
  version: number;
  sample: boolean;
}

export interface ProjectDetail extends Project {
  budgetLines: BudgetLine[];
  mandates: LinkedMandate[];
  contributions: Contribution[];
}

/** A mandate as shown beside a project or budget line it is linked to. */
export interface LinkedMandate {
  id: number;
  documentSymbol: string | null;
  resolutionLabel: string;
  paragraphNumber: string | null;
  action: string;
  sample: boolean;
}

// Budget lines

const budgetLineFields = z.object({
  title,
  fund: z.enum(FUNDS),
  period: z
    .string()
    .trim()
    .max(9, 'Use a year or a period such as 2012-2015')
    .regex(/^\d{4}(-\d{4})?$/, 'Use a year or a period such as 2012-2015'),
  amount,
  currency,
  projectId: id.nullable().optional(),
  source: optionalText(500),
});

export const ZBudgetLineCreate = budgetLineFields.extend({ currency: currency.default('USD') });
export type TBudgetLineCreate = z.infer<typeof ZBudgetLineCreate>;

export const ZBudgetLineUpdate = budgetLineFields.partial().extend({ id, version: basedOnVersion });
export type TBudgetLineUpdate = z.infer<typeof ZBudgetLineUpdate>;

export const ZBudgetLineList = z.object({
  projectId: id.optional(),
  fund: z.array(z.enum(FUNDS)).max(FUNDS.length).optional(),
});
export type TBudgetLineList = z.infer<typeof ZBudgetLineList>;

export interface BudgetLine {
  id: number;
  title: string;
  fund: Fund;
  period: string;
  amount: number;
  currency: string;
  projectId: number | null;
  projectCode: string | null;
  source: string | null;
  /** Changes with every edit; an update names the version it was based on. */
  version: number;
  sample: boolean;
}

// Donors and contributions

export const ZDonorCreate = z.object({ name: title, kind: z.enum(DONOR_KINDS) });
export type TDonorCreate = z.infer<typeof ZDonorCreate>;
export const ZDonorUpdate = ZDonorCreate.partial().extend({ id, version: basedOnVersion });
export type TDonorUpdate = z.infer<typeof ZDonorUpdate>;

export interface Donor {
  id: number;
  name: string;
  kind: DonorKind;
  /** Changes with every edit; an update names the version it was based on. */
  version: number;
  sample: boolean;
}

const contributionFields = z.object({
  donorId: id,
  budgetLineId: id.nullable().optional(),
  projectId: id.nullable().optional(),
  amount,
  currency,
  state: z.enum(CONTRIBUTION_STATES),
  date: isoDate,
  earmarked: z.boolean(),
});

export const ZContributionCreate = contributionFields.extend({
  currency: currency.default('USD'),
  earmarked: z.boolean().default(true),
});
export type TContributionCreate = z.infer<typeof ZContributionCreate>;

export const ZContributionUpdate = contributionFields.partial().extend({ id, version: basedOnVersion });
export type TContributionUpdate = z.infer<typeof ZContributionUpdate>;

export const ZContributionList = z.object({
  donorId: id.optional(),
  projectId: id.optional(),
  budgetLineId: id.optional(),
});
export type TContributionList = z.infer<typeof ZContributionList>;

export interface Contribution {
  id: number;
  donorId: number;
  donorName: string;
  budgetLineId: number | null;
  projectId: number | null;
  amount: number;
  currency: string;
  state: ContributionState;
  date: string;
  earmarked: boolean;
  /** Changes with every edit; an update names the version it was based on. */
  version: number;
  sample: boolean;
}

// Shared shapes

export const ZEntityId = z.object({ id });
export type TEntityId = z.infer<typeof ZEntityId>;

export const ZMandateProjectLink = z.object({ mandateId: id, projectId: id });
export type TMandateProjectLink = z.infer<typeof ZMandateProjectLink>;

export const ZMandateBudgetLineLink = z.object({ mandateId: id, budgetLineId: id });
export type TMandateBudgetLineLink = z.infer<typeof ZMandateBudgetLineLink>;

// Sessions

export const ZSessionList = z.object({ body: z.enum(BODY_IDS).optional() });
export type TSessionList = z.infer<typeof ZSessionList>;

export const ZSessionGet = z.object({ body: z.enum(BODY_IDS), number: z.number().int().min(1).max(3000) });
export type TSessionGet = z.infer<typeof ZSessionGet>;
