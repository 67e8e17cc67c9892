/**
 * The list's optional columns, shown on the rep's choice, and that choice
 * kept across reloads. It is a view preference of this browser, not part of
 * the rep's records: it lives under a localStorage key of its own, not in the
 * saved settings that are exported, imported and merged between tabs.
 */
import { useSyncExternalStore } from 'react';

export const OPTIONAL_COLUMNS = ['seats', 'admin', 'phone', 'renewalDate'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

const KEY = 'adoption-playbook:tracker-columns';
const listeners = new Set<() => void>();
let current: readonly OptionalColumn[] | null = null;

/** The stored choice, only known column names, in display order (a damaged value shows none). */
function read(): readonly OptionalColumn[] {
  if (current) return current;
  let stored: unknown = [];
  try {
    stored = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
  } catch {
    stored = [];
  }
  const names = Array.isArray(stored) ? stored : [];
  current = OPTIONAL_COLUMNS.filter((c) => names.includes(c));
  return current;
}

export function setColumnShown(column: OptionalColumn, shown: boolean) {
  const now = read();
  current = OPTIONAL_COLUMNS.filter((c) => (c === column ? shown : now.includes(c)));
  try {
    window.localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or blocked: the choice holds for this page only.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY) return;
    current = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const NONE: readonly OptionalColumn[] = [];

export function useOptionalColumns(): readonly OptionalColumn[] {
  return useSyncExternalStore(subscribe, read, () => NONE);
}

// Read while the tracker starts, not in the list's first render: a page's
// first localStorage read waits for the browser to load the storage area, and
// after a large import the browser is busy storing it (181 ms measured at
// 1,000,000 rows, in the task that put the list on screen).
if (typeof window !== 'undefined') read();
