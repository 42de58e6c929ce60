import { mandateReference } from '@mandate-tracker/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { recordWrite, SYSTEM_WRITE } from '../audit/index.ts';
import { createDeliverable } from '../deliverables/index.ts';
import { createBudgetLine, createContribution, createDonor, createProject } from '../projects/index.ts';
import { linkMandateToBudgetLine, linkMandateToProject } from '../projects/links.ts';
import { samplePlanningData, type SampleMandateRef, type SamplePlanningData } from './sample-planning-data.ts';

/** What {@link loadSamplePlanningData} did. */
export type SamplePlanningResult =
  | { loaded: false; reason: string }
  | {
      loaded: true;
      counts: {
        projects: number;
        budgetLines: number;
        donors: number;
        contributions: number;
        mandateLinks: number;
        deliverables: number;
      };
      /** References of sample links or deliverables whose mandate is not in the database. */
      missingMandates: string[];
    };

async function findMandate(db: Kysely<Database>, ref: SampleMandateRef): Promise<number | null> {
  const row = await db
    .selectFrom('mandate')
    .innerJoin('document', 'document.id', 'mandate.document_id')
    .innerJoin('resolution', 'resolution.id', 'mandate.resolution_id')
    .innerJoin('paragraph', 'paragraph.id', 'mandate.paragraph_id')
    .select('mandate.id')
    .where('document.symbol', '=', ref.document)
    .where('resolution.label', '=', ref.resolution)
    .where('paragraph.number', '=', ref.paragraph)
    // The first UNODC-facing clause of the paragraph is the one planners work on.
    .orderBy('mandate.unodc_facing', 'desc')
    .orderBy('mandate.clause_index')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Loads the sample planning data of fixtures/data/sample-planning.json: the programmes and
 * budgets confirmed in fixtures/data/funding.md (with their sources, `sample = false`) and
 * illustrative projects, budget lines, donors, contributions, deliverables and links to real
 * mandates of the sample corpus (`sample = true`). Call it after the sample corpus is imported.
 * Runs in one transaction (the caller's, when `db` is one). Idempotent: does nothing when GLOU40
 * or any sample project or donor exists already.
 */
export async function loadSamplePlanningData(
  db: Kysely<Database>,
  data: SamplePlanningData = samplePlanningData,
): Promise<SamplePlanningResult> {
  const run = (trx: Kysely<Database>) => load(trx, data);
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

async function load(db: Kysely<Database>, data: SamplePlanningData): Promise<SamplePlanningResult> {
  const codes = data.projects.map((project) => project.code);
  const existing = await db
    .selectFrom('project')
    .select('code')
    .where((where) => where.or([where('code', 'in', codes), where('sample', '=', true)]))
    .union(db.selectFrom('donor').select('name as code').where('sample', '=', true))
    .limit(1)
    .executeTakeFirst();
  if (existing !== undefined) return { loaded: false, reason: `sample planning data present (${existing.code})` };

  const projectIds = new Map<string, number>();
  for (const project of data.projects) {
    const { sample, ...input } = project;
    projectIds.set(project.code, (await createProject(db, input, SYSTEM_WRITE, { sample })).id);
  }
  const lineIds = new Map<string, number>();
  for (const line of data.budgetLines) {
    const created = await createBudgetLine(
      db,
      {
        title: line.title,
        fund: line.fund,
        period: line.period,
        amount: line.amount,
        currency: 'USD',
        projectId: line.project === null ? null : projectIds.get(line.project)!,
        source: line.source,
      },
      SYSTEM_WRITE,
      { sample: line.sample },
    );
    lineIds.set(line.key, created.id);
  }
  const donorIds = new Map<string, number>();
  for (const donor of data.donors) {
    donorIds.set(donor.name, (await createDonor(db, donor, SYSTEM_WRITE, { sample: true })).id);
  }
  for (const contribution of data.contributions) {
    await createContribution(
      db,
      {
        donorId: donorIds.get(contribution.donor)!,
        budgetLineId: contribution.budgetLine === null ? null : lineIds.get(contribution.budgetLine)!,
        projectId: contribution.project === null ? undefined : projectIds.get(contribution.project)!,
        amount: contribution.amount,
        currency: 'USD',
        state: contribution.state,
        date: contribution.date,
        earmarked: contribution.earmarked,
      },
      SYSTEM_WRITE,
      { sample: true },
    );
  }

  const missing = new Set<string>();
  const mandateIdOf = async (ref: SampleMandateRef) => {
    const id = await findMandate(db, ref);
    if (id === null) missing.add(mandateReference(ref.document, ref.resolution, ref.paragraph));
    return id;
  };
  let mandateLinks = 0;
  for (const link of data.mandateProjects) {
    const mandateId = await mandateIdOf(link.mandate);
    if (mandateId === null) continue;
    await linkMandateToProject(db, { mandateId, projectId: projectIds.get(link.project)! }, SYSTEM_WRITE, {
      sample: true,
    });
    mandateLinks += 1;
  }
  for (const link of data.mandateBudgetLines) {
    const mandateId = await mandateIdOf(link.mandate);
    if (mandateId === null) continue;
    await linkMandateToBudgetLine(db, { mandateId, budgetLineId: lineIds.get(link.budgetLine)! }, SYSTEM_WRITE, {
      sample: true,
    });
    mandateLinks += 1;
  }
  let deliverables = 0;
  for (const deliverable of data.deliverables) {
    const mandateId = await mandateIdOf(deliverable.mandate);
    if (mandateId === null) continue;
    const obligation =
      deliverable.obligation === null
        ? undefined
        : await db
            .selectFrom('reporting_obligation')
            .select('id')
            .where('mandate_id', '=', mandateId)
            .where('body', '=', deliverable.obligation.body)
            .where('session', '=', deliverable.obligation.session)
            .executeTakeFirst();
    const created = await createDeliverable(
      db,
      {
        mandateId,
        reportingObligationId: obligation?.id ?? null,
        title: deliverable.title,
        kind: deliverable.kind,
        owner: deliverable.owner,
        evidence: deliverable.evidence,
      },
      SYSTEM_WRITE,
      { sample: true },
    );
    // Sample rows start at their illustrative status directly, not through the planner's transitions.
    if (deliverable.status !== created.status) {
      const after = await db
        .updateTable('deliverable')
        .set({ status: deliverable.status })
        .where('id', '=', created.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordWrite(db, SYSTEM_WRITE, {
        action: 'status',
        entityType: 'deliverable',
        entityId: created.id,
        before: created,
        after: { ...created, status: after.status },
      });
    }
    deliverables += 1;
  }
  return {
    loaded: true,
    counts: {
      projects: data.projects.length,
      budgetLines: data.budgetLines.length,
      donors: data.donors.length,
      contributions: data.contributions.length,
      mandateLinks,
      deliverables,
    },
    missingMandates: [...missing],
  };
}
