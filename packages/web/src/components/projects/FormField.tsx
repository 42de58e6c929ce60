import { type ReactNode, useId } from 'react';
import type { FieldErrors } from './field-errors.ts';

interface FormFieldProps {
  label: string;
  /** The field's key in the schema, to find its messages in `errors`. */
  name: string;
  errors: FieldErrors;
  hint?: string;
  /** Renders the control with the ids and ARIA attributes that tie it to its label and messages. */
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A labelled form control with its hint and, when the schema or the server refused it, its error messages. */
export function FormField({ label, name, errors, hint, children }: FormFieldProps) {
  const id = useId();
  const messages = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, messages ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages !== undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
      {messages && (
        <p id={`${id}-error`} className="field__error">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
