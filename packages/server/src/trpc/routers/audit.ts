import { ZAuditForEntity, ZAuditList } from '@mandate-tracker/shared';
import { auditForEntity, listAudit } from '../../domain/audit/index.ts';
import { adminProcedure, router, signedInProcedure } from '../trpc.ts';

/** The audit trail: one entity's history for anyone signed in, the whole log for admins. */
export const auditRouter = router({
  forEntity: signedInProcedure.input(ZAuditForEntity).query(({ ctx, input }) => auditForEntity(ctx.db, input)),
  list: adminProcedure.input(ZAuditList).query(({ ctx, input }) => listAudit(ctx.db, input)),
});
