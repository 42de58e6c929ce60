import type { ColumnType } from 'kysely';

/** `date` columns come back as 'YYYY-MM-DD' strings from both engines (see db/database.ts). */
type DateColumn = ColumnType<string, string, string>;

/** A body UNODC reports to: ga, ecosoc, ccpcj, cnd, sc, hrc, cop-untoc, cosp-uncac. */
export interface BodyTable {
  id: string;
  name: string;
  short_name: string;
  session_kind: 'ordinal' | 'year';
}

/** A listed session with the source of its dates; projections are computed on read, not stored. */
export interface SessionTable {
  body: string;
  number: number;
  start_date: DateColumn;
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  place: string | null;
  source: string;
  projected: ColumnType<boolean, boolean | undefined, boolean>;
}

/** Tables created by the planning migration for reference data. */
export interface ReferenceTables {
  body: BodyTable;
  session: SessionTable;
}
