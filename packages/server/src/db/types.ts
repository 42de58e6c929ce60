import type { AccountTables } from './tables/accounts.ts';
import type { AuditTables } from './tables/audit.ts';
import type { DocumentTables } from './tables/documents.ts';
import type { FoundationTables } from './tables/foundation.ts';
import type { PlanningTables } from './tables/planning.ts';
import type { ReferenceTables } from './tables/reference.ts';

/** Every table of the application database, combined from the per-area interfaces. */
export interface Database
  extends FoundationTables, DocumentTables, ReferenceTables, PlanningTables, AuditTables, AccountTables {}
