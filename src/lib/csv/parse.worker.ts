/// <reference lib="webworker" />
/**
 * The import worker: thin wiring of messages to the pure pipeline. It keeps
 * the raw rows (the page never holds them), persists the last import in
 * IndexedDB and sends the page a columnar table with its buffers transferred,
 * so a 200,000-row import costs the page no long structured clone.
 */
import { get, setMany, del, delMany } from 'idb-keyval';
import type { RawTable } from './parse';
import type { Detection } from './types';
import { readExport, resolveDayFirst } from '../tracker/pipeline';
import { buildClientTable, nameColumnsOf, transferablesOf, type ClientTable, type NameColumns } from '../tracker/table';
import { bucketBuffers, computeBuckets } from '../tracker/buckets';
import { changesSince, snapshotOf, type ImportChanges, type Snapshot } from '../tracker/diff';
import { rankByName } from '../tracker/order';
import { MAX_ISSUES_SENT, type Hints, type WorkerRequest, type WorkerResponse } from '../tracker/protocol';

declare const self: DedicatedWorkerGlobalScope;

interface Stored { fileName: string; headers: string[]; rows: string[][]; detection: Detection | null }
const KEY_IMPORT = 'tracker:import';
const KEY_SNAPSHOT = 'tracker:snapshot';
const KEY_PREVIOUS = 'tracker:previous-snapshot';
const KEY_CHANGES = 'tracker:changes';

/** The file just read, waiting for its mapping. */
let pending: { fileName: string; raw: RawTable; detection: Detection | null; hints: Hints | null } | null = null;
/** The import on screen. */
let current: Stored | null = null;

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

