import { type BudgetLine, FUNDS, type Fund, ZBudgetLineCreate, ZBudgetLineUpdate } from '@mandate-tracker/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc.ts';
import { EditConflict, staleEditCurrent } from './EditConflict.tsx';
import { checkForm, type FieldErrors, serverFieldErrors } from './field-errors.ts';
import { FormField } from './FormField.tsx';
import { FUND_LABELS } from './labels.ts';

interface BudgetLineFormProps {
  /** The budget line to edit; omit to create one. */
  budgetLine?: BudgetLine;
  /** Preselects the project (on a project's page). */
  projectId?: number;
  onSaved: (budgetLine: BudgetLine) => void;
  onCancel?: () => void;
}

interface BudgetLineValues {
  title: string;
  fund: Fund;
  period: string;
  amount: string;
  currency: string;
  projectId: string;
}

function valuesOf(budgetLine: BudgetLine | undefined, projectId: number | undefined): BudgetLineValues {
  return {
    title: budgetLine?.title ?? '',
    fund: budgetLine?.fund ?? 'special-purpose',
    period: budgetLine?.period ?? '',
    amount: budgetLine === undefined ? '' : String(budgetLine.amount),
    currency: budgetLine?.currency ?? 'USD',
    projectId: String(budgetLine?.projectId ?? projectId ?? ''),
  };
}

/** Creates or edits a budget line: fund, period, amount and currency, and the project it pays for. */
export function BudgetLineForm({ budgetLine, projectId, onSaved, onCancel }: BudgetLineFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const [values, setValues] = useState<BudgetLineValues>(() => valuesOf(budgetLine, projectId));
  const [errors, setErrors] = useState<FieldErrors>({});
  // The version the edit is based on: a save refused as stale offers the stored values instead.
  const [baseVersion, setBaseVersion] = useState(budgetLine?.version ?? 0);
  const [conflict, setConflict] = useState<BudgetLine | null>(null);
  const options = {
    onSuccess: async (saved: BudgetLine) => {
      setConflict(null);
      setBaseVersion(saved.version);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.budgetLines.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }),
      ]);
      onSaved(saved);
    },
    onError: (error: unknown) => {
      const current = staleEditCurrent<BudgetLine>(error);
      setConflict(current);
      setErrors(current === null ? serverFieldErrors(error) : {});
    },
  };
  const create = useMutation(trpc.budgetLines.create.mutationOptions(options));
  const update = useMutation(trpc.budgetLines.update.mutationOptions(options));
  const saving = create.isPending || update.isPending;
  const set = (field: keyof BudgetLineValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (version: number) => {
    const input = {
      title: values.title,
      fund: values.fund,
      period: values.period,
      // An empty box is "missing", not zero: let the schema say so.
      amount: values.amount.trim() === '' ? undefined : Number(values.amount),
      currency: values.currency.trim().toUpperCase(),
      projectId: values.projectId === '' ? null : Number(values.projectId),
    };
    if (budgetLine) {
      const check = checkForm(ZBudgetLineUpdate, { ...input, id: budgetLine.id, version });
      if (!check.ok) return setErrors(check.errors);
      setErrors({});
      update.mutate(check.data);
    } else {
      const check = checkForm(ZBudgetLineCreate, input);
      if (!check.ok) return setErrors(check.errors);
      setErrors({});
      create.mutate(check.data);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(baseVersion);
  };
  const reapply = (current: BudgetLine) => {
    setBaseVersion(current.version);
    submit(current.version);
  };
  const loadCurrent = (current: BudgetLine) => {
    setValues(valuesOf(current, projectId));
    setBaseVersion(current.version);
    setConflict(null);
  };

  return (
    <form
      className="entity-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={budgetLine ? 'Edit budget line' : 'New budget line'}
    >
      <div className="entity-form__grid">
        <FormField label="Title" name="title" errors={errors}>
          {(control) => <input {...control} value={values.title} onChange={set('title')} />}
        </FormField>
        <FormField label="Fund" name="fund" errors={errors}>
          {(control) => (
            <select {...control} value={values.fund} onChange={set('fund')}>
              {FUNDS.map((fund) => (
                <option key={fund} value={fund}>
                  {FUND_LABELS[fund]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Period" name="period" errors={errors} hint="A year or years, e.g. 2012-2015">
          {(control) => <input {...control} value={values.period} onChange={set('period')} />}
        </FormField>
        <FormField label="Amount" name="amount" errors={errors}>
          {(control) => (
            <input {...control} type="number" min={0} step="any" value={values.amount} onChange={set('amount')} />
          )}
        </FormField>
        <FormField label="Currency" name="currency" errors={errors}>
          {(control) => <input {...control} value={values.currency} onChange={set('currency')} maxLength={3} />}
        </FormField>
        <FormField label="Project" name="projectId" errors={errors}>
          {(control) => (
            <select {...control} value={values.projectId} onChange={set('projectId')}>
              <option value="">No project</option>
              {projects.data?.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.code}: {project.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {conflict && (
        <EditConflict
          what="budget line"
          version={conflict.version}
          summary={`title “${conflict.title}”; fund ${FUND_LABELS[conflict.fund]}; period ${conflict.period}; amount ${conflict.amount} ${conflict.currency}; project ${conflict.projectCode ?? 'none'}.`}
          onReapply={() => reapply(conflict)}
          onLoadCurrent={() => loadCurrent(conflict)}
        />
      )}
      {errors.form && (
        <p role="alert" className="field__error">
          {errors.form.join(' ')}
        </p>
      )}
      <div className="entity-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : budgetLine ? 'Save changes' : 'Add budget line'}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
