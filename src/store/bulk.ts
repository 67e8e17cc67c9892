/**
 * The page side of bulk outputs: owns the bulk worker (lib/tracker/bulk.worker.ts),
 * runs one job at a time, keeps its progress in a small store of its own
 * (so the session slice and its readers are untouched) and downloads the
 * finished file. Cancel stops the worker between two slices.
 */
import { create } from 'zustand';
import type { BulkRequest, BulkResponse } from '../lib/tracker/bulk-protocol';
import type { ListExport } from '../lib/tracker/list-export';

export type BulkKind = 'list';

export interface BulkState {
  /** The job running, with rows written so far; null when none. */
  job: { id: number; kind: BulkKind; done: number; total: number } | null;
  /** How the last job ended, when it did not end in a download. */
  outcome: { kind: 'cancelled' } | { kind: 'failed'; detail: string } | null;
}

export const useBulk = create<BulkState>()(() => ({ job: null, outcome: null }));

let worker: Worker | null = null;
let nextId = 1;
const finish = new Map<number, (file: Blob) => void>();

function onMessage(message: BulkResponse) {
  const { job } = useBulk.getState();
  if (!job || job.id !== message.id) return;
  switch (message.type) {
    case 'progress':
      useBulk.setState({ job: { ...job, done: message.done, total: message.total } });
      return;
    case 'done':
      useBulk.setState({ job: null, outcome: null });
      finish.get(message.id)?.(message.file);
      finish.delete(message.id);
      return;
    case 'cancelled':
      finish.delete(message.id);
      useBulk.setState({ job: null, outcome: { kind: 'cancelled' } });
      return;
    case 'error':
      finish.delete(message.id);
      useBulk.setState({ job: null, outcome: { kind: 'failed', detail: message.detail } });
  }
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../lib/tracker/bulk.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BulkResponse>) => onMessage(event.data);
    // A crashed worker (out of memory) ends the job with a message; the next job starts a fresh one.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      const { job } = useBulk.getState();
      if (job) onMessage({ type: 'error', id: job.id, detail: event.message || 'worker stopped' });
    };
  }
  return worker;
}

/** Starts the list export (one job at a time: a second click while one runs does nothing); `save` gets the file. */
export function startListExport(input: ListExport, save: (file: Blob) => void): void {
  if (useBulk.getState().job) return;
  const id = nextId++;
  finish.set(id, save);
  useBulk.setState({ job: { id, kind: 'list', done: 0, total: input.rows.length }, outcome: null });
  getWorker().postMessage({ type: 'listCsv', id, input } satisfies BulkRequest);
}

/**
 * Stops the running job before its next slice; nothing is downloaded. The job
 * ends here, not when the worker answers: its 'done' may already be on its
 * way (the last slice written before the cancel was read), and the rep who
 * clicked Cancel must not get the file.
 */
export function cancelBulk(): void {
  const { job } = useBulk.getState();
  if (!job) return;
  worker?.postMessage({ type: 'cancel', id: job.id } satisfies BulkRequest);
  finish.delete(job.id);
  useBulk.setState({ job: null, outcome: { kind: 'cancelled' } });
}
