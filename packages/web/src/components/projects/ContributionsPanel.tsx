import {
  CONTRIBUTION_STATES,
  type ContributionState,
  DONOR_KINDS,
  type DonorKind,
  ZContributionCreate,
  ZDonorCreate,
} from '@mandate-tracker/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { PlannerOnly, SignedInOnly } from '../auth/PlannerOnly.tsx';
import { ServerErrorNotice } from '../ServerErrorNotice.tsx';
import { checkForm, type FieldErrors, serverFieldErrors } from './field-errors.ts';
import { FormField } from './FormField.tsx';
import { DONOR_KIND_LABELS } from './labels.ts';
import { formatAmount } from './money.ts';
import { SampleDataLabel } from './SampleDataLabel.tsx';

/** Contributions of one project or one budget line. */
type ContributionTarget = { projectId: number } | { budgetLineId: number };

const STATE_LABELS: Readonly<Record<ContributionState, string>> = { pledged: 'Pledged', paid: 'Paid' };

/** Adds a donor that is not in the list yet, then selects it for the contribution. */
function NewDonorForm({ onCreated }: { onCreated: (donorId: number) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DonorKind>('member-state');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.donors.create.mutationOptions({
      onSuccess: async (donor) => {
        await queryClient.invalidateQueries({ queryKey: trpc.donors.pathKey() });
        setName('');
        onCreated(donor.id);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkForm(ZDonorCreate, { name, kind });
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    create.mutate(check.data);
  };
  return (
    <form className="entity-form entity-form--inline" onSubmit={onSubmit} noValidate aria-label="New donor">
      <FormField label="New donor's name" name="name" errors={errors}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </FormField>
      <FormField label="Kind" name="kind" errors={errors}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as DonorKind)}>
            {DONOR_KINDS.map((option) => (
              <option key={option} value={option}>
                {DONOR_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button--secondary" disabled={create.isPending}>
        Add donor
      </button>
      {errors.form && (
        <p role="alert" className="field__error">
          {errors.form.join(' ')}
        </p>
      )}
    </form>
  );
}

/** Records a pledge or payment of a donor towards the project or budget line. */
function NewContributionForm({ target }: { target: ContributionTarget }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const donors = useQuery(trpc.donors.list.queryOptions());
  const [values, setValues] = useState({
    donorId: '',
    amount: '',
    currency: 'USD',
    state: 'pledged' as ContributionState,
    date: '',
    earmarked: true,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.contributions.create.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.contributions.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.funding.pathKey() }),
        ]);
        setValues((current) => ({ ...current, amount: '', date: '' }));
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    }),
  );
  const set = (field: 'donorId' | 'amount' | 'currency' | 'state' | 'date') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkForm(ZContributionCreate, {
      ...target,
      donorId: values.donorId === '' ? undefined : Number(values.donorId),
      amount: values.amount.trim() === '' ? undefined : Number(values.amount),
      currency: values.currency.trim().toUpperCase(),
      state: values.state,
      date: values.date,
      earmarked: values.earmarked,
    });
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    create.mutate(check.data);
  };

  return (
    <>
      <form className="entity-form" onSubmit={onSubmit} noValidate aria-label="New contribution">
        <div className="entity-form__grid">
          <FormField label="Donor" name="donorId" errors={errors}>
            {(control) => (
              <select {...control} value={values.donorId} onChange={set('donorId')}>
                <option value="">Choose a donor</option>
                {donors.data?.map((donor) => (
                  <option key={donor.id} value={donor.id}>
                    {donor.name}
                    {donor.sample ? ' (sample data)' : ''}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Amount" name="amount" errors={errors}>
            {(control) => (
              <input {...control} type="number" min={0} step="any" value={values.amount} onChange={set('amount')} />
            )}
          </FormField>
          <FormField label="Currency" name="currency" errors={errors}>
            {(control) => <input {...control} value={values.currency} onChange={set('currency')} maxLength={3} />}
          </FormField>
          <FormField label="State" name="state" errors={errors}>
            {(control) => (
              <select {...control} value={values.state} onChange={set('state')}>
                {CONTRIBUTION_STATES.map((state) => (
                  <option key={state} value={state}>
                    {STATE_LABELS[state]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Date" name="date" errors={errors}>
            {(control) => <input {...control} type="date" value={values.date} onChange={set('date')} />}
          </FormField>
          <div className="field field--checkbox">
            <label>
              <input
                type="checkbox"
                checked={values.earmarked}
                onChange={(event) => setValues((current) => ({ ...current, earmarked: event.target.checked }))}
              />{' '}
              Earmarked for this purpose
            </label>
          </div>
        </div>
        {errors.form && (
          <p role="alert" className="field__error">
            {errors.form.join(' ')}
          </p>
        )}
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Add contribution'}
        </button>
      </form>
      <NewDonorForm onCreated={(donorId) => setValues((current) => ({ ...current, donorId: String(donorId) }))} />
    </>
  );
}

/**
 * Who gave what towards a project or budget line: the list, and a form to record a new pledge or
 * payment. Contribution details are for signed-in users; the form for planners.
 */
export function ContributionsPanel({ target }: { target: ContributionTarget }) {
  return (
    <SignedInOnly what="see contribution details">
      <ContributionList target={target} />
    </SignedInOnly>
  );
}

function ContributionList({ target }: { target: ContributionTarget }) {
  const trpc = useTRPC();
  const contributions = useQuery(trpc.contributions.list.queryOptions(target));
  return (
    <>
      {contributions.isPending && <p className="loading">Loading contributions…</p>}
      {contributions.isError && (
        <ServerErrorNotice
          error={contributions.error}
          onRetry={() => void contributions.refetch()}
          retrying={contributions.isFetching}
        />
      )}
      {contributions.data && contributions.data.length === 0 && <p className="muted">No contribution recorded yet.</p>}
      {contributions.data && contributions.data.length > 0 && (
        <div className="ledger-table-scroll">
          <table className="ledger-table">
            <caption className="visually-hidden">Contributions</caption>
            <thead>
              <tr>
                <th scope="col">Donor</th>
                <th scope="col">Amount</th>
                <th scope="col">State</th>
                <th scope="col">Date</th>
                <th scope="col">Earmarked</th>
              </tr>
            </thead>
            <tbody>
              {contributions.data.map((contribution) => (
                <tr key={contribution.id}>
                  <td>
                    {contribution.donorName} <SampleDataLabel sample={contribution.sample} />
                  </td>
                  <td className="numeric">{formatAmount(contribution.amount, contribution.currency)}</td>
                  <td>{STATE_LABELS[contribution.state]}</td>
                  <td>{formatDate(contribution.date)}</td>
                  <td>{contribution.earmarked ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PlannerOnly what="record contributions">
        <h3>Add a contribution</h3>
        <NewContributionForm target={target} />
      </PlannerOnly>
    </>
  );
}