function source(file: Blob) {
  return {
    size: file.size,
    head: new Uint8Array(0),
    chunks: async function* () {
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
}

type Built = Extract<WorkerResponse, { type: 'built' }>;

/**
 * Sends a table with its buckets for the request's day, buffers transferred.
 * Returns what stays usable in the worker afterwards: copies of the name
 * columns and of the activation and deployment codes (they do not depend on
 * the day), for the comparison and the alphabetical order that follow.
 */
function postBuilt(msg: { id: number; asOfDay: number }, table: ClientTable, rest: Omit<Built, 'type' | 'id' | 'table' | 'buckets'>) {
  const names = nameColumnsOf(table);
  const shown = computeBuckets(table, msg.asOfDay);
  const columns = { activation: shown.activation.slice(), deployment: shown.deployment.slice() };
  post({ type: 'built', id: msg.id, table, buckets: { asOfDay: msg.asOfDay, columns: shown }, ...rest }, [...transferablesOf(table), ...bucketBuffers(shown)]);
  return { names, columns };
}

/** Sends each client's alphabetical rank in the page's locale (after the table: a collator is slow). */
function postRank(msg: { id: number; locale: string }, names: NameColumns) {
  const rank = rankByName(names, msg.locale);
  post({ type: 'ranked', id: msg.id, rank }, [rank.buffer]);
}

async function read(msg: Extract<WorkerRequest, { type: 'read' }>) {
  const head = new Uint8Array(await msg.file.slice(0, 64 * 1024).arrayBuffer());
  let last = 0;
  const result = await readExport({ ...source(msg.file), head }, {
    encoding: msg.encoding,
    onProgress: (fraction) => {
      // A message per percent is plenty for a progress bar.
      if (fraction - last >= 0.01 || fraction === 1) { last = fraction; post({ type: 'progress', id: msg.id, fraction }); }
    },
  });
  if (!result.ok) {
    post({ type: 'error', id: msg.id, code: result.code, ...(result.encoding ? { encoding: result.encoding } : {}) });
    return;
  }
  pending = { fileName: msg.fileName, raw: result.raw, detection: result.detection, hints: result.hints };
  post({ type: 'read', id: msg.id, fileName: msg.fileName, headers: result.raw.headers, detection: result.detection, hints: result.hints });
}

async function build(msg: Extract<WorkerRequest, { type: 'build' }>) {
  const base = pending ?? (current ? { fileName: current.fileName, raw: { headers: current.headers, rows: current.rows, issues: [] }, detection: current.detection, hints: null } : null);
  if (!base) { post({ type: 'error', id: msg.id, code: 'unknown', detail: 'nothing to build' }); return; }
  let dayFirst = msg.dayFirst;
  if (dayFirst === 'auto') {
    const resolved = resolveDayFirst(base.raw, msg.mapping, base.hints ?? { decimal: msg.decimal, dayFirst: false });
    if (resolved === 'ask') { post({ type: 'askDateOrder', id: msg.id }); return; }
    dayFirst = resolved;
  }
  const result = buildClientTable(base.raw.headers, base.raw.rows, msg.mapping, { decimal: msg.decimal, dayFirst });
  if (result.table.size === 0) { post({ type: 'error', id: msg.id, code: 'headerOnly' }); return; }
  const isNewFile = pending !== null;
  // The page shows the table first; the comparison, the name order and the
  // storage follow, so none of them delays the counts on screen. What they
  // need is kept before the table's buffers are transferred away.
  const { names, columns } = postBuilt(msg, result.table, { fileName: base.fileName, summary: result.summary, issues: [...base.raw.issues, ...result.issues].slice(0, MAX_ISSUES_SENT), changes: null, detection: base.detection, dayFirst });
  current = { fileName: base.fileName, headers: base.raw.headers, rows: base.raw.rows, detection: base.detection };
  pending = null;
  const snapshot = snapshotOf(names, columns);
  // A new file moves the last snapshot to "previous"; a re-mapping of the same file keeps it.
  const previous = isNewFile ? await get<Snapshot>(KEY_SNAPSHOT).catch(() => undefined) : await get<Snapshot>(KEY_PREVIOUS).catch(() => undefined);
  const changes: ImportChanges = changesSince(previous, snapshot);
  post({ type: 'changes', id: msg.id, changes });
  postRank(msg, names);
  // One transaction: the stored import, its snapshot and the comparison never disagree.
  const entries: [IDBValidKey, unknown][] = [[KEY_IMPORT, current], [KEY_SNAPSHOT, snapshot], [KEY_CHANGES, changes]];
  if (isNewFile && previous) entries.push([KEY_PREVIOUS, previous]);
  await setMany(entries)
    .then(() => (isNewFile && !previous ? del(KEY_PREVIOUS) : undefined))
    .catch((error: unknown) => post({ type: 'error', id: msg.id, code: 'unknown', detail: `storage: ${String(error)}` }));
}

async function restore(msg: Extract<WorkerRequest, { type: 'restore' }>) {
  const stored = await get<Stored>(KEY_IMPORT).catch(() => undefined);
  if (!stored) { post({ type: 'empty', id: msg.id }); return; }
  current = stored;
  const result = buildClientTable(stored.headers, stored.rows, msg.mapping, { decimal: msg.decimal, dayFirst: msg.dayFirst });
  // A mapping that no longer fits the stored file (nothing maps to a client): show nothing rather than an empty table.
  if (result.table.size === 0) { post({ type: 'empty', id: msg.id }); return; }
  const changes = (await get<ImportChanges | null>(KEY_CHANGES).catch(() => null)) ?? null;
  const { names } = postBuilt(msg, result.table, { fileName: stored.fileName, summary: result.summary, issues: result.issues.slice(0, MAX_ISSUES_SENT), changes, detection: stored.detection, dayFirst: msg.dayFirst });
  postRank(msg, names);
}

async function handle(msg: WorkerRequest) {
  switch (msg.type) {
    case 'read': return read(msg);
    case 'build': return build(msg);
    case 'restore': return restore(msg);
    case 'replace':
      pending = { fileName: msg.data.fileName, raw: { headers: msg.data.headers, rows: msg.data.rows, issues: [] }, detection: null, hints: null };
      post({ type: 'done', id: msg.id });
      return;
    case 'export': {
      const data = current ?? (await get<Stored>(KEY_IMPORT).catch(() => undefined)) ?? null;
      post({ type: 'exported', id: msg.id, data: data ? { fileName: data.fileName, headers: data.headers, rows: data.rows } : null });
      return;
    }
    case 'discard':
      pending = null;
      post({ type: 'discarded', id: msg.id, headers: current?.headers ?? null });
      return;
    case 'clear':
      current = null; pending = null;
      await delMany([KEY_IMPORT, KEY_SNAPSHOT, KEY_PREVIOUS, KEY_CHANGES]);
      post({ type: 'done', id: msg.id });
      return;
  }
}

/**
 * Requests run one at a time, in arrival order: a handler awaits (the file,
 * IndexedDB), and two interleaved reads or a "clear" during a save would mix
 * up `pending` and `current`.
 */
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() =>
    handle(event.data).catch((error: unknown) =>
      post({ type: 'error', id: event.data.id, code: 'unknown', detail: error instanceof Error ? error.message : String(error) }),
    ),
  );
};
