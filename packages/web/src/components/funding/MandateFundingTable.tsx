import type { FundingState, MandateFunding } from '@mandate-tracker/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { FUNDING_STATE_BADGES, FUNDING_STATE_LABELS } from './labels.ts';
import { formatUsd } from './money.ts';
import { SampleBadge } from './SampleBadge.tsx';
import { workspaceLinkForState } from './funding-url.ts';

/** Rows shown before "Show all": enough to see the largest gaps without scrolling past 70 rows. */
const FIRST_ROWS = 15;

interface MandateFundingTableProps {
  mandates: readonly MandateFunding[];
  state: FundingState | null;
}

/** The mandates in one funding state (or all), largest gap first, each linked to its mandate and projects. */
export function MandateFundingTable({ mandates, state }: MandateFundingTableProps) {
  const [showAll, setShowAll] = useState(false);
  const matching = mandates
    .filter((mandate) => state === null || mandate.state === state)
    .sort((a, b) => b.gap - a.gap || a.reference.localeCompare(b.reference, 'en', { numeric: true }));
  const shown = showAll ? matching : matching.slice(0, FIRST_ROWS);
  if (matching.length === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">
          No {state === null ? '' : `${FUNDING_STATE_LABELS[state].toLowerCase()} `}mandates.
        </p>
        <p>Choose another funding state above, or link mandates to projects and budget lines on their mandate pages.</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted" aria-live="polite">
        {matching.length} {matching.length === 1 ? 'mandate' : 'mandates'}
        {state === null ? '' : ` ${FUNDING_STATE_LABELS[state].toLowerCase()}`}
        {shown.length < matching.length ? `, the ${shown.length} with the largest gap shown` : ''}.{' '}
        {state !== null && <Link to={workspaceLinkForState(state)}>Open them in the planner workspace</Link>}
      </p>
      <div className="ledger-table-scroll">
        <table className="ledger-table">
          <caption className="visually-hidden">Mandates with their funding (US dollars)</caption>
          <thead>
            <tr>
              <th scope="col">Mandate</th>
              <th scope="col">What is asked</th>
              <th scope="col">State</th>
              <th scope="col">Projects</th>
              <th scope="col" className="numeric">
                Planned cost
              </th>
              <th scope="col" className="numeric">
                Funded
              </th>
              <th scope="col" className="numeric">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((mandate) => (
              <tr key={mandate.mandateId}>
                <th scope="row">
                  <Link to={`/mandates/${mandate.mandateId}`}>{mandate.reference}</Link>
                </th>
                <td className="action-cell">
                  <span className="action-cell__text" title={mandate.action}>
                    {mandate.action}
                  </span>
                </td>
                <td>
                  <span className={`badge ${FUNDING_STATE_BADGES[mandate.state]}`}>
                    {FUNDING_STATE_LABELS[mandate.state]}
                  </span>
                </td>
                <td>
                  {mandate.projects.length === 0 ? (
                    <span className="muted">None linked</span>
                  ) : (
                    <ul className="inline-list">
                      {mandate.projects.map((project) => (
                        <li key={project.id}>
                          <Link to={`/projects/${project.id}`}>{project.code}</Link>
                          {project.sample && <SampleBadge />}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="numeric">{formatUsd(mandate.need)}</td>
                <td className="numeric">{formatUsd(mandate.funded)}</td>
                <td className="numeric">{formatUsd(mandate.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matching.length > FIRST_ROWS && (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${FIRST_ROWS} only` : `Show all ${matching.length} mandates`}
        </button>
      )}
    </>
  );
}
