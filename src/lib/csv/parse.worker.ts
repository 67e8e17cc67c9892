/// <reference lib="webworker" />
/**
 * The import worker: thin wiring of messages to the pure pipeline. It keeps
 * the raw rows (the page never holds them), commits the import in IndexedDB
 * as one unit (state/import-storage.ts) and sends the page a columnar table
 * with its buffers transferred, so a 200,000-row import costs the page no
 * long structured clone.
 */
import { get, setMany, delMany } from 'idb-keyval';
import type { RawTable } from './parse';
import type { Detection } from './types';
import { excerptIssues } from './issues';
import { readExport, resolveDayFirst } from '../tracker/pipeline';
import { buildClientTable, copyTable, nameColumnsOf, splitTexts, tableToWire, transferablesOf, type BuildResult, type ClientTable, type NameColumns } from '../tracker/table';
import { buffersOf, copyPacked, packedToWire, unitsOf } from '../tracker/packed';
import { bucketBuffers, computeBuckets, countBuckets } from '../tracker/buckets';
import { changesSince, snapshotOf, type ImportChanges } from '../tracker/diff';
import { orderOfRank, rankByName } from '../tracker/order';
import { VIEW_IN_WORKER_FROM } from '../tracker/view';
import { loweredData } from '../tracker/search';
import { MAX_ISSUES_SENT, type Hints, type WorkerRequest, type WorkerResponse } from '../tracker/protocol';
import type { TableShipment } from '../tracker/bulk-protocol';
import { baselineSnapshot, clearImport, commitImport, loadImport, type ImportCommit, type KeyValueStore } from '../state/import-storage';
import { STORED_IMPORT_VERSION, type StoredImport } from '../state/stored-import';
import { MAX_STATE_FILE_BYTES, readStateFile } from '../state/state-file';
import type { PersistedState, SavedMapping } from '../state/persisted';
import { headerSetKey, missingRequired, sanitizeMapping, suggestMapping } from '../mapping/match';
import { unreadableFields } from '../mapping/unreadable';

declare const self: DedicatedWorkerGlobalScope;

const kv: KeyValueStore = { get, setMany: (entries) => setMany(entries), delMany: (keys) => delMany(keys) };

/** The file just read, waiting for its mapping. */
let pending: { fileName: string; raw: RawTable; detection: Detection | null; hints: Hints | null } | null = null;
/** The import on screen. */
let current: StoredImport | null = null;
/** Id of the request that built `current`'s table (its epoch for the bulk worker); 0 for none. */
let currentEpoch = 0;
/**
 * True once the import on screen is safely stored: its raw rows are then
 * dropped from `current` (a 1,000,000-row file keeps about 350 MB of cell
 * strings) and read back from storage the few times they are needed again
 * (a new mapping, a state export).
 */
let rowsReleased = false;

/** Drops the raw rows of the import on screen; they are in storage. */
function releaseRows() {
  if (current) current = { ...current, rows: [] };
  rowsReleased = current !== null;
}

/** The raw rows of the import on screen, from memory or back from storage; null when gone. */
async function currentStored(): Promise<StoredImport | null> {
  if (!current) return null;
  if (!rowsReleased) return current;
  const stored = (await loadImport(kv))?.stored ?? null;
  // Another tab may have stored another file since: its rows are not these.
  const same = stored !== null && stored.fileName === current.fileName && stored.headers.join('\u0000') === current.headers.join('\u0000');
  return same ? { ...current, rows: stored.rows } : null;
}

/**
 * The table on screen built again, for the bulk worker: the same rows, mapping
 * and options give the same table. Built on demand, not kept, so a tracker
 * that never exports holds no second table (1,000,000 rows: over 100 MB).
 */
async function tableOfCurrent(): Promise<ClientTable | null> {
  const stored = await currentStored();
  if (!stored?.saved) return null;
  const { mapping, decimal, dayFirst } = stored.saved;
  const { table } = buildClientTable(stored.headers, stored.rows, mapping, { decimal, dayFirst });
  return table.size > 0 ? table : null;
}

/**
 * A large import's table, kept as a copy (copyTable) for the view worker's
 * first request: shipped at once, even while the import is being stored,
 * instead of rebuilt from the rows after the save (the list waited 4–25 s
 * for its first filter). Given away once.
 */
let shippable: { epoch: number; table: ClientTable } | null = null;

