/**
 * The page side of importing: owns the worker, turns its answers into store
 * updates. Islands call these actions; they never talk to the worker.
 */
import type { Encoding } from '../lib/csv/types';
import type { Mapping } from '../lib/tracker/fields';
import type { WorkerRequest, WorkerResponse } from '../lib/tracker/protocol';
import { headerSetKey, missingRequired, sanitizeMapping, suggestMapping } from '../lib/mapping/match';
import { useTracker } from './index';
import { asOfDayOf } from './selectors';
import { persistedPart } from './index';
import { STATE_FILE_KIND, STATE_VERSION, parseStateFile, type SavedMapping, type StateFile } from './persisted';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: WorkerResponse) => void>();
/** Id of the request whose table is on screen: follow-ups for older ones are dropped. */
let shownId = 0;
/**
 * Bumped by every import, restore or state import: an action that awaited the
 * worker drops its result when a newer one has started meanwhile, so the
 * table on screen is always the rep's latest choice.
 */
let generation = 0;

/** The page's language tag, for the worker's alphabetical order. */
const pageLocale = () => (typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');

/** Applies the worker's follow-ups to the table on screen (they arrive after 'built'). */
function followUp(message: Extract<WorkerResponse, { type: 'changes' | 'ranked' }>) {
  const { loaded } = useTracker.getState();
  if (!loaded || message.id !== shownId) return;
  useTracker.setState({ loaded: message.type === 'changes' ? { ...loaded, changes: message.changes } : { ...loaded, rank: message.rank } });
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../lib/csv/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        useTracker.setState({ progress: message.fraction });
        return;
      }
      if (message.type === 'changes' || message.type === 'ranked') {
        followUp(message);
        return;
      }
      const resolve = waiting.get(message.id);
      waiting.delete(message.id);
      if (resolve) resolve(message);
      // An error after the answer: saving the import failed. Say so, never drop it.
      else if (message.type === 'error') useTracker.setState({ storageError: message.detail ?? message.code });
    };
    // A crashed worker (out of memory on a huge file) answers nothing: fail
    // every waiting request so the page leaves its busy state, and start a
    // fresh worker next time.
    worker.onerror = (event) => {
      event.preventDefault();
      const pending = [...waiting.entries()];
      waiting.clear();
      worker?.terminate();
      worker = null;
      for (const [id, resolve] of pending) resolve({ type: 'error', id, code: 'unknown', detail: event.message || 'worker stopped' });
    };
  }
  return worker;
}

/** Sends a request; resolves with the worker's answer to it (follow-ups go to followUp). */
function ask(request: Request): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    getWorker().postMessage({ ...request, id } as WorkerRequest);
  });
}

const set = useTracker.setState;

/** A remembered mapping, looked up as an own key only: a header set named 'constructor' is not Object.prototype's. */
function savedMapping(mappings: Record<string, SavedMapping>, key: string | null): SavedMapping | undefined {
  return key !== null && Object.hasOwn(mappings, key) ? mappings[key] : undefined;
}

type ChosenFile = { file: Blob; fileName: string; encoding: Encoding | null };
/** The file on screen, kept so the rep can have it read again another way (see rereadLast). */
let lastFile: ChosenFile | null = null;
/** The file read but not yet on screen: it becomes lastFile once its table is built. */
let readFile: ChosenFile | null = null;

function fail(response: Extract<WorkerResponse, { type: 'error' }>) {
  const key = response.code === 'unknown' ? 'error.unknown' : `error.${response.code}`;
  set({
    status: useTracker.getState().loaded ? 'ready' : 'idle',
    progress: null,
    error: { key, params: { detail: response.detail ?? '', encoding: response.encoding ?? '' } },
  });
}

/** Builds the client table from the read file (or the loaded one) with a mapping. */
export async function applyMapping(mapping: Mapping, options: { decimal: ',' | '.'; dayFirst: boolean | 'auto' }, started = ++generation) {
  const { headers } = useTracker.getState();
  const clean = sanitizeMapping(mapping, headers);
  if (missingRequired(clean).length > 0) {
    set({ status: 'mapping', error: { key: 'error.noClientColumn' }, draft: { mapping: clean, decimal: options.decimal, dayFirst: options.dayFirst === true, askDateOrder: false } });
    return;
  }
  set({ status: 'building' });
  const response = await ask({ type: 'build', mapping: clean, decimal: options.decimal, dayFirst: options.dayFirst, commit: true, locale: pageLocale(), asOfDay: asOfDayOf(useTracker.getState().settings) });
  if (started !== generation) return;
  if (response.type === 'askDateOrder') {
    set({ status: 'mapping', draft: { mapping: clean, decimal: options.decimal, dayFirst: false, askDateOrder: true } });
    return;
  }
  if (response.type === 'error' && response.code === 'emptyClientColumn') {
    // The column picked as the client holds no name: the rep picks another.
    set({ status: 'mapping', progress: null, error: { key: 'error.emptyClientColumn', params: { column: clean.client ?? '' } }, draft: { mapping: clean, decimal: options.decimal, dayFirst: options.dayFirst === true, askDateOrder: false } });
    return;
  }
  if (response.type === 'error') return fail(response);
  if (response.type !== 'built') return;
  shownId = response.id;
  if (readFile) [lastFile, readFile] = [readFile, null];
  useTracker.getState().rememberMapping(headerSetKey(headers), { mapping: clean, decimal: options.decimal, dayFirst: response.dayFirst });
  set({
    status: 'ready',
    progress: null,
    error: null,
    draft: null,
    filter: null,
    loaded: { fileName: response.fileName, table: response.table, summary: response.summary, issues: response.issues, changes: response.changes, detection: response.detection, rank: null, buckets: response.buckets },
  });
}

