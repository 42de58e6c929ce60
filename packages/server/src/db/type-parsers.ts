import pg from 'pg';
import type { ParserOptions } from '@electric-sql/pglite';

// Both engines must hand back the same JavaScript values for the same query, so the few types
// where pg and PGlite differ by default are parsed the same way here:
// - int8 (count(*), bigint ids) becomes a number (pg would give a string);
// - date stays a 'YYYY-MM-DD' string, so calendar dates never shift with the process time zone.
// numeric stays a string on both engines (exact money amounts); timestamptz is a Date on both.

// PostgreSQL type oids (pg_type), the same on both engines.
const INT8 = 20;
const DATE = 1082;

const keepText = (value: string) => value;

/** Type parsers for node-postgres (pool option `types`). */
export const postgresTypeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return Number;
    if (oid === DATE) return keepText;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Type parsers for PGlite (option `parsers`). */
export const pgliteTypeParsers: ParserOptions = {
  [INT8]: (value: string) => Number(value),
  [DATE]: keepText,
};
