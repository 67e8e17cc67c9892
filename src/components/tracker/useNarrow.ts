/** Whether the page is phone-wide (below 700 px): the client list shows cards, not a table. */
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 699.98px)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
