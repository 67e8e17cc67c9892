/**
 * The languages and gaps of a bulk email, for the composer's summary and its
 * question before emails with gaps leave. Up to a few thousand recipients
 * they are counted here at once; beyond, in the bulk worker (200,000 emails
 * take seconds to fill), and null means "still counting".
 */
import { useEffect, useMemo, useState } from 'react';
import { emptyScan, scanSlice, type MergeInput, type MergeScan } from '../../lib/email/merge-export';
import { scanMerge } from '../../store/bulk';

/** Above this many recipients the counting leaves the page's thread. */
export const INLINE_SCAN_LIMIT = 2000;
/** Typing the rep's name changes every email: wait for a pause before recounting 200,000 of them. */
const RESCAN_DELAY_MS = 300;

export function useMergeScan(input: MergeInput, rows: Int32Array): MergeScan | null {
  const inline = rows.length <= INLINE_SCAN_LIMIT;
  const local = useMemo(() => (inline ? scanSlice(input, rows, 0, rows.length, emptyScan()) : null), [inline, input, rows]);
  const [remote, setRemote] = useState<{ input: MergeInput; rows: Int32Array; scan: MergeScan } | null>(null);
  useEffect(() => {
    if (inline) return;
    let cancel = () => {};
    const timer = setTimeout(() => {
      cancel = scanMerge(input, rows, (scan) => setRemote({ input, rows, scan }));
    }, RESCAN_DELAY_MS);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [inline, input, rows]);
  if (inline) return local;
  return remote && remote.input === input && remote.rows === rows ? remote.scan : null;
}
