import {
  ADDRESSEE_IDS,
  BODY_IDS,
  BODY_NAMES,
  BODY_SHORT_NAMES,
  type AddresseeId,
  type BodyId,
} from '@mandate-tracker/shared';
import { ADDRESSEE_LABELS } from '../workspace/labels.ts';
import type { CalendarSelection } from './calendar-params.ts';
import { monthTitle } from './month-grid.ts';

interface CalendarFiltersProps {
  selection: CalendarSelection;
  /** Years that hold at least one deadline for the current filters, ascending. */
  years: readonly number[];
  onChange: (next: CalendarSelection) => void;
}

/** Body, addressee, scope and period filters; every change goes to the URL through `onChange`. */
export function CalendarFilters({ selection, years, onChange }: CalendarFiltersProps) {
  const toggleBody = (body: BodyId, checked: boolean) =>
    onChange({
      ...selection,
      bodies: checked ? [...selection.bodies, body] : selection.bodies.filter((chosen) => chosen !== body),
    });
  const yearOptions =
    selection.year !== null && !years.includes(selection.year) ? [...years, selection.year].sort() : years;
  return (
    <form className="calendar-filters" aria-label="Calendar filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="calendar-filters__bodies">
        <legend>Body</legend>
        {BODY_IDS.map((body) => (
          <label key={body} className="checkbox" title={BODY_NAMES[body]}>
            <input
              type="checkbox"
              name="body"
              value={body}
              checked={selection.bodies.includes(body)}
              onChange={(event) => toggleBody(body, event.target.checked)}
            />
            {BODY_SHORT_NAMES[body]}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Addressee</span>
        <select
          name="addressee"
          value={selection.addressee ?? ''}
          onChange={(event) =>
            onChange({
              ...selection,
              addressee: (ADDRESSEE_IDS as readonly string[]).includes(event.target.value)
                ? (event.target.value as AddresseeId)
                : null,
            })
          }
        >
          <option value="">Any addressee</option>
          {ADDRESSEE_IDS.map((addressee) => (
            <option key={addressee} value={addressee}>
              {ADDRESSEE_LABELS[addressee]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Requests</span>
        <select
          name="unodcFacing"
          value={selection.allAddressees ? 'all' : 'unodc'}
          onChange={(event) => onChange({ ...selection, allAddressees: event.target.value === 'all' })}
        >
          <option value="unodc">Of UNODC / Secretariat</option>
          <option value="all">Of anyone</option>
        </select>
      </label>
      <label className="field">
        <span>Year</span>
        <select
          name="year"
          value={selection.year ?? ''}
          onChange={(event) =>
            onChange({ ...selection, year: event.target.value === '' ? null : Number(event.target.value), month: null })
          }
        >
          <option value="">{selection.view === 'month' ? 'Next deadline' : 'All years'}</option>
          {yearOptions.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Month</span>
        <select
          name="month"
          value={selection.month ?? ''}
          disabled={selection.year === null}
          onChange={(event) =>
            onChange({ ...selection, month: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          <option value="">{selection.year === null ? 'Choose a year first' : 'Whole year'}</option>
          {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
            <option key={month} value={month}>
              {monthTitle(selection.year ?? 2000, month).split(' ')[0]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
