import { MANDATE_STATUSES, type MandateStatus } from '@mandate-tracker/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC, useTRPCClient } from '../../trpc.ts';
import { MANDATE_STATUS_LABELS } from './labels.ts';
import { rowReference, type MandateRow } from './mandate-columns.tsx';

interface BulkOutcome {
  changed: number;
  /** References of mandates someone else changed since they were loaded. */
  conflicts: string[];
  /** References and messages of other failures. */
  failures: string[];
}

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === 'CONFLICT';
}

/**
 * Sets the status of every selected mandate. There is no bulk procedure, so each mandate is
 * updated on its own with the version it was loaded at: a mandate someone else changed meanwhile
 * is left alone and reported, never overwritten.
 */
export function BulkStatusChange({ selected, onDone }: { selected: MandateRow[]; onDone: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const id = useId();
  const [status, setStatus] = useState<MandateStatus>('in-progress');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  async function apply() {
    setRunning(true);
    const result: BulkOutcome = { changed: 0, conflicts: [], failures: [] };
    for (const row of selected) {
      try {
        await client.mandates.update.mutate({ id: row.id, version: row.version, status });
        result.changed += 1;
      } catch (error) {
        if (isConflict(error)) result.conflicts.push(rowReference(row));
        else result.failures.push(`${rowReference(row)}: ${(error as Error).message}`);
      }
    }
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.mandates.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.stats.dashboard.pathKey() }),
    ]);
    setOutcome(result);
    setRunning(false);
    onDone();
  }

  return (
    <div className="bulk-bar">
      <span>
        {selected.length === 0 ? 'Select mandates to change their status together.' : `${selected.length} selected.`}
      </span>
      <label htmlFor={id}>Set status to</label>
      <select id={id} value={status} onChange={(event) => setStatus(event.target.value as MandateStatus)}>
        {MANDATE_STATUSES.map((option) => (
          <option key={option} value={option}>
            {MANDATE_STATUS_LABELS[option]}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={selected.length === 0 || running} onClick={() => void apply()}>
        {running ? 'Changing…' : 'Change status'}
      </button>
      <div aria-live="polite" className="bulk-bar__outcome">
        {outcome && (
          <p className={outcome.conflicts.length + outcome.failures.length > 0 ? 'notice notice--warning' : ''}>
            {`Changed ${outcome.changed} mandate${outcome.changed === 1 ? '' : 's'}.`}
            {outcome.conflicts.length > 0 &&
              ` Not changed, because someone else changed them since they were loaded: ${outcome.conflicts.join(', ')}. The table now shows their current values; select them again if the change still applies.`}
            {outcome.failures.length > 0 && ` Failed: ${outcome.failures.join('; ')}.`}
          </p>
        )}
      </div>
    </div>
  );
}
