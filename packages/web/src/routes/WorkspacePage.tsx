import { Link } from 'react-router';
import { MandateFilterForm } from '../components/workspace/MandateFilterForm.tsx';
import { MandateTable } from '../components/workspace/MandateTable.tsx';
import { WorkspaceFigures } from '../components/workspace/WorkspaceFigures.tsx';

/**
 * The planner's home screen: figures at a glance, the next deadlines, deliverables by owner, and
 * the mandate table with its filters (kept in the URL, so a filtered view can be bookmarked or sent).
 */
export function WorkspacePage() {
  return (
    <>
      <title>Planner workspace · mandate-tracker</title>
      <h1>Planner workspace</h1>
      <p className="page-intro">
        Every paragraph of the imported resolutions that asks something of UNODC, with its deadline, owner and
        deliverables. System health is on the <Link to="/status">System status</Link> page.
      </p>
      <WorkspaceFigures />
      <MandateFilterForm />
      <MandateTable />
    </>
  );
}
