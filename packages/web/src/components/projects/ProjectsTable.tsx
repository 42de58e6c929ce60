import type { Project } from '@mandate-tracker/shared';
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
import { formatDate } from '../../format.ts';
import { PROJECT_STATUS_LABELS } from './labels.ts';
import { SampleDataLabel } from './SampleDataLabel.tsx';
import { SortableTable } from './SortableTable.tsx';

const column = createColumnHelper<Project>();

function period(project: Project): string {
  if (project.periodStart === null && project.periodEnd === null) return '—';
  const from = project.periodStart === null ? '…' : formatDate(project.periodStart);
  const to = project.periodEnd === null ? '…' : formatDate(project.periodEnd);
  return `${from} – ${to}`;
}

const columns = [
  column.accessor('code', {
    header: 'Code',
    cell: (info) => (
      <>
        <Link to={`/projects/${info.row.original.id}`}>{info.getValue()}</Link>{' '}
        <SampleDataLabel sample={info.row.original.sample} />
      </>
    ),
  }),
  column.accessor('title', { header: 'Title' }),
  column.accessor('theme', { header: 'Theme', cell: (info) => info.getValue() ?? '—' }),
  column.accessor('region', { header: 'Region', cell: (info) => info.getValue() ?? '—' }),
  column.accessor('status', { header: 'Status', cell: (info) => PROJECT_STATUS_LABELS[info.getValue()] }),
  column.accessor((project) => project.periodStart ?? '', {
    id: 'period',
    header: 'Period',
    cell: (info) => period(info.row.original),
  }),
];

interface ProjectsTableProps {
  projects: Project[];
  /** Words to find in code, title, theme or region (from the URL). */
  filter: string;
}

/** Projects as a sortable table, filtered by the text the user typed. */
export function ProjectsTable({ projects, filter }: ProjectsTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'code', desc: false }]);
  const table = useReactTable({
    data: projects,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
    getRowId: (project) => String(project.id),
  });
  const shown = table.getRowModel().rows.length;
  return (
    <>
      <p className="muted" aria-live="polite">
        {shown === projects.length ? `${projects.length} projects` : `${shown} of ${projects.length} projects match`}
      </p>
      {shown === 0 ? (
        <p className="notice">No project matches “{filter}”. Clear the filter or try part of a code, e.g. GLO.</p>
      ) : (
        <SortableTable table={table} caption="Projects" />
      )}
    </>
  );
}
