/**
 * One-entry memo for derived values: the page (and the view worker) shows
 * one state at a time, so keeping the last result is enough for re-renders
 * and repeated queries to cost nothing.
 */

/** One-entry memo: recomputes only when an argument changes (by identity). */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.value;
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}
