/**
 * The page side of bulk outputs: owns the bulk worker (lib/tracker/bulk.worker.ts),
 * runs one job at a time, keeps its progress in a small store of its own
 * (so the session slice and its readers are untouched) and downloads the
 * finished file. Cancel stops the worker between two slices.
 *
 * The worker keeps the client table: the first job after an import hands it
 * a port through which the import worker sends that table (noteTable), and
 * every job names the table's epoch and sends only its row indices and
 * settings. Cloning the table's columns here took the page 200–800 ms per
 * export at 200,000 clients.
 */
import { create } from 'zustand';
import type { BulkRequest, BulkResponse, ListJob, MergeCsvJob, TableRef } from '../lib/tracker/bulk-protocol';
import type { ClientTable } from '../lib/tracker/table';
import type { MergeInput, MergeScan } from '../lib/email/merge-export';

export type BulkKind = 'list' | 'merge';

export interface BulkState {
  /** The job running, with rows written so far; null when none. */
  job: { id: number; kind: BulkKind; done: number; total: number } | null;
  /** How the last job ended, when it did not end in a download. */
  outcome: { kind: 'cancelled' | 'stale'; job: BulkKind } | { kind: 'failed'; job: BulkKind; detail: string } | null;
}

export const useBulk = create<BulkState>()(() => ({ job: null, outcome: null }));

let nextId = 1;

/** Where each table on the page came from: its epoch, and how to have the import worker send it to a port. */
const sources = new WeakMap<ClientTable, { epoch: number; ship: (port: MessagePort) => void }>();

/** Called by the importer for each table it puts on screen. */
export function noteTable(table: ClientTable, epoch: number, ship: (port: MessagePort) => void): void {
  sources.set(table, { epoch, ship });
}

/**
 * Hands tables to one worker (this bulk worker, or the view worker of
 * view.ts): a request names the epoch of the table the worker holds, or
 * brings a port the import worker sends the table through.
 */
export function tableLink(): { ref: (table: ClientTable) => { ref: TableRef; transfer: Transferable[] }; reset: () => void } {
  /** Epoch of the table the worker holds or is receiving; 0 for none. */
  let arranged = 0;
  return {
    ref(table) {
      const source = sources.get(table);
      if (!source) throw new Error('bulk: a table the importer did not note');
      if (source.epoch === arranged) return { ref: { epoch: source.epoch }, transfer: [] };
      const channel = new MessageChannel();
      source.ship(channel.port1);
      arranged = source.epoch;
      return { ref: { epoch: source.epoch, from: channel.port2 }, transfer: [channel.port2] };
    },
    reset() {
      arranged = 0;
    },
  };
}

/**
 * A bulk worker started on first use, with its table link. A crash (out of
 * memory) terminates it, forgets its table and calls `onCrash`; the next use
 * starts a fresh one.
 */
export function bulkWorker(onMessage: (message: BulkResponse) => void, onCrash: (detail: string) => void) {
  let worker: Worker | null = null;
  const link = tableLink();
  return {
    link,
    /** The worker, started now if it is not running. */
    get(): Worker {
      if (!worker) {
        worker = new Worker(new URL('../lib/tracker/bulk.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<BulkResponse>) => onMessage(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          worker?.terminate();
          worker = null;
          link.reset();
          onCrash(event.message || 'worker stopped');
        };
      }
      return worker;
    },
    /** The worker if it runs (a cancel or a forget need not start one). */
    running: (): Worker | null => worker,
  };
}

const bulk = bulkWorker(onMessage, (detail) => {
  // A crashed job ends with a message; a scan that will never answer keeps its composer "counting" until it asks again.
  const { job } = useBulk.getState();
  if (job) onMessage({ type: 'error', id: job.id, detail });
  scans.clear();
});
const { link } = bulk;
const forgetting = new Set<() => void>();

/** Runs `forget` when the tracker is cleared (the view worker drops its table too). */
export function onForgetTables(forget: () => void): void {
  forgetting.add(forget);
}

/** The tracker was cleared: the worker drops its table (and refuses jobs for it). */
export function forgetTables(): void {
  link.reset();
  bulk.running()?.postMessage({ type: 'forget' } satisfies BulkRequest);
  for (const forget of forgetting) forget();
}

/** Row indices for the worker: a copy of the page's (memoized, still shown), its buffer transferred. */
function ownRows(rows: Int32Array): Int32Array {
  return rows.slice();
}
const finish = new Map<number, (file: Blob) => void>();
/** Scans waiting for their counts; a scan is not a job (it never blocks an export, nor shows progress). */
const scans = new Map<number, (scan: MergeScan) => void>();

function onMessage(message: BulkResponse) {
  // The worker lacks the job's table (it was refused, or never came): the next job sends a port again.
  if (message.type === 'stale') link.reset();
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
    case 'stale':
      finish.delete(message.id);
      useBulk.setState({ job: null, outcome: { kind: 'stale', job: job.kind } });
      return;
    case 'scanned':
    case 'viewed':
      // Counts for a scan nobody waits for any more (cancelled): nothing to do. Views are the view worker's.
      return;
  }
}

/** Posts a request with the table's reference and the rows' buffer transferred. */
function post(table: ClientTable, request: (ref: TableRef) => BulkRequest, rows: Int32Array): void {
  const w = bulk.get();
  const { ref, transfer } = link.ref(table);
  w.postMessage(request(ref), [...transfer, rows.buffer]);
}

/** Starts a job (one at a time: a second click while one runs does nothing); `save` gets the file. */
function startJob(kind: BulkKind, total: number, send: (id: number) => void, save: (file: Blob) => void): void {
  if (useBulk.getState().job) return;
  const id = nextId++;
  finish.set(id, save);
  useBulk.setState({ job: { id, kind, done: 0, total }, outcome: null });
  send(id);
}

/** Starts the list export of `table`'s rows `job.rows`; `save` gets the file. */
export function startListExport(table: ClientTable, job: ListJob, save: (file: Blob) => void): void {
  const rows = ownRows(job.rows);
  startJob('list', rows.length, (id) => post(table, (ref) => ({ type: 'listCsv', id, table: ref, input: { ...job, rows } }), rows), save);
}

/** Starts the mail-merge CSV of a bulk email; `save` gets the file. */
export function startMergeExport(job: Omit<MergeCsvJob, 'input'> & { input: MergeInput }, save: (file: Blob) => void): void {
  const { table, ...input } = job.input;
  const rows = ownRows(job.rows);
  startJob('merge', rows.length, (id) => post(table, (ref) => ({ type: 'mergeCsv', id, table: ref, input: { ...job, input, rows } }), rows), save);
}

/**
 * Counts a bulk email's languages and gaps in the worker; `done` gets the
 * counts. Returns a cancel: a newer scan (the rep changed the template) or a
 * closed composer stops this one.
 */
export function scanMerge(input: MergeInput, rows: Int32Array, done: (scan: MergeScan) => void): () => void {
  const id = nextId++;
  scans.set(id, done);
  const { table, ...settings } = input;
  const own = ownRows(rows);
  post(table, (ref) => ({ type: 'mergeScan', id, table: ref, input: settings, rows: own }), own);
  return () => {
    if (!scans.delete(id)) return;
    bulk.running()?.postMessage({ type: 'cancel', id } satisfies BulkRequest);
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
  bulk.running()?.postMessage({ type: 'cancel', id: job.id } satisfies BulkRequest);
  finish.delete(job.id);
  useBulk.setState({ job: null, outcome: { kind: 'cancelled', job: job.kind } });
}
