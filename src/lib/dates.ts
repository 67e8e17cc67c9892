/**
 * Small date helpers on "epoch days" (whole days since 1970-01-01 UTC), the
 * date unit of the tracker and of `<input type=date>` values. The calendar
 * arithmetic itself lives in `tracker/calendar.ts`; these are the few entry
 * points the UI, the store and the email code need.
 */
import { epochDay, isValidDate, isoDate } from './tracker/calendar';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day n days after (or before, n < 0) a day, e.g. addDays(20513, 14) → 20527. */
export function addDays(day: number, n: number): number {
  return day + n;
}

/** Epoch day of a `YYYY-MM-DD` text (an `<input type=date>` value), null otherwise, e.g. dayFromIso('2026-03-01') → 20513. */
export function dayFromIso(text: string): number | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? epochDay(year, month, day) : null;
}

/** `YYYY-MM-DD` text of an epoch day, e.g. isoFromDay(20513) → '2026-03-01'. */
export function isoFromDay(day: number): string {
  if (!Number.isFinite(day)) throw new RangeError(`isoFromDay: ${day} is not a day`);
  return isoDate(Math.floor(day));
}

/**
 * The rep's calendar date today as an epoch day, e.g. todayDay(new Date(2026, 2, 1, 23, 30)) → 20513.
 * The local date, not the UTC one: at 08:00 in Tokyo it is already "today"
 * for the rep while UTC is still on yesterday.
 */
export function todayDay(now: Date = new Date()): number {
  return epochDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
