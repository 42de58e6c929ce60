import {
  PROJECT_STATUSES,
  type Project,
  type ProjectStatus,
  ZProjectCreate,
  ZProjectUpdate,
} from '@mandate-tracker/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../trpc.ts';
import { EditConflict, staleEditCurrent } from './EditConflict.tsx';
import { checkForm, type FieldErrors, serverFieldErrors } from './field-errors.ts';
import { FormField } from './FormField.tsx';
import { PROJECT_STATUS_LABELS } from './labels.ts';

interface ProjectFormProps {
  /** The project to edit; omit to create one. */
  project?: Project;
  onSaved: (project: Project) => void;
  onCancel?: () => void;
}

interface ProjectValues {
  code: string;
  title: string;
  theme: string;
  region: string;
  status: ProjectStatus;
  periodStart: string;
  periodEnd: string;
}

function valuesOf(project: Project | undefined): ProjectValues {
  return {
    code: project?.code ?? '',
    title: project?.title ?? '',
    theme: project?.theme ?? '',
    region: project?.region ?? '',
    status: project?.status ?? 'active',
    periodStart: project?.periodStart ?? '',
    periodEnd: project?.periodEnd ?? '',
  };
}

/** An empty optional field means "none", which the schema spells `null`. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Creates or edits a project. The shared zod schema checks the fields before sending; the
 * server's own refusals (a code already in use) come back beside the field they concern.
 */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(project));
  const [errors, setErrors] = useState<FieldErrors>({});
  // The version the edit is based on: a save refused as stale offers the stored values instead.
  const [baseVersion, setBaseVersion] = useState(project?.version ?? 0);
  const [conflict, setConflict] = useState<Project | null>(null);
  const options = {
    onSuccess: async (saved: Project) => {
      setConflict(null);
      setBaseVersion(saved.version);
      await queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() });
      onSaved(saved);
    },
    onError: (error: unknown) => {
      const current = staleEditCurrent<Project>(error);
      setConflict(current);
      setErrors(current === null ? serverFieldErrors(error) : {});
    },
  };
  const create = useMutation(trpc.projects.create.mutationOptions(options));
  const update = useMutation(trpc.projects.update.mutationOptions(options));
  const saving = create.isPending || update.isPending;

  const set = (field: keyof ProjectValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (version: number) => {
    const input = {
      code: values.code,
      title: values.title,
      theme: orNull(values.theme),
      region: orNull(values.region),
      status: values.status,
      periodStart: orNull(values.periodStart),
      periodEnd: orNull(values.periodEnd),
    };
    if (project) {
      const check = checkForm(ZProjectUpdate, { ...input, id: project.id, version });
      if (!check.ok) return setErrors(check.errors);
      setErrors({});
      update.mutate(check.data);
    } else {
      const check = checkForm(ZProjectCreate, input);
      if (!check.ok) return setErrors(check.errors);
      setErrors({});
      create.mutate(check.data);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(baseVersion);
  };
  const reapply = (current: Project) => {
    setBaseVersion(current.version);
    submit(current.version);
  };
  const loadCurrent = (current: Project) => {
    setValues(valuesOf(current));
    setBaseVersion(current.version);
    setConflict(null);
  };

  return (
    <form className="entity-form" onSubmit={onSubmit} noValidate aria-label={project ? 'Edit project' : 'New project'}>
      <div className="entity-form__grid">
        <FormField label="Code" name="code" errors={errors} hint="As in UNODC's programme lists, e.g. GLOU40">
          {(control) => <input {...control} value={values.code} onChange={set('code')} autoComplete="off" />}
        </FormField>
        <FormField label="Title" name="title" errors={errors}>
          {(control) => <input {...control} value={values.title} onChange={set('title')} />}
        </FormField>
        <FormField label="Theme" name="theme" errors={errors}>
          {(control) => <input {...control} value={values.theme} onChange={set('theme')} />}
        </FormField>
        <FormField label="Region" name="region" errors={errors}>
          {(control) => <input {...control} value={values.region} onChange={set('region')} />}
        </FormField>
        <FormField label="Status" name="status" errors={errors}>
          {(control) => (
            <select {...control} value={values.status} onChange={set('status')}>
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {PROJECT_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Start date" name="periodStart" errors={errors}>
          {(control) => <input {...control} type="date" value={values.periodStart} onChange={set('periodStart')} />}
        </FormField>
        <FormField label="End date" name="periodEnd" errors={errors}>
          {(control) => <input {...control} type="date" value={values.periodEnd} onChange={set('periodEnd')} />}
        </FormField>
      </div>
      {conflict && (
        <EditConflict
          what="project"
          version={conflict.version}
          summary={`code ${conflict.code}; title “${conflict.title}”; status ${PROJECT_STATUS_LABELS[conflict.status]}; theme ${conflict.theme ?? 'none'}; region ${conflict.region ?? 'none'}; period ${conflict.periodStart ?? '…'} to ${conflict.periodEnd ?? '…'}.`}
          onReapply={() => reapply(conflict)}
          onLoadCurrent={() => loadCurrent(conflict)}
        />
      )}
      {errors.form && (
        <p role="alert" className="field__error">
          {errors.form.join(' ')}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors.form && (
        <p role="alert" className="field__error">
          Check the fields marked above.
        </p>
      )}
      <div className="entity-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : project ? 'Save changes' : 'Create project'}
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
