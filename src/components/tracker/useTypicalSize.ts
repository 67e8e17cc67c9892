/**
 * Row size options for a measuring virtualizer over 200,000 rows: rows not
 * yet measured are estimated at the size most rows measured (see
 * lib/tracker/typical-size.ts for why).
 */
import { useRef } from 'react';
import { measureElement as measureDefault } from '@tanstack/react-virtual';
import { typicalSize } from '../../lib/tracker/typical-size';

export function useTypicalSize(initial: number) {
  const ref = useRef<{ estimateSize: () => number; measureElement: typeof measureDefault } | null>(null);
  if (!ref.current) {
    const sizes = typicalSize(initial);
    ref.current = {
      estimateSize: sizes.estimate,
      measureElement: (element, entry, instance) => {
        const size = measureDefault(element, entry, instance);
        sizes.record(size);
        return size;
      },
    };
  }
  return ref.current;
}
