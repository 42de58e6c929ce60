import type { BudgetLine } from '@mandate-tracker/shared';
import {
  createColumnHelper,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { FUND_LABELS } from './labels.ts';
import { formatAmount } from './money.ts';
import { SampleDataLabel } from './SampleDataLabel.tsx';
import { SortableTable } from './SortableTable.tsx';

const column = createColumnHelper<BudgetLine>();

const columns = [
  column.accessor('title', {
    header: 'Budget line',
    cell: (info) => (
      <>
        <Link to={`/budget-lines/${info.row.original.id}`}>{info.getValue()}</Link>{' '}
        <SampleDataLabel sample={info.row.original.sample} />
      </>
    ),
  }),
  column.accessor((line) => FUND_LABELS[line.fund], { id: 'fund', header: 'Fund' }),
  column.accessor('period', { header: 'Period', cell: (info) => <span className="nowrap">{info.getValue()}</span> }),
  column.accessor('amount', {
    header: 'Amount',
    cell: (info) => <span className="numeric">{formatAmount(info.getValue(), info.row.original.currency)}</span>,
  }),
  column.accessor((line) => line.projectCode ?? '', {
    id: 'project',
    header: 'Project',
    cell: (info) =>
      info.row.original.projectId === null ? (
        '—'
      ) : (
        <Link to={`/projects/${info.row.original.projectId}`}>{info.row.original.projectCode}</Link>
      ),
  }),
];

/** Budget lines as a sortable table, filtered by the text the user typed (title, fund, period, project). */
export function BudgetLinesTable({ budgetLines, filter }: { budgetLines: BudgetLine[]; filter: string }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'period', desc: true }]);
  const table = useReactTable({
    data: budgetLines,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (candidate) => candidate.id !== 'amount',
    getRowId: (line) => String(line.id),
  });
  const shown = table.getRowModel().rows.length;
  return (
    <>
      <p className="muted" aria-live="polite">
        {shown === budgetLines.length
          ? `${budgetLines.length} budget lines`
          : `${shown} of ${budgetLines.length} budget lines match`}
      </p>
      {shown === 0 ? (
        <p className="notice">No budget line matches “{filter}”. Clear the filter to see them all.</p>
      ) : (
        <SortableTable table={table} caption="Budget lines" />
      )}
    </>
  );
}
