/**
 * The size most rows of a list measured so far: the estimate a measuring
 * virtualizer gives rows not yet measured. With @tanstack/virtual, every row
 * that measures other than its estimate makes it lay out all the rows after
 * it again (an O(rows) pass: 170–350 ms of each scroll task at 200,000 rows
 * with a fixed estimate of 64 px against rows of 103 px); with this estimate
 * only rows of an unusual size (a wrapped label) do.
 * const sizes = typicalSize(64); sizes.record(103); sizes.record(103); sizes.record(140); sizes.estimate() → 103
 */
export function typicalSize(initial: number): { estimate: () => number; record: (size: number) => void } {
  let typical = initial;
  let typicalCount = 0;
  const counts = new Map<number, number>();
  return {
    estimate: () => typical,
    record: (size) => {
      const count = (counts.get(size) ?? 0) + 1;
      // A handful of distinct sizes in practice; the map stays small whatever happens.
      if (counts.size < 64 || counts.has(size)) counts.set(size, count);
      if (count > typicalCount) [typical, typicalCount] = [size, count];
    },
  };
}