/** Sends the table of `epoch` through a bulk or view worker's port: the kept one, else rebuilt from the rows. */
async function shipTable(msg: Extract<WorkerRequest, { type: 'shipTable' }>) {
  let table: ClientTable | null = null;
  if (shippable?.epoch === msg.epoch) {
    table = shippable.table;
    shippable = null;
  } else if (msg.epoch === currentEpoch) {
    table = await tableOfCurrent().catch(() => null);
  }
  const wire = table ? tableToWire(table) : null;
  msg.port.postMessage({ table: wire } satisfies TableShipment, wire ? transferablesOf(wire) : []);
  msg.port.close();
}

/** An import whose save failed, with the id of the request that built it, kept for 'retrySave'. */
let unsaved: { id: number; commit: ImportCommit } | null = null;
/** A state file read and validated, with its data built, waiting for 'commitState'. */
let pendingState: { state: PersistedState; stored: StoredImport | null; result: BuildResult | null } | null = null;

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
function postBuilt(msg: { id: number; asOfDay: number; locale: string }, table: ClientTable, rest: Omit<Built, 'type' | 'id' | 'table' | 'buckets'>) {
  const names = nameColumnsOf(table);
  const large = table.size >= VIEW_IN_WORKER_FROM;
  // A small table's name and id columns (copies of their code units), lower-cased for the page's search once
  // 'built' is on its way. A large table's list is searched by the view worker, from its own table: the page
  // needs no index (27 MB at 1,000,000 clients), and no copy is made for one.
  const searched = large ? null : { names: names.text.client, ids: copyPacked(table.text.clientId) };
  const shown = computeBuckets(table, msg.asOfDay);
  const columns = { activation: shown.activation.slice(), deployment: shown.deployment.slice() };
  // The list's columns first; the composer's and exports' texts in the next message.
  const { shown: listed, later } = splitTexts(table);
  // A large table is kept for the view worker as a copy of its arrays (sending the page a clone instead
  // made it decode every number column in one 165 ms task at 200,000 rows). Only what 'built' takes is
  // copied before it leaves: the later texts stay the kept table's, and the page gets copies of them once
  // 'built' is on its way (fresh memory is slow to touch: the whole copy took 220–290 ms at 200,000 rows).
  shippable = large ? { epoch: msg.id, table: copyTable(table, later) } : null;
  const wire = tableToWire(listed);
  post({ type: 'built', id: msg.id, table: wire, buckets: { asOfDay: msg.asOfDay, columns: shown, counts: countBuckets(shown) }, ...rest }, [...transferablesOf(wire), ...bucketBuffers(shown)]);
  // One message per column: each is decoded on the page in a task of its own
  // (all in one took 120 ms at 200,000 rows); the page shows them after the last.
  const fields = Object.keys(later) as (keyof typeof later)[];
  fields.forEach((field, i) => {
    const packed = packedToWire(large ? copyPacked(later[field]!) : later[field]!);
    post({ type: 'texts', id: msg.id, text: { [field]: packed }, last: i === fields.length - 1 }, buffersOf([packed.ends, packed.units]));
  });
  // null when a length changed: the page then builds its index itself.
  const lowered = searched && loweredData(searched.names.data, searched.ids.data, msg.locale);
  if (lowered) {
    const [names, ids] = [unitsOf(lowered.names), unitsOf(lowered.ids)];
    post({ type: 'searchIndex', id: msg.id, locale: msg.locale, names, ids }, buffersOf([names, ids]));
  }
  return { names, columns };
}

/** Sends each client's alphabetical rank in the page's locale (after the table: a collator is slow). */
function postRank(msg: { id: number; locale: string }, names: NameColumns) {
  const rank = rankByName(names, msg.locale);
  const order = orderOfRank(rank);
  post({ type: 'ranked', id: msg.id, rank, order }, [rank.buffer, order.buffer]);
}

