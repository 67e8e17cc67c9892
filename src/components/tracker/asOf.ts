/**
 * The as-of date the tracker computes on (tracker.md §3): today on every
 * visit, unless the rep pinned a date (kept in the persisted settings as
 * `asOf`). A date chosen without pinning lasts for this visit only, so a
 * rep who looked at last month's figures is not still in last month tomorrow.
 */
import { create } from 'zustand';
import { dayFromIso, isoFromDay, todayDay } from '../../lib/dates';
import { useSaved } from '../../store';

/** This visit's choice (never persisted): null = the pinned date, else today. */
export const useVisitAsOf = create<{ iso: string | null }>(() => ({ iso: null }));

/** The effective as-of ISO date: this visit's choice, else the pinned one, else today. */
export function effectiveAsOf(visit: string | null, pinned: string | null, now = new Date()): string {
  const chosen = visit ?? pinned;
  return chosen !== null && dayFromIso(chosen) !== null ? chosen : isoFromDay(todayDay(now));
}

/** The as-of date and what the rep can do with it. */
export function useAsOf() {
  const visit = useVisitAsOf((s) => s.iso);
  const pinned = useSaved((s) => s.settings.asOf);
  const setSettings = useSaved((s) => s.setSettings);
  const iso = effectiveAsOf(visit, pinned);
  const today = isoFromDay(todayDay());
  return {
    iso,
    day: dayFromIso(iso)!,
    isToday: iso === today,
    pinned: pinned !== null,
    /** A new date: for this visit, and kept when the date is pinned. */
    choose(next: string) {
      const value = next && dayFromIso(next) !== null ? next : null;
      useVisitAsOf.setState({ iso: value });
      if (pinned !== null) setSettings({ asOf: value });
    },
    pin(on: boolean) {
      setSettings({ asOf: on ? iso : null });
      if (!on) useVisitAsOf.setState({ iso });
    },
    today() {
      useVisitAsOf.setState({ iso: null });
      setSettings({ asOf: null });
    },
  };
}
