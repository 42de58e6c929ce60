/** Messages per form field, e.g. `{ code: ['Required'] }`. */
export type FieldErrors = Partial<Record<string, string[]>>;

interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** Any zod schema's `safeParse`, typed loosely so the web needs no direct zod dependency. */
interface SafeParser<Output> {
  safeParse(value: unknown): { success: true; data: Output } | { success: false; error: { issues: SchemaIssue[] } };
}

/** Outcome of checking a form against a shared schema before sending it. */
export type FormCheck<Output> = { ok: true; data: Output } | { ok: false; errors: FieldErrors };

/**
 * Validates form values with the same zod schema the server uses, and groups the messages by
 * top-level field so each shows beside its input.
 */
export function checkForm<Output>(schema: SafeParser<Output>, values: unknown): FormCheck<Output> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  const record = (values ?? {}) as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const field = issue.path.length === 0 ? 'form' : String(issue.path[0]);
    // An empty field gets one plain word, not the schema's length and pattern messages.
    const value = record[field];
    if (field !== 'form' && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
      errors[field] = ['Required.'];
      continue;
    }
    const message = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
    if (!errors[field]?.includes(message)) errors[field] = [...(errors[field] ?? []), message];
  }
  return { ok: false, errors };
}

interface ServerErrorShape {
  message?: unknown;
  data?: { zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null } | null;
}

/**
 * Field-level messages from a tRPC error: the server's flattened zod errors when the input was
 * refused, else the server's message (a duplicate code, a missing project) as a form-level error.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  const shape = (error ?? {}) as ServerErrorShape;
  const zodError = shape.data?.zodError;
  if (zodError) {
    const errors: FieldErrors = { ...zodError.fieldErrors };
    if (zodError.formErrors && zodError.formErrors.length > 0) errors.form = zodError.formErrors;
    return errors;
  }
  const serverAnswered = shape.data != null;
  const message = typeof shape.message === 'string' ? shape.message : 'Unknown error';
  return {
    form: [serverAnswered ? message : 'Cannot reach the server — is it running? Nothing was saved; try again.'],
  };
}
