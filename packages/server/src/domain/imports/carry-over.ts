import type { NotCarriedOver } from '@mandate-tracker/shared';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { MandateMatch } from './match-mandates.ts';
import {
  describePlannerData,
  type MandateLinkTable,
  type PreviousMandate,
  type PreviousVersion,
} from './previous-version.ts';
import type { StoredStructure } from './store-structure.ts';

/** `(values (1, 2), (3, 4)) as map(old_id, new_id)`: one statement moves every pair at once. */
function idMap(pairs: readonly (readonly [number, number])[]): RawBuilder<unknown> {
  const rows = pairs.map(([from, to]) => sql`(${from}::integer, ${to}::integer)`);
  return sql`(values ${sql.join(rows)}) as map(old_id, new_id)`;
}

/**
 * Moves a planner's work from the mandates of the stored version to their matches in the new
 * one: status, owner, priority, notes and version; overrides and entered deadlines; deliverables
 * (re-attached to the equivalent obligation), project and budget-line links and dismissed
 * suggestions. One UPDATE per table. Must run before the old structure is deleted.
 */
export async function carryOverPlannerData(
  trx: Kysely<Database>,
  matches: readonly MandateMatch[],
  linkTables: readonly MandateLinkTable[],
): Promise<void> {
  if (matches.length === 0) return;
  const pairs = matches.map(({ previous, next }) => [previous.id, next.id] as const);
  await sql`
    update mandate set status = old.status, owner_unit = old.owner_unit, priority = old.priority,
      notes = old.notes, version = old.version + 1, updated_at = now()
    from ${idMap(pairs)}, mandate as old
    where mandate.id = map.new_id and old.id = map.old_id
  `.execute(trx);
  await sql`update mandate_override set mandate_id = map.new_id from ${idMap(pairs)} where mandate_override.mandate_id = map.old_id`.execute(
    trx,
  );
  await sql`
    update reporting_obligation set mandate_id = map.new_id from ${idMap(pairs)}
    where reporting_obligation.mandate_id = map.old_id and reporting_obligation.origin = 'entered'
  `.execute(trx);

  if (linkTables.includes('deliverable')) {
    const obligationPairs = matches.flatMap(({ previous, next }) =>
      previous.obligations.flatMap((old) => {
        const same = next.obligations.find(
          (candidate) =>
            candidate.body === old.body && candidate.session === old.session && candidate.relation === old.relation,
        );
        return same === undefined ? [] : [[old.id, same.id] as const];
      }),
    );
    if (obligationPairs.length > 0) {
      await sql`
        update deliverable set reporting_obligation_id = map.new_id from ${idMap(obligationPairs)}
        where deliverable.reporting_obligation_id = map.old_id
      `.execute(trx);
    }
  }
  for (const table of linkTables) {
    await sql`
      update ${sql.table(table)} set mandate_id = map.new_id from ${idMap(pairs)}
      where ${sql.ref(`${table}.mandate_id`)} = map.old_id
    `.execute(trx);
  }
}

/** Keeps an adopted symbol a planner entered on a resolution whose label survives. */
export async function carryOverAdoptedSymbols(
  trx: Kysely<Database>,
  previous: PreviousVersion,
  labels: readonly string[],
  next: StoredStructure,
): Promise<void> {
  const pairs = previous.resolutions.flatMap((old) => {
    const position = labels.indexOf(old.label);
    const newId = position === -1 ? undefined : next.resolutionIds[position];
    return old.adoptedSymbol === null || newId === undefined ? [] : [[old.id, newId] as const];
  });
  if (pairs.length === 0) return;
  await sql`
    update resolution set adopted_symbol = old.adopted_symbol
    from ${idMap(pairs)}, resolution as old
    where resolution.id = map.new_id and old.id = map.old_id and resolution.adopted_symbol is null
  `.execute(trx);
}

/** The old mandates with planner data and no match: reported, then deleted with the old version. */
export function notCarriedOver(
  previous: readonly PreviousMandate[],
  matches: readonly MandateMatch[],
): NotCarriedOver[] {
  const matched = new Set(matches.map((match) => match.previous.id));
  return previous.flatMap((mandate) => {
    if (matched.has(mandate.id)) return [];
    const lost = describePlannerData(mandate.planner);
    if (lost.length === 0) return [];
    return [
      {
        resolution: mandate.paragraph.resolutionLabel,
        paragraph: mandate.paragraph.number,
        clauseIndex: mandate.clauseIndex,
        action: mandate.action,
        lost,
      },
    ];
  });
}
