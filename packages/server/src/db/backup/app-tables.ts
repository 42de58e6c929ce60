import { sql, type Kysely } from 'kysely';
import type { Database } from '../types.ts';

/** One application table as a backup sees it, read from the migrated schema. */
export interface AppTable {
  name: string;
  /** Columns a backup stores and a restore inserts, in table order. */
  columns: string[];
  /** Computed columns (`generated always as (…) stored`): recomputed on insert, never stored. */
  generatedColumns: string[];
  /** Primary-key columns in key order; rows are written in this order. */
  primaryKey: string[];
  /** Columns filled from a sequence (identity or serial): restarted after a restore. */
  sequenceColumns: string[];
  /** Generated-always identity columns, which need OVERRIDING SYSTEM VALUE to insert. */
  hasIdentityAlways: boolean;
}

/**
 * Every table of the application schema, parents before children (so rows can be inserted in
 * this order without breaking a foreign key), read from the catalog: tables added by later
 * migrations are included without changing this code. Kysely's migration tables are left
 * out: they describe the schema, which migrations create, not the data.
 * @throws Error when foreign keys form a cycle between tables (no insert order exists)
 */
export async function listAppTables(db: Kysely<Database>): Promise<AppTable[]> {
  const { rows: tableRows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely\\_%'
    order by table_name
  `.execute(db);
  const { rows: columnRows } = await sql<{
    table_name: string;
    column_name: string;
    is_generated: string;
    is_identity: string;
    identity_generation: string | null;
    column_default: string | null;
  }>`
    select table_name, column_name, is_generated, is_identity, identity_generation, column_default
    from information_schema.columns
    where table_schema = current_schema()
    order by table_name, ordinal_position
  `.execute(db);
  const { rows: keyRows } = await sql<{ table_name: string; column_name: string }>`
    select tc.table_name, kcu.column_name
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
      and kcu.table_name = tc.table_name
    where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
    order by tc.table_name, kcu.ordinal_position
  `.execute(db);
  const { rows: foreignKeyRows } = await sql<{ child: string; parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where c.contype = 'f' and n.nspname = current_schema()
  `.execute(db);

  const tables = new Map<string, AppTable>(
    tableRows.map((row) => [
      row.table_name,
      {
        name: row.table_name,
        columns: [],
        generatedColumns: [],
        primaryKey: [],
        sequenceColumns: [],
        hasIdentityAlways: false,
      },
    ]),
  );
  for (const column of columnRows) {
    const table = tables.get(column.table_name);
    if (table === undefined) continue;
    if (column.is_generated === 'ALWAYS') {
      table.generatedColumns.push(column.column_name);
      continue;
    }
    table.columns.push(column.column_name);
    if (column.is_identity === 'YES' || column.column_default?.startsWith('nextval(')) {
      table.sequenceColumns.push(column.column_name);
    }
    if (column.is_identity === 'YES' && column.identity_generation === 'ALWAYS') table.hasIdentityAlways = true;
  }
  for (const key of keyRows) tables.get(key.table_name)?.primaryKey.push(key.column_name);

  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set<string>()]));
  for (const { child, parent } of foreignKeyRows) {
    // A table referring to itself orders its own rows by primary key, parents first.
    if (child !== parent && tables.has(parent)) parents.get(child)?.add(parent);
  }
  return inDependencyOrder(parents).map((name) => tables.get(name) as AppTable);
}

/** Kahn's algorithm; alphabetical among tables that are ready, so the order is stable. */
function inDependencyOrder(parents: Map<string, Set<string>>): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (placed.size < parents.size) {
    const ready = [...parents.entries()]
      .filter(([name, needs]) => !placed.has(name) && [...needs].every((parent) => placed.has(parent)))
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) {
      const stuck = [...parents.keys()].filter((name) => !placed.has(name));
      throw new Error(`Foreign keys form a cycle between ${stuck.join(', ')}: no table can be restored first`);
    }
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}
