import type { ColumnType } from 'kysely';

/** Small key/value store for application state, e.g. that the sample data was loaded. */
export interface AppSettingTable {
  key: string;
  // Written as a JSON string, read back parsed.
  value: ColumnType<unknown, string, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Tables created by the foundation migration. */
export interface FoundationTables {
  app_setting: AppSettingTable;
}
