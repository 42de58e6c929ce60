import { useInfiniteQuery } from '@tanstack/react-query';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTRPC, useTRPCClient } from '../../trpc.ts';
import { PlannerOnly } from '../auth/PlannerOnly.tsx';
import { useSession } from '../auth/session.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { BulkStatusChange } from './BulkStatusChange.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { useColumnVisibility } from './column-visibility.ts';
import { mandateColumns, SORTABLE_COLUMNS, type MandateRow } from './mandate-columns.tsx';
import { filterFromSearchParams, filterQueryString, sortFromSearchParams } from './mandate-search-params.ts';

/** The first page is what the planner waits for; later pages load while they scroll. */
const FIRST_PAGE_SIZE = 100;
/** The most the list procedure returns at once: half the round trips of scrolling through thousands of rows. */
const NEXT_PAGE_SIZE = 200;
const ROW_HEIGHT_ESTIMATE = 58;
/** Start loading the next page when the last rendered row is this close to the end. */
const PREFETCH_ROWS = 20;

type SortableColumn = keyof typeof SORTABLE_COLUMNS;

function columnOfSort(sort: string): SortableColumn {
  const entry = Object.entries(SORTABLE_COLUMNS).find(([, value]) => value === sort);
  return (entry?.[0] ?? 'reference') as SortableColumn;
}

/**
 * The mandate table: filtered and sorted by the server (filters and sort in the URL), loaded a page
 * at a time as the planner scrolls, and rendered through a virtualizer so that ten thousand rows
 * scroll as smoothly as fifty.
 */
export function MandateTable() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [params, setParams] = useSearchParams();
  const { filter, invalid } = filterFromSearchParams(params);
  const { sort, direction } = sortFromSearchParams(params);
  const input = { ...filter, sort, direction, limit: FIRST_PAGE_SIZE };

  // Not `infiniteQueryOptions`: tRPC adds its own `direction` ('forward') to infinite-query
  // inputs, which would clash with this procedure's sort `direction`. The cursor (which does not
  // depend on the page size) and the page size are passed by hand.
  const mandates = useInfiniteQuery({
    queryKey: [...trpc.mandates.list.queryKey(input), 'pages'],
    queryFn: ({ pageParam }) => client.mandates.list.query({ ...input, ...pageParam }),
    initialPageParam: { cursor: null as string | null, limit: FIRST_PAGE_SIZE },
    getNextPageParam: (page) => (page.nextCursor ? { cursor: page.nextCursor, limit: NEXT_PAGE_SIZE } : undefined),
  });
  const rows = useMemo(() => mandates.data?.pages.flatMap((page) => page.items) ?? [], [mandates.data]);

  const [columnVisibility, setColumnVisibility] = useColumnVisibility();
  // Selecting rows only serves the bulk status change, which only planners may make.
  const { canPlan } = useSession();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const sorting: SortingState = [{ id: columnOfSort(sort), desc: direction === 'desc' }];

  const table = useReactTable<MandateRow>({
    data: rows,
    columns: mandateColumns,
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    // The first press sorts ascending, whatever the column holds (TanStack would start numbers descending).
    sortDescFirst: false,
    state: { sorting, columnVisibility: { ...columnVisibility, select: canPlan }, rowSelection },
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility(typeof updater === 'function' ? updater(columnVisibility) : updater),
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (!first) return;
      const nextParams = new URLSearchParams(params);
      nextParams.set('sort', SORTABLE_COLUMNS[first.id as SortableColumn] ?? 'resolution');
      nextParams.set('dir', first.desc ? 'desc' : 'asc');
      setParams(nextParams, { replace: true });
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 12,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= tableRows.length - PREFETCH_ROWS && mandates.hasNextPage && !mandates.isFetchingNextPage) {
      void mandates.fetchNextPage();
    }
  }, [lastIndex, tableRows.length, mandates]);

  // A new filter is a new list: drop the selection and start at its top.
  const filterKey = JSON.stringify(input);
  useEffect(() => {
    setRowSelection({});
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows.at(-1)?.end ?? 0) : 0;
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const selected = table.getSelectedRowModel().rows.map((row) => row.original);
  const exportQuery = filterQueryString(params);

  const summary = mandates.isPending
    ? 'Loading mandates…'
    : mandates.isError
      ? 'The mandates could not be loaded.'
      : rows.length === 0
        ? 'No mandate matches these filters.'
        : mandates.hasNextPage
          ? `${rows.length} mandates loaded; more load as you scroll.`
          : `All ${rows.length} matching mandate${rows.length === 1 ? '' : 's'} shown.`;

  return (
    <section className="card section" aria-labelledby="mandates-heading">
      <div className="card__header">
        <h2 id="mandates-heading">Mandates</h2>
        <div className="toolbar">
          <a className="button button--secondary" href={`/export/mandates.csv${exportQuery}`}>
            Export CSV
          </a>
          <a className="button button--secondary" href={`/calendar.ics${exportQuery}`}>
            Subscribe (iCal)
          </a>
          <ColumnChooser table={table} />
        </div>
      </div>
      {invalid && (
        <p className="notice notice--warning" role="alert">
          The address holds a filter value this app does not know, so all mandates are shown. Choose the filters again
          below.
        </p>
      )}
      <PlannerOnly what="change the status of mandates">
        <BulkStatusChange selected={selected} onDone={() => setRowSelection({})} />
      </PlannerOnly>
      <p className="table-summary" role="status" data-testid="table-summary">
        {summary}
        {mandates.isFetchingNextPage && ' Loading more…'}
      </p>
      {mandates.isError ? (
        <ServerErrorNotice
          error={mandates.error}
          onRetry={() => void mandates.refetch()}
          retrying={mandates.isFetching}
        />
      ) : (
        <div
          ref={scrollRef}
          className="table-viewport"
          tabIndex={0}
          role="region"
          aria-label="Mandate table, scrollable"
          data-testid="mandate-table-viewport"
        >
          <table className="data-table mandate-table" aria-labelledby="mandates-heading" aria-rowcount={-1}>
            <colgroup>
              {table.getVisibleLeafColumns().map((column) => (
                <col key={column.id} style={column.columnDef.size === 0 ? undefined : { width: column.getSize() }} />
              ))}
            </colgroup>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sortable = header.column.id in SORTABLE_COLUMNS;
                    const sorted = header.column.getIsSorted();
                    const content = flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      >
                        {sortable ? (
                          <button
                            type="button"
                            className="sort-button"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            {content}
                            <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                          </button>
                        ) : (
                          content
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {paddingTop > 0 && (
                <tr aria-hidden="true" className="spacer-row">
                  <td colSpan={visibleColumnCount} style={{ height: paddingTop }} />
                </tr>
              )}
              {virtualRows.map((virtualRow) => {
                const row = tableRows[virtualRow.index];
                if (!row) return null;
                return (
                  <tr
                    key={row.id}
                    data-index={virtualRow.index}
                    ref={virtualizer.measureElement}
                    aria-selected={row.getIsSelected()}
                    aria-rowindex={virtualRow.index + 2}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                    ))}
                  </tr>
                );
              })}
              {paddingBottom > 0 && (
                <tr aria-hidden="true" className="spacer-row">
                  <td colSpan={visibleColumnCount} style={{ height: paddingBottom }} />
                </tr>
              )}
              {!mandates.isPending && rows.length === 0 && (
                <tr>
                  <td colSpan={visibleColumnCount} className="empty-state">
                    No mandate matches these filters. Clear a filter or search for fewer words; mandates addressed to
                    others than UNODC appear when "Mandates" is set to "All, to anyone".
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
