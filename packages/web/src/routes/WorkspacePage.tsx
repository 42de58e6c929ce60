import { SystemStatusCard } from '../components/SystemStatusCard.tsx';

/**
 * The planner's home screen. For now it says what the app is for and whether the system is
 * ready; the mandate figures, deadlines and table join it as the tracker screens are built.
 */
export function WorkspacePage() {
  return (
    <>
      <title>Planner workspace · mandate-tracker</title>
      <h1>Planner workspace</h1>
      <p className="page-intro">
        mandate-tracker reads resolutions of the General Assembly, ECOSOC and the Vienna commissions (CCPCJ and CND) and
        turns each paragraph that asks something of UNODC into a mandate: who must act, what is asked, by when, and
        whether resources come with it.
      </p>
      <div className="grid section">
        <section className="card" aria-labelledby="audiences-heading">
          <h2 id="audiences-heading">Who it is for</h2>
          <ul className="feature-list">
            <li>
              <strong>Planners at UNODC</strong> follow every mandate to its deadline, owner and deliverables.
            </li>
            <li>
              <strong>Donors</strong> see which mandates are funded, partly funded or not funded yet.
            </li>
            <li>
              <strong>Member states</strong> see when reports are due, by body and session.
            </li>
          </ul>
          <p className="muted">
            This version runs the server, the database and this workspace shell. The mandate table, funding view and
            report calendar are the next screens to be added.
          </p>
        </section>
        <SystemStatusCard />
      </div>
    </>
  );
}
