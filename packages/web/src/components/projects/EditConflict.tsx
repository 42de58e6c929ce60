import type { ReactNode } from 'react';

/**
 * The stored values a CONFLICT carries in `details.current` when an edit was based on an old
 * version, or null for any other error (a CONFLICT over a taken code carries none).
 */
export function staleEditCurrent<T extends { version: number }>(error: unknown): T | null {
  const shape = error as { data?: { appCode?: unknown; details?: { current?: T } | null } | null } | null;
  const current = shape?.data?.details?.current;
  return shape?.data?.appCode === 'CONFLICT' && current !== undefined ? current : null;
}

interface EditConflictProps {
  /** 'project', 'budget line' … */
  what: string;
  version: number;
  /** The stored values, for people to compare with their own. */
  summary: ReactNode;
  /** Saves the user's values again, based on the stored version. */
  onReapply: () => void;
  /** Replaces the user's values with the stored ones. */
  onLoadCurrent: () => void;
}

/** Says that someone else saved first, shows their values, and lets the user choose. */
export function EditConflict({ what, version, summary, onReapply, onLoadCurrent }: EditConflictProps) {
  return (
    <div className="notice notice--warning" role="alert" data-testid="edit-conflict">
      <p className="notice__title">Someone else changed this {what} while you were editing.</p>
      <p>
        Your changes were not saved. The current values (version {version}) are: {summary}
      </p>
      <div className="item-actions">
        <button type="button" className="button" onClick={onReapply}>
          Save my changes over them
        </button>
        <button type="button" className="button button--secondary" onClick={onLoadCurrent}>
          Load the current values
        </button>
      </div>
    </div>
  );
}
