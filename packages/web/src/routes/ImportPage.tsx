import { ZImportDocumentInput } from '@mandate-tracker/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { PlannerOnly } from '../components/auth/PlannerOnly.tsx';
import { ImportResult } from '../components/import/ImportResult.tsx';
import { PreviewPanel } from '../components/import/PreviewPanel.tsx';
import { readTextFile } from '../components/import/read-text-file.ts';
import { useDebouncedValue } from '../components/import/use-debounced-value.ts';
import { checkForm, serverFieldErrors, type FieldErrors } from '../components/projects/field-errors.ts';
import { useTRPC, useTRPCClient } from '../trpc.ts';

const PREVIEW_DELAY_MS = 400;
const WHAT_TO_DO =
  'Paste the full text of a UN resolution or report, with its symbol line and title, or choose its .txt file.';

/**
 * Import: paste a UN document or choose its .txt file, see what would be extracted while typing
 * (nothing is saved), then import it and see whether it was created, unchanged or updated. Only
 * planners import (the preview too is a planner's procedure); others are asked to sign in.
 */
export function ImportPage() {
  return (
    <>
      <title>Import · mandate-tracker</title>
      <h1>Import a document</h1>
      <p className="page-intro">
        Paste a resolution or a committee report, or choose its .txt file. The preview shows what will be extracted;
        nothing is saved until you press Import. Importing the same text again changes nothing.
      </p>
      <PlannerOnly what="import documents">
        <ImportForm />
      </PlannerOnly>
    </>
  );
}

function ImportForm() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const textId = useId();
  const [text, setText] = useState('');
  const [symbol, setSymbol] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<FieldErrors>({});
  const settledText = useDebouncedValue(text, PREVIEW_DELAY_MS);
  const hasText = settledText.trim() !== '';

  // The preview is a mutation on the server (the text is too large for a GET), read here as a
  // query keyed by the text so a slow answer for old text never replaces a newer one.
  const preview = useQuery({
    queryKey: ['documents.preview', settledText],
    queryFn: () => client.documents.preview.mutate({ text: settledText }),
    enabled: hasText,
    retry: false,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

  const importDocument = useMutation(
    trpc.documents.import.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (error) => setFormErrors(serverFieldErrors(error)),
    }),
  );

  const onTextChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    setFileError(null);
    setFormErrors({});
    importDocument.reset();
  };

  const onFileChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    importDocument.reset();
    setFormErrors({});
    setFileName(file.name);
    const reading = await readTextFile(file);
    if (reading.ok) {
      setFileError(null);
      setText(reading.text);
    } else {
      setFileError(reading.message);
      setText('');
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkForm(ZImportDocumentInput, { text, symbol: symbol.trim() === '' ? undefined : symbol.trim() });
    if (!check.ok) return setFormErrors(check.errors);
    if (text.trim() === '') return setFormErrors({ text: [`The text is empty. ${WHAT_TO_DO}`] });
    setFormErrors({});
    importDocument.mutate(check.data);
  };

  const textError =
    formErrors.text?.join(' ') ??
    (preview.isError && hasText && text === settledText ? `${preview.error.message} ${WHAT_TO_DO}` : null);
  const symbolError = formErrors.symbol?.join(' ') ?? null;
  const formError = formErrors.form?.join(' ') ?? null;

  return (
    <>
      <div aria-live="polite">{importDocument.data && <ImportResult report={importDocument.data} />}</div>

      <div className="import-layout">
        <form className="card import-form" onSubmit={onSubmit} noValidate aria-labelledby="import-form-heading">
          <h2 id="import-form-heading">Document</h2>
          <div className="field">
            <label htmlFor={`${textId}-file`}>Choose a .txt file</label>
            <input
              id={`${textId}-file`}
              type="file"
              accept=".txt,text/plain"
              onChange={(event) => void onFileChange(event)}
              aria-invalid={fileError !== null}
              aria-describedby={fileError !== null ? `${textId}-file-error` : undefined}
            />
            {fileName && <p className="muted">Chosen: {fileName}</p>}
            {fileError !== null && (
              <p id={`${textId}-file-error`} role="alert" className="field__error">
                {fileError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={textId}>Or paste the text</label>
            <textarea
              id={textId}
              value={text}
              onChange={onTextChange}
              rows={16}
              spellCheck={false}
              aria-invalid={textError !== null}
              aria-describedby={textError !== null ? `${textId}-error` : undefined}
            />
            {textError !== null && (
              <p id={`${textId}-error`} role="alert" className="field__error">
                {textError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${textId}-symbol`}>Document symbol (optional)</label>
            <input
              id={`${textId}-symbol`}
              type="text"
              value={symbol}
              onChange={(event) => setSymbol(event.target.value)}
              placeholder="A/65/457"
              aria-invalid={symbolError !== null}
              aria-describedby={`${textId}-symbol-hint${symbolError !== null ? ` ${textId}-symbol-error` : ''}`}
            />
            <p id={`${textId}-symbol-hint`} className="muted">
              Only for texts that do not print their symbol.
            </p>
            {symbolError !== null && (
              <p id={`${textId}-symbol-error`} role="alert" className="field__error">
                {symbolError}
              </p>
            )}
          </div>
          {formError !== null && (
            <p role="alert" className="field__error">
              {formError}
            </p>
          )}
          <button
            type="submit"
            className="button"
            disabled={importDocument.isPending || text.trim() === '' || fileError !== null}
          >
            {importDocument.isPending ? 'Importing…' : 'Import'}
          </button>
        </form>

        <section className="card import-preview-card" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <div aria-live="polite" aria-busy={preview.isFetching}>
            {!hasText && (
              <p className="muted">Paste a document or choose a file: its resolutions and mandates appear here.</p>
            )}
            {hasText && preview.isFetching && !preview.data && <p className="loading">Reading the document…</p>}
            {hasText && preview.isError && !preview.isFetching && (
              <p className="muted">Nothing to preview: see the message beside the text.</p>
            )}
            {hasText && preview.data && !preview.isError && <PreviewPanel preview={preview.data} />}
          </div>
        </section>
      </div>
    </>
  );
}
