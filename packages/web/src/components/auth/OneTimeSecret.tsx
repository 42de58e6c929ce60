import { useState } from 'react';

/**
 * A secret the server shows once (a new API token, a temporary password): the value, a Copy
 * button, and a warning that it cannot be shown again. The value is selectable text too, for
 * browsers that refuse clipboard access.
 */
export function OneTimeSecret({ label, value, warning }: { label: string; value: string; warning: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="notice notice--warning" data-testid="one-time-secret">
      <p className="notice__title">{label}</p>
      <p className="one-time-secret">
        <code data-testid="one-time-secret-value">{value}</code>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
        <span aria-live="polite">
          {copied === 'yes' && 'Copied.'}
          {copied === 'failed' && 'The browser did not allow copying: select the text and copy it.'}
        </span>
      </p>
      <p>{warning}</p>
    </div>
  );
}
