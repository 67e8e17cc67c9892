/**
 * The page side of bulk outputs: owns the bulk worker (lib/tracker/bulk.worker.ts),
 * runs one job at a time, keeps its progress in a small store of its own
 * (so the session slice and its readers are untouched) and downloads the
 * finished file. Cancel stops the worker between two slices.
 */
import { create } from 'zustand';
import type { BulkRequest, BulkResponse, MergeCsvJob } from '../lib/tracker/bulk-protocol';
import type { ListExport } from '../lib/tracker/list-export';
import type { MergeInput, MergeScan } from '../lib/email/merge-export';

export type BulkKind = 'list' | 'merge';

export interface BulkState {
  /** The job running, with rows written so far; null when none. */
  job: { id: number; kind: BulkKind; done: number; total: number } | null;
  /** How the last job ended, when it did not end in a download. */
  outcome: { kind: 'cancelled'; job: BulkKind } | { kind: 'failed'; job: BulkKind; detail: string } | null;
}

export const useBulk = create<BulkState>()(() => ({ job: null, outcome: null }));

let worker: Worker | null = null;
let nextId = 1;
const finish = new Map<number, (file: Blob) => void>();
/** Scans waiting for their counts; a scan is not a job (it never blocks an export, nor shows progress). */
const scans = new Map<number, (scan: MergeScan) => void>();

function onMessage(message: BulkResponse) {
  if (scans.has(message.id)) {
    if (message.type === 'scanned') scans.get(message.id)!(message.scan);
    scans.delete(message.id);
    return;
  }
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
      useBulk.setState({ job: null, outcome: { kind: 'cancelled', job: job.kind } });
      return;
    case 'error':
      finish.delete(message.id);
      useBulk.setState({ job: null, outcome: { kind: 'failed', job: job.kind, detail: message.detail } });
      return;
    case 'scanned':
      // Counts for a scan nobody waits for any more (cancelled): nothing to do.
      return;
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
      // A scan that will never answer: its composer keeps "counting" until it asks again.
      scans.clear();
    };
  }
  return worker;
}

/** Starts a job (one at a time: a second click while one runs does nothing); `save` gets the file. */
function startJob(kind: BulkKind, total: number, request: (id: number) => BulkRequest, save: (file: Blob) => void): void {
  if (useBulk.getState().job) return;
  const id = nextId++;
  finish.set(id, save);
  useBulk.setState({ job: { id, kind, done: 0, total }, outcome: null });
  getWorker().postMessage(request(id));
}

/** Starts the list export; `save` gets the file. */
export function startListExport(input: ListExport, save: (file: Blob) => void): void {
  startJob('list', input.rows.length, (id) => ({ type: 'listCsv', id, input }), save);
}

/** Starts the mail-merge CSV of a bulk email; `save` gets the file. */
export function startMergeExport(input: MergeCsvJob, save: (file: Blob) => void): void {
  startJob('merge', input.rows.length, (id) => ({ type: 'mergeCsv', id, input }), save);
}

/**
 * Counts a bulk email's languages and gaps in the worker; `done` gets the
 * counts. Returns a cancel: a newer scan (the rep changed the template) or a
 * closed composer stops this one.
 */
export function scanMerge(input: MergeInput, rows: Int32Array, done: (scan: MergeScan) => void): () => void {
  const id = nextId++;
  scans.set(id, done);
  getWorker().postMessage({ type: 'mergeScan', id, input, rows } satisfies BulkRequest);
  return () => {
    if (!scans.delete(id)) return;
    worker?.postMessage({ type: 'cancel', id } satisfies BulkRequest);
  };
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
  useBulk.setState({ job: null, outcome: { kind: 'cancelled', job: job.kind } });
}
