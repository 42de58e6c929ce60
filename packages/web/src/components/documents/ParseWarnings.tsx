import type { ParseWarning } from '@mandate-tracker/shared';

/** What the parser was unsure about when it read the document, so a reader knows what to check. */
export function ParseWarnings({ warnings }: { warnings: readonly ParseWarning[] }) {
  return (
    <section className="card" aria-labelledby="document-warnings-heading">
      <h2 id="document-warnings-heading">Parser warnings</h2>
      {warnings.length === 0 ? (
        <p className="muted">None: the parser read every part of this document without doubts.</p>
      ) : (
        <ul className="parse-warnings">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`}>
              <code>{warning.code}</code> {warning.message}
              {warning.start !== null && <span className="muted"> (at character {warning.start})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
