/**
 * The size most rows of a list measured so far: the size the windowed list
 * (components/tracker/useListWindow.ts) gives rows not yet measured, and
 * its scroll height (rows × this size). The last size measured would make
 * the height jump with each wrapped label; a fixed guess (64 px against rows
 * of 103 px) would put the scrollbar's end far from the list's.
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
