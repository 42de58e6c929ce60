import type { Table } from '@tanstack/react-table';
import { CHOOSABLE_COLUMNS, type MandateRow } from './mandate-columns.tsx';

/** A disclosure with one checkbox per column; the choice is remembered in this browser. */
export function ColumnChooser({ table }: { table: Table<MandateRow> }) {
  return (
    <details className="column-chooser">
      <summary className="button button--secondary">Columns</summary>
      <fieldset>
        <legend>Columns to show</legend>
        {CHOOSABLE_COLUMNS.map(({ id, label }) => {
          const column = table.getColumn(id);
          if (!column) return null;
          return (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
              {label}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
