/**
 * Columns guessed by name that hold the wrong kind of value. A header can
 * name a figure and hold words: the tracker's own list export writes
 * "Activation: Not activated" under "Activation", which the name matcher
 * takes for activated licences. Loading it would show every client as
 * "unknown" with no question asked; so when most filled cells of a column
 * picked automatically cannot be read as its kind, the rep is asked instead
 * (the mapping form opens naming it). A column the rep chose is never
 * second-guessed: its bad cells are reported line by line as before.
 */
import type { RowIssue } from '../csv/types';
import type { Mapping } from '../tracker/registry';

/** Share of a column's filled cells that may be unreadable before it is called the wrong column. */
export const UNREADABLE_SHARE = 0.5;

/**
 * The mapped fields whose cells are mostly unreadable, in mapping order,
 * given the build's issues and how many client rows were read.
 * unreadableFields({ seatsActivated: 'Activation' }, [badNumber × 60], 60) → ['seatsActivated']
 */
export function unreadableFields(mapping: Mapping, issues: readonly RowIssue[], rows: number): string[] {
  if (rows === 0) return [];
  const bad = new Map<string, number>();
  for (const issue of issues) {
    if ((issue.code === 'badNumber' || issue.code === 'badDate') && issue.field) bad.set(issue.field, (bad.get(issue.field) ?? 0) + 1);
  }
  return Object.keys(mapping).filter((field) => (bad.get(field) ?? 0) > rows * UNREADABLE_SHARE);
}
