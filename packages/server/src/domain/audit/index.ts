export {
  actorLabel,
  recordAudit,
  recordAudits,
  recordWrite,
  SYSTEM_WRITE,
  type AuditActor,
  type AuditRecord,
  type WriteContext,
} from './record-audit.ts';
export { auditForEntity, listAudit } from './list-audit.ts';
