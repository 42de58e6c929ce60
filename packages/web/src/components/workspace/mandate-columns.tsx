import { mandateReference } from '@mandate-tracker/shared';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { formatDate } from '../../format.ts';
import type { RouterOutputs } from '../../trpc.ts';
import { addresseeList, MANDATE_STATUS_LABELS, PRIORITY_LABELS, verbList } from './labels.ts';

/** One row of the mandate table, as `mandates.list` returns it (overrides applied). */
export type MandateRow = RouterOutputs['mandates']['list']['items'][number];

/** "A/65/457 I.14", "A/RES/65/232 para. 12". */
export function rowReference(row: MandateRow): string {
  return mandateReference(row.documentSymbol, row.resolutionLabel, row.paragraphNumber);
}

/** Column ids the server can sort by, and the `sort` value it expects for each. */
export const SORTABLE_COLUMNS = { reference: 'resolution', nextDue: 'due', status: 'status' } as const;

const column = createColumnHelper<MandateRow>();

/** Columns a planner may hide or show; `select` and `reference` are always shown. */
export const CHOOSABLE_COLUMNS: readonly { id: string; label: string }[] = [
  { id: 'action', label: 'What is asked' },
  { id: 'verbs', label: 'Verb' },
  { id: 'addressees', label: 'Addressees' },
  { id: 'nextDue', label: 'Next due' },
  { id: 'status', label: 'Status' },
  { id: 'ownerUnit', label: 'Owner' },
  { id: 'priority', label: 'Priority' },
  { id: 'links', label: 'Projects and budget lines' },
  { id: 'corrected', label: 'Corrected' },
];

/** Shown until the planner chooses otherwise. */
export const DEFAULT_HIDDEN_COLUMNS: readonly string[] = ['priority', 'corrected'];

/** The table's columns; widths are fixed so that rows do not shift as more are loaded. */
// Columns hold values of different types; TanStack's documented type for such an array is `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const mandateColumns: ColumnDef<MandateRow, any>[] = [
  column.display({
    id: 'select',
    size: 44,
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all loaded mandates"
        checked={table.getIsAllRowsSelected()}
        ref={(input) => {
          if (input) input.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${rowReference(row.original)}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  }),
  column.accessor((row) => rowReference(row), {
    id: 'reference',
    header: 'Mandate',
    size: 140,
    cell: ({ row }) => (
      <Link to={`/mandates/${row.original.id}`} className="mandate-link">
        {rowReference(row.original)}
      </Link>
    ),
  }),
  column.accessor('action', {
    header: 'What is asked',
    // No size: the paragraph's request takes whatever width the other columns leave.
    size: 0,
    cell: ({ getValue }) => <span className="clamp-2">{getValue()}</span>,
  }),
  column.accessor('verbs', {
    header: 'Verb',
    size: 110,
    cell: ({ getValue }) => verbList(getValue()),
  }),
  column.accessor('addressees', {
    header: 'Addressees',
    size: 160,
    cell: ({ getValue }) => addresseeList(getValue()),
  }),
  column.accessor('nextDue', {
    header: 'Next due',
    size: 110,
    cell: ({ getValue }) => {
      const due = getValue();
      return due === null ? <span className="muted">No deadline</span> : formatDate(due);
    },
  }),
  column.accessor('status', {
    header: 'Status',
    size: 110,
    cell: ({ row }) => (
      <span className={`status status--${row.original.status}`}>{MANDATE_STATUS_LABELS[row.original.status]}</span>
    ),
  }),
  column.accessor('ownerUnit', {
    header: 'Owner',
    size: 110,
    cell: ({ getValue }) => getValue() ?? <span className="muted">None</span>,
  }),
  column.accessor('priority', {
    header: 'Priority',
    size: 90,
    cell: ({ row }) => {
      const priority = row.original.priority;
      return priority === null ? <span className="muted">None</span> : PRIORITY_LABELS[priority];
    },
  }),
  column.accessor((row) => row.projectCount + row.budgetLineCount, {
    id: 'links',
    header: 'Links',
    size: 110,
    cell: ({ row }) =>
      row.original.projectCount + row.original.budgetLineCount === 0 ? (
        <span className="muted">None</span>
      ) : (
        `${row.original.projectCount} proj., ${row.original.budgetLineCount} lines`
      ),
  }),
  column.accessor((row) => row.overridden.length, {
    id: 'corrected',
    header: 'Corrected',
    size: 100,
    cell: ({ row }) =>
      row.original.overridden.length > 0 ? (
        <span className="tag tag--corrected">{row.original.overridden.join(', ')}</span>
      ) : (
        ''
      ),
  }),
];
