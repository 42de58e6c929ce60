import type { VisibilityState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { DEFAULT_HIDDEN_COLUMNS } from './mandate-columns.tsx';

const STORAGE_KEY = 'mandate-tracker.workspace.columns';

function defaultVisibility(): VisibilityState {
  return Object.fromEntries(DEFAULT_HIDDEN_COLUMNS.map((id) => [id, false]));
}

function storedVisibility(): VisibilityState {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return defaultVisibility();
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  } catch {
    // Private browsing or a hand-edited value: start from the defaults rather than fail.
    return defaultVisibility();
  }
}

/**
 * Which columns of the mandate table are shown. The choice is the planner's own way of working,
 * not something to share in a link, so it is kept in this browser (localStorage), not the URL.
 */
export function useColumnVisibility(): [VisibilityState, (next: VisibilityState) => void] {
  const [visibility, setVisibility] = useState<VisibilityState>(storedVisibility);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(visibility));
    } catch {
      // Storage full or disabled: the choice lasts for this visit only.
    }
  }, [visibility]);
  return [visibility, setVisibility];
}
