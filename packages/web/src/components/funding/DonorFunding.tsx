import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc.ts';
import { SignInToSeeNote } from '../auth/PlannerOnly.tsx';
import { isSignInRequired, useSession } from '../auth/session.ts';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { DONOR_KIND_LABELS } from './labels.ts';
import { formatUsd } from './money.ts';
import { SampleBadge } from './SampleBadge.tsx';
import { StackedAmountChart } from './StackedAmountChart.tsx';
import { PAID_VS_PLEDGED } from './series.ts';

/**
 * What each donor pledged and paid, how much is earmarked, and which projects and mandates it
 * reaches. Donor figures are contribution details: the public is asked to sign in instead.
 */
export function DonorFunding() {
  const trpc = useTRPC();
  const { loading, signedIn } = useSession();
  const donors = useQuery({ ...trpc.funding.byDonor.queryOptions(), enabled: signedIn });
  if (!loading && (!signedIn || (donors.isError && isSignInRequired(donors.error)))) {
    return <SignInToSeeNote what="see funding by donor" />;
  }
  if (donors.isError) {
    return (
      <ServerErrorNotice error={donors.error} onRetry={() => void donors.refetch()} retrying={donors.isFetching} />
    );
  }
  if (donors.isPending) {
    return (
      <p role="status" className="loading">
        Loading funding by donor…
      </p>
    );
  }
  if (donors.data.length === 0) {
    return (
      <div className="notice" role="status">
        <p className="notice__title">No donors recorded yet.</p>
        <p>
          Record donors and their pledges or payments on the <Link to="/projects">Projects</Link> screen.
        </p>
      </div>
    );
  }
  const rows = donors.data.map((donor) => ({ label: donor.name, paid: donor.paid, pledged: donor.pledged }));
  return (
    <>
      <StackedAmountChart title="Paid and pledged amounts by donor" rows={rows} series={PAID_VS_PLEDGED} />
      <div className="ledger-table-scroll">
        <table className="ledger-table">
          <caption>Funding by donor (US dollars)</caption>
          <thead>
            <tr>
              <th scope="col">Donor</th>
              <th scope="col">Kind</th>
              <th scope="col" className="numeric">
                Pledged
              </th>
              <th scope="col" className="numeric">
                Paid
              </th>
              <th scope="col" className="numeric">
                Earmarked
              </th>
              <th scope="col" className="numeric">
                Un-earmarked
              </th>
              <th scope="col">Projects funded</th>
              <th scope="col" className="numeric">
                Mandates reached
              </th>
            </tr>
          </thead>
          <tbody>
            {donors.data.map((donor) => (
              <tr key={donor.donorId}>
                <th scope="row">
                  {donor.name} {donor.sample && <SampleBadge />}
                </th>
                <td>{DONOR_KIND_LABELS[donor.kind] ?? donor.kind}</td>
                <td className="numeric">{formatUsd(donor.pledged)}</td>
                <td className="numeric">{formatUsd(donor.paid)}</td>
                <td className="numeric">{formatUsd(donor.earmarked)}</td>
                <td className="numeric">{formatUsd(donor.unearmarked)}</td>
                <td>
                  {donor.projects.length === 0 ? (
                    <span className="muted">Not earmarked to a project</span>
                  ) : (
                    <ul className="inline-list">
                      {donor.projects.map((project) => (
                        <li key={project.id}>
                          <Link to={`/projects/${project.id}`}>{project.code}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="numeric">{donor.mandateCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