async function read(msg: Extract<WorkerRequest, { type: 'read' }>) {
  const head = new Uint8Array(await msg.file.slice(0, 64 * 1024).arrayBuffer());
  let last = 0;
  const result = await readExport({ ...source(msg.file), head }, {
    encoding: msg.encoding,
    literalQuotes: msg.literalQuotes ?? false,
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

/** Stores an import as one unit and tells the page; a failure is kept for 'retrySave'. */
async function save(id: number, commit: ImportCommit) {
  const error = await commitImport(kv, commit);
  unsaved = error ? { id, commit } : null;
  if (!error && commit.stored === current) releaseRows();
  post(error ? { type: 'saveFailed', id, error } : { type: 'committed', id });
}

async function build(msg: Extract<WorkerRequest, { type: 'build' }>) {
  const loaded = pending ? null : await currentStored();
  const base = pending ?? (loaded ? { fileName: loaded.fileName, raw: { headers: loaded.headers, rows: loaded.rows, issues: [] }, detection: loaded.detection, hints: null } : null);
  if (!base) { post({ type: 'error', id: msg.id, code: 'unknown', detail: 'nothing to build' }); return; }
  let dayFirst = msg.dayFirst;
  if (dayFirst === 'auto') {
    const resolved = resolveDayFirst(base.raw, msg.mapping, base.hints ?? { decimal: msg.decimal, dayFirst: false });
    if (resolved === 'ask') { post({ type: 'askDateOrder', id: msg.id }); return; }
    dayFirst = resolved;
  }
  const result = buildClientTable(base.raw.headers, base.raw.rows, msg.mapping, { decimal: msg.decimal, dayFirst });
  if (result.table.size === 0) {
    // Rows that all lack a client name: the column picked is the wrong one (the form opens); only total rows: nothing to show.
    const code = result.summary.rows > result.summary.totalRows ? 'emptyClientColumn' : 'headerOnly';
    post({ type: 'error', id: msg.id, code });
    return;
  }
  const unreadable = msg.guessed ? unreadableFields(msg.mapping, result.issues, result.summary.rows - result.summary.skipped) : [];
  if (unreadable.length > 0) {
    post({ type: 'error', id: msg.id, code: 'unreadableColumns', fields: unreadable });
    return;
  }
  const isNewFile = pending !== null;
  const saved: SavedMapping = { mapping: msg.mapping, decimal: msg.decimal, dayFirst };
  // The page shows the table first; the comparison, the name order and the
  // storage follow, so none of them delays the counts on screen. What they
  // need is kept before the table's buffers are transferred away.
  const { names, columns } = postBuilt(msg, result.table, { fileName: base.fileName, summary: result.summary, issues: excerptIssues([...base.raw.issues, ...result.issues].slice(0, MAX_ISSUES_SENT)), changes: null, detection: base.detection, dayFirst, headers: base.raw.headers, saved });
  current = { version: STORED_IMPORT_VERSION, fileName: base.fileName, headers: base.raw.headers, rows: base.raw.rows, detection: base.detection, saved };
  currentEpoch = msg.id;
  rowsReleased = false;
  pending = null;
  const snapshot = snapshotOf(names, columns);
  // A new file moves the last snapshot to "previous"; a re-mapping of the same file keeps it.
  const baseline = await baselineSnapshot(kv, isNewFile);
  const changes: ImportChanges = changesSince(baseline ?? undefined, snapshot);
  post({ type: 'changes', id: msg.id, changes });
  postRank(msg, names);
  await save(msg.id, { stored: current, snapshot, previous: isNewFile ? baseline : undefined, changes });
}

async function restore(msg: Extract<WorkerRequest, { type: 'restore' }>) {
  const loaded = await loadImport(kv);
  if (!loaded) { post({ type: 'empty', id: msg.id }); return; }
  const { stored, changes } = loaded;
  const saved = stored.saved ?? msg.saved;
  // Stored by version 1 without its mapping: the page looks up the one it remembers for these headers.
  if (!saved) { post({ type: 'needsMapping', id: msg.id, headers: stored.headers }); return; }
  const mapping = sanitizeMapping(saved.mapping, stored.headers);
  const result = buildClientTable(stored.headers, stored.rows, mapping, { decimal: saved.decimal, dayFirst: saved.dayFirst });
  // A mapping that no longer fits the stored file (nothing maps to a client): say so rather than show an empty table.
  if (result.table.size === 0) { post({ type: 'restoreFailed', id: msg.id, fileName: stored.fileName }); return; }
  current = { ...stored, saved: { ...saved, mapping } };
  currentEpoch = msg.id;
  // Read from storage: the rows stay there.
  releaseRows();
  const { names } = postBuilt(msg, result.table, { fileName: stored.fileName, summary: result.summary, issues: excerptIssues(result.issues.slice(0, MAX_ISSUES_SENT)), changes, detection: stored.detection, dayFirst: saved.dayFirst, headers: stored.headers, saved: current.saved! });
  postRank(msg, names);
}

/**
 * Reads a state file off the page's thread and validates it whole, then
 * builds its data with the mapping it carries (else the one remembered for
 * its headers, else a suggested one): a file whose data yields no client is
 * refused before anything changes.
 */
async function readState(msg: Extract<WorkerRequest, { type: 'readState' }>) {
  pendingState = null;
  if (msg.file.size > MAX_STATE_FILE_BYTES) { post({ type: 'stateInvalid', id: msg.id, error: { code: 'tooLarge' } }); return; }
  const parsed = readStateFile(await msg.file.text());
  if (!parsed.ok) { const { ok: _ok, ...error } = parsed; post({ type: 'stateInvalid', id: msg.id, error }); return; }
  let stored: StoredImport | null = null;
  let result: BuildResult | null = null;
  if (parsed.data && parsed.data.rows.length > 0) {
    const { headers, rows, fileName } = parsed.data;
    const remembered = parsed.data.mapping ?? parsed.state.mappings[headerSetKey(headers)] ?? msg.mappings[headerSetKey(headers)] ?? null;
    const saved: SavedMapping = remembered
      ? { ...remembered, mapping: sanitizeMapping(remembered.mapping, headers) }
      : { mapping: suggestMapping(headers), decimal: '.', dayFirst: false };
    result = missingRequired(saved.mapping).length > 0 ? null : buildClientTable(headers, rows, saved.mapping, { decimal: saved.decimal, dayFirst: saved.dayFirst });
    if (!result || result.table.size === 0) { post({ type: 'stateInvalid', id: msg.id, error: { code: 'noClients' } }); return; }
    stored = { version: STORED_IMPORT_VERSION, fileName, headers, rows, detection: null, saved };
  }
  pendingState = { state: parsed.state, stored, result };
  post({ type: 'stateRead', id: msg.id, state: parsed.state, entries: parsed.entries, clients: result?.table.size ?? 0 });
}

/** Shows and stores the data of the state file read last (the page applies its state). */
async function commitState(msg: Extract<WorkerRequest, { type: 'commitState' }>) {
  const next = pendingState;
  pendingState = null;
  if (!next) { post({ type: 'error', id: msg.id, code: 'unknown', detail: 'no state file read' }); return; }
  if (!next.stored || !next.result) { post({ type: 'done', id: msg.id }); return; }
  const { stored, result } = next;
  const { names, columns } = postBuilt(msg, result.table, { fileName: stored.fileName, summary: result.summary, issues: excerptIssues(result.issues.slice(0, MAX_ISSUES_SENT)), changes: null, detection: null, dayFirst: stored.saved!.dayFirst, headers: stored.headers, saved: stored.saved! });
  current = stored;
  currentEpoch = msg.id;
  rowsReleased = false;
  pending = null;
  postRank(msg, names);
  await save(msg.id, { stored, snapshot: snapshotOf(names, columns), previous: null, changes: null });
}

async function handle(msg: WorkerRequest) {
  switch (msg.type) {
    case 'read': return read(msg);
    case 'build': return build(msg);
    case 'restore': return restore(msg);
    case 'readState': return readState(msg);
    case 'commitState': return commitState(msg);
    case 'retrySave':
      // Answered under the building request's id, so the page remembers that import's mapping.
      if (unsaved) await save(unsaved.id, unsaved.commit);
      post({ type: 'done', id: msg.id });
      return;
    case 'export': {
      const data = (current && !rowsReleased ? current : null) ?? (await loadImport(kv))?.stored ?? null;
      post({ type: 'exported', id: msg.id, data: data ? { fileName: data.fileName, headers: data.headers, rows: data.rows, mapping: data.saved } : null });
      return;
    }
    case 'shipTable':
      return shipTable(msg);
    case 'discard':
      pending = null;
      post({ type: 'discarded', id: msg.id, headers: current?.headers ?? null });
      return;
    case 'clear':
      current = null; currentEpoch = 0; pending = null; unsaved = null; rowsReleased = false; shippable = null;
      await clearImport(kv);
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
  // The kept table goes at once: it needs nothing a queued request could change.
  if (event.data.type === 'shipTable' && shippable?.epoch === event.data.epoch) {
    void shipTable(event.data);
    return;
  }
  queue = queue.then(() =>
    handle(event.data).catch((error: unknown) =>
      post({ type: 'error', id: event.data.id, code: 'unknown', detail: error instanceof Error ? error.message : String(error) }),
    ),
  );
};
