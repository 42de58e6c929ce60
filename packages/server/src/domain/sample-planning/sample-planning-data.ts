import { z } from 'zod';
import {
  BODY_IDS,
  CONTRIBUTION_STATES,
  DELIVERABLE_KINDS,
  DELIVERABLE_STATUSES,
  DONOR_KINDS,
  FUNDS,
  PROJECT_STATUSES,
} from '@mandate-tracker/shared';
import raw from '../../../../../fixtures/data/sample-planning.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const mandateRef = z.object({ document: z.string(), resolution: z.string(), paragraph: z.string() });

/** The shape of fixtures/data/sample-planning.json, checked when the module loads. */
const ZSamplePlanningData = z.object({
  projects: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      theme: z.string().nullable(),
      region: z.string().nullable(),
      status: z.enum(PROJECT_STATUSES),
      periodStart: isoDate.nullable(),
      periodEnd: isoDate.nullable(),
      source: z.string().nullable(),
      sample: z.boolean(),
    }),
  ),
  budgetLines: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      fund: z.enum(FUNDS),
      period: z.string(),
      amount: z.number().nonnegative(),
      project: z.string().nullable(),
      source: z.string().nullable(),
      sample: z.boolean(),
    }),
  ),
  donors: z.array(z.object({ name: z.string(), kind: z.enum(DONOR_KINDS) })),
  contributions: z.array(
    z.object({
      donor: z.string(),
      budgetLine: z.string().nullable(),
      project: z.string().nullable(),
      amount: z.number().nonnegative(),
      state: z.enum(CONTRIBUTION_STATES),
      date: isoDate,
      earmarked: z.boolean(),
    }),
  ),
  mandateProjects: z.array(z.object({ mandate: mandateRef, project: z.string() })),
  mandateBudgetLines: z.array(z.object({ mandate: mandateRef, budgetLine: z.string() })),
  deliverables: z.array(
    z.object({
      mandate: mandateRef,
      obligation: z.object({ body: z.enum(BODY_IDS), session: z.number().int() }).nullable(),
      title: z.string(),
      kind: z.enum(DELIVERABLE_KINDS),
      status: z.enum(DELIVERABLE_STATUSES),
      owner: z.string().nullable(),
      evidence: z.string().nullable(),
    }),
  ),
});

export type SamplePlanningData = z.infer<typeof ZSamplePlanningData>;
export type SampleMandateRef = z.infer<typeof mandateRef>;

/** fixtures/data/sample-planning.json, bundled into the build and validated. */
export const samplePlanningData: SamplePlanningData = ZSamplePlanningData.parse(raw);