/** Reads a file the rep chose; maps it automatically when it can, else opens the mapping form. */
export async function importFile(file: Blob, fileName: string, encoding: Encoding | null = null, options: { literalQuotes?: boolean } = {}) {
  const started = ++generation;
  set({ status: 'reading', progress: 0, readingFile: fileName, error: null });
  const response = await ask({ type: 'read', file, fileName, encoding, literalQuotes: options.literalQuotes ?? false });
  if (started !== generation) return;
  if (response.type === 'error') return fail(response);
  if (response.type !== 'read') return;
  readFile = { file, fileName, encoding };
  const remembered = savedMapping(useTracker.getState().mappings, headerSetKey(response.headers));
  const mapping = remembered ? sanitizeMapping(remembered.mapping, response.headers) : suggestMapping(response.headers);
  const decimal = remembered?.decimal ?? response.hints.decimal;
  set({ headers: response.headers, draft: { mapping, decimal, dayFirst: remembered?.dayFirst ?? response.hints.dayFirst, askDateOrder: false } });
  if (missingRequired(mapping).length > 0) {
    set({ status: 'mapping', progress: null, error: { key: 'error.noClientColumn' } });
    return;
  }
  await applyMapping(mapping, { decimal, dayFirst: remembered ? remembered.dayFirst : 'auto' }, started);
}

/** True when the file on screen can be read again (it was chosen in this page, not restored after a reload). */
export function canReread(): boolean {
  return lastFile !== null;
}

/**
 * Reads the file on screen again: with a quote that swallowed lines read as
 * a plain character, or in an encoding the rep picks after a warning.
 */
export async function rereadLast(options: { literalQuotes?: boolean; encoding?: Encoding }) {
  if (!lastFile) return;
  const { file, fileName, encoding } = lastFile;
  await importFile(file, fileName, options.encoding ?? encoding, { literalQuotes: options.literalQuotes ?? false });
}

/** The sample export shipped with the site (same origin: no data leaves the page). */
export async function loadSample(url: string) {
  const response = await fetch(url);
  await importFile(await response.blob(), url.split('/').pop() ?? 'sample.csv');
}

/** After a reload: rebuild the last import from the worker's storage. */
export async function restoreLast() {
  const { lastHeaderKey, mappings } = useTracker.getState();
  const saved = savedMapping(mappings, lastHeaderKey);
  if (!saved) return;
  const started = ++generation;
  const response = await ask({ type: 'restore', mapping: saved.mapping, decimal: saved.decimal, dayFirst: saved.dayFirst, locale: pageLocale(), asOfDay: asOfDayOf(useTracker.getState().settings) });
  if (response.type !== 'built' || started !== generation) return;
  shownId = response.id;
  set({
    status: 'ready',
    headers: Object.values(saved.mapping).filter((h): h is string => typeof h === 'string'),
    loaded: { fileName: response.fileName, table: response.table, summary: response.summary, issues: response.issues, changes: response.changes, detection: response.detection, rank: null, buckets: response.buckets },
  });
  const exported = await ask({ type: 'export' });
  if (started === generation && exported.type === 'exported' && exported.data) set({ headers: exported.data.headers });
}

/** Opens the mapping form for the loaded file. */
export function editMapping() {
  void discardPending();
  const { lastHeaderKey, mappings } = useTracker.getState();
  const saved = savedMapping(mappings, lastHeaderKey);
  set({ status: 'mapping', error: null, draft: { mapping: saved?.mapping ?? {}, decimal: saved?.decimal ?? '.', dayFirst: saved?.dayFirst ?? false, askDateOrder: false } });
}

export function cancelMapping() {
  void discardPending();
  set({ status: useTracker.getState().loaded ? 'ready' : 'idle', draft: null, error: null });
}

/**
 * Forgets a file that was read but not applied (the rep cancelled, or it
 * failed to build), so the mapping form and the next build use the loaded
 * file again, with its own headers.
 */
async function discardPending() {
  ++generation;
  readFile = null;
  const response = await ask({ type: 'discard' });
  if (response.type === 'discarded' && response.headers) set({ headers: response.headers });
}

/** The whole tracker as one JSON file: settings, mappings, log and the last import. */
export async function exportState(): Promise<string> {
  const response = await ask({ type: 'export' });
  const file: StateFile = {
    kind: STATE_FILE_KIND,
    version: STATE_VERSION,
    exportedAt: new Date().toISOString(),
    state: persistedPart(useTracker.getState()),
    data: response.type === 'exported' ? response.data : null,
  };
  return JSON.stringify(file);
}

/** Replaces the tracker with a state file; a bad file changes nothing. */
export async function importState(text: string): Promise<boolean> {
  const parsed = parseStateFile(text);
  if (!parsed) {
    set({ error: { key: 'error.stateFile' } });
    return false;
  }
  ++generation;
  lastFile = null; // the state file's data replaces the file on screen
  readFile = null;
  set({ ...parsed.state, error: null });
  if (parsed.data && parsed.data.rows.length > 0) {
    await ask({ type: 'replace', data: parsed.data });
    set({ headers: parsed.data.headers });
    const saved = savedMapping(parsed.state.mappings, parsed.state.lastHeaderKey);
    const mapping = saved?.mapping ?? suggestMapping(parsed.data.headers);
    await applyMapping(mapping, { decimal: saved?.decimal ?? '.', dayFirst: saved?.dayFirst ?? 'auto' });
  }
  return true;
}

/** Deletes everything the tracker stored in this browser. */
export async function clearAll() {
  await ask({ type: 'clear' });
  set({ log: {}, mappings: {}, lastHeaderKey: null, loaded: null, status: 'idle', headers: [], draft: null, filter: null, error: null });
}
