/**
 * The page side of importing: owns the worker, turns its answers into store
 * updates. Islands call these actions; they never talk to the worker.
 */
import type { Encoding } from '../lib/csv/types';
import type { Mapping } from '../lib/tracker/fields';
import type { WorkerRequest, WorkerResponse } from '../lib/tracker/protocol';
import { hasMetricColumn, headerSetKey, missingRequired, sanitizeMapping, suggestMapping } from '../lib/mapping/match';
import { useSaved, useTracker, persistedPart, type TrackerState } from './index';
import { asOfDayOf, provideSearchIndex } from './selectors';
import { provideNameOrder } from '../lib/tracker/view';
import { STATE_FILE_KIND, STATE_VERSION, emptyPersisted } from '../lib/state/persisted';
import type { StateFile } from '../lib/state/state-file';
import { announceImport } from './sync';
import { forgetTables, noteTable } from './bulk';
import { packedFromWire } from '../lib/tracker/packed';
import { tableFromWire } from '../lib/tracker/table';
import type { TextField } from '../lib/tracker/registry';

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
function followUp(message: Extract<WorkerResponse, { type: 'changes' | 'ranked' | 'texts' | 'searchIndex' }>) {
  const { loaded } = useTracker.getState();
  if (!loaded || message.id !== shownId) return;
  if (message.type === 'searchIndex') {
    const { client, clientId } = loaded.table.text;
    provideSearchIndex(loaded.table, message.locale, { names: packedFromWire({ units: message.names, ends: client.ends }), ids: packedFromWire({ units: message.ids, ends: clientId.ends }) });
    return;
  }
  if (message.type === 'texts') {
    // Filled in place: the table keeps its identity, so nothing memoized on it
    // (buckets, steps, order, search) is computed again; a new `loaded` re-renders its readers.
    for (const [field, wire] of Object.entries(message.text)) loaded.table.text[field as TextField] = packedFromWire(wire);
    if (message.last) useTracker.setState({ loaded: { ...loaded } });
    return;
  }
  if (message.type === 'ranked') provideNameOrder(message.rank, message.order);
  useTracker.setState({ loaded: message.type === 'changes' ? { ...loaded, changes: message.changes } : { ...loaded, rank: message.rank } });
}

/** Committed callbacks by request id: what to remember once the import is stored. */
const onCommitted = new Map<number, () => void>();

/**
 * The worker stored an import (or failed to). Only now does the page
 * remember its mapping and tell other tabs: a reload before this point shows
 * the previous import, whole.
 */
function saved(message: Extract<WorkerResponse, { type: 'committed' | 'saveFailed' }>) {
  const then = onCommitted.get(message.id);
  onCommitted.delete(message.id);
  if (message.type === 'saveFailed') {
    useTracker.setState((s) => ({ saving: false, saveErrors: { ...s.saveErrors, import: message.error } }));
    return;
  }
  then?.();
  useTracker.setState((s) => ({ saving: false, saveErrors: { ...s.saveErrors, import: null } }));
  announceImport();
}

/**
 * Worker messages that arrived since a table went on screen, held until that
 * frame is painted: the follow-ups (text columns, search index, rank) are
 * megabytes to decode, and decoding them before the first paint delayed the
 * counts on screen. Held undecoded (a MessageEvent decodes its data when
 * read), then handled one per task, in order, so no task decodes them all.
 */
let held: MessageEvent<WorkerResponse>[] | null = null;

function holdUntilPainted() {
  if (held) return;
  const queue: MessageEvent<WorkerResponse>[] = [];
  held = queue;
  let started = false;
  const next = () => {
    const event = queue.shift();
    if (!event) { held = null; return; }
    handleWorkerMessage(event.data);
    setTimeout(next, 0);
  };
  const start = () => {
    if (started) return;
    started = true;
    next();
  };
  // After the next frame; a hidden tab paints no frame: the timer then.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
}

function onWorkerMessage(event: MessageEvent<WorkerResponse>) {
  if (held) held.push(event);
  else handleWorkerMessage(event.data);
}

function handleWorkerMessage(message: WorkerResponse) {
  if (message.type === 'progress') {
    useTracker.setState({ progress: message.fraction });
    return;
  }
  if (message.type === 'changes' || message.type === 'ranked' || message.type === 'texts' || message.type === 'searchIndex') {
    followUp(message);
    return;
  }
  // A save's outcome follows its 'built'; it also answers a 'retrySave'.
  if (message.type === 'committed' || message.type === 'saveFailed') saved(message);
  const resolve = waiting.get(message.id);
  waiting.delete(message.id);
  if (resolve) resolve(message);
  else if (message.type === 'error') useTracker.setState({ error: { key: 'error.unknown', params: { detail: message.detail ?? message.code } } });
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../lib/csv/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = onWorkerMessage;
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

/** Column names quoted and listed the page language's way: « A » et « B », 「A」、「B」. */
function quotedList(names: readonly string[], locale: string): string {
  const lang = locale.slice(0, 2);
  const [open, close] = lang === 'fr' ? ['«\u00a0', '\u00a0»'] : lang === 'ja' ? ['「', '」'] : ['“', '”'];
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names.map((name) => `${open}${name}${close}`));
}

/** The build found the mapping wrong for this file: the form opens on `mapping`, saying why. */
function backToForm(error: { key: string; params: Record<string, string | number> }, mapping: Mapping, options: { decimal: ',' | '.'; dayFirst: boolean | 'auto' }) {
  set({ status: 'mapping', progress: null, error, draft: { mapping, decimal: options.decimal, dayFirst: options.dayFirst === true, askDateOrder: false } });
}

/** Builds the client table from the read file (or the loaded one) with a mapping. */
export async function applyMapping(mapping: Mapping, options: { decimal: ',' | '.'; dayFirst: boolean | 'auto'; guessed?: boolean }, started = ++generation) {
  const { headers } = useTracker.getState();
  const clean = sanitizeMapping(mapping, headers);
  if (missingRequired(clean).length > 0) {
    set({ status: 'mapping', error: { key: 'error.noClientColumn' }, draft: { mapping: clean, decimal: options.decimal, dayFirst: options.dayFirst === true, askDateOrder: false } });
    return;
  }
  set({ status: 'building' });
  const response = await ask({ type: 'build', mapping: clean, decimal: options.decimal, dayFirst: options.dayFirst, commit: true, locale: pageLocale(), asOfDay: asOfDayOf(useSaved.getState().settings), guessed: options.guessed === true });
  if (started !== generation) return;
  if (response.type === 'askDateOrder') {
    set({ status: 'mapping', draft: { mapping: clean, decimal: options.decimal, dayFirst: false, askDateOrder: true } });
    return;
  }
  if (response.type === 'error' && response.code === 'emptyClientColumn') {
    // The column picked as the client holds no name: the rep picks another.
    backToForm({ key: 'error.emptyClientColumn', params: { column: clean.client ?? '' } }, clean, options);
    return;
  }
  if (response.type === 'error' && response.code === 'unreadableColumns') {
    // Guessed columns that hold words where figures or dates were expected: left out, and the rep decides.
    const fields = response.fields ?? [];
    const columns = quotedList(fields.map((field) => clean[field as keyof Mapping] ?? field), pageLocale());
    const kept = Object.fromEntries(Object.entries(clean).filter(([field]) => !fields.includes(field))) as Mapping;
    backToForm({ key: 'error.unreadableColumns', params: { columns, count: fields.length } }, kept, options);
    return;
  }
  if (response.type === 'error') return fail(response);
  if (response.type !== 'built') return;
  onCommitted.set(response.id, () => useSaved.getState().rememberMapping(headerSetKey(response.headers), response.saved));
  // The file read is now the one on screen ("read again" uses it).
  if (readFile) [lastFile, readFile] = [readFile, null];
  show(response, { draft: null, saving: true });
}

/** Puts a table the worker built on screen. */
function show(response: Extract<WorkerResponse, { type: 'built' }>, extra: Partial<TrackerState> = {}) {
  shownId = response.id;
  // The bulk worker gets this table, when it first needs it, from the import worker (never cloned here).
  const table = tableFromWire(response.table);
  noteTable(table, response.id, (port) => getWorker().postMessage({ type: 'shipTable', id: nextId++, epoch: response.id, port } satisfies WorkerRequest, [port]));
  set({
    status: 'ready',
    progress: null,
    error: null,
    headers: response.headers,
    loaded: { fileName: response.fileName, mapping: response.saved.mapping, table, summary: response.summary, issues: response.issues, changes: response.changes, detection: response.detection, rank: null, buckets: response.buckets },
    ...extra,
  });
  holdUntilPainted();
}

/** The mapping the rep chose before for this set of headers (own keys only: headers are file text). */
function rememberedFor(headers: readonly string[]) {
  const { mappings } = useSaved.getState();
  const key = headerSetKey(headers);
  return Object.hasOwn(mappings, key) ? mappings[key] : undefined;
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
  const remembered = rememberedFor(response.headers);
  const mapping = remembered ? sanitizeMapping(remembered.mapping, response.headers) : suggestMapping(response.headers);
  const decimal = remembered?.decimal ?? response.hints.decimal;
  set({ headers: response.headers, draft: { mapping, decimal, dayFirst: remembered?.dayFirst ?? response.hints.dayFirst, askDateOrder: false } });
  if (missingRequired(mapping).length > 0) {
    set({ status: 'mapping', progress: null, error: { key: 'error.noClientColumn' } });
    return;
  }
  // No count or percentage recognised: ask rather than show every client as unknown (tracker.md §2).
  if (!remembered && !hasMetricColumn(mapping)) {
    set({ status: 'mapping', progress: null, error: null });
    return;
  }
  await applyMapping(mapping, { decimal, dayFirst: remembered ? remembered.dayFirst : 'auto', guessed: !remembered }, started);
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

/**
 * After a reload, or when another tab stored an import: shows the stored
 * import with the mapping stored with it. One stored by version 1 (no
 * mapping) uses the one remembered for its headers; an import that cannot
 * be shown is named in an alert, never dropped silently.
 */
export async function restoreLast() {
  const started = ++generation;
  const request = { type: 'restore', locale: pageLocale(), asOfDay: asOfDayOf(useSaved.getState().settings) } as const;
  let response = await ask({ ...request, saved: null });
  if (response.type === 'needsMapping' && started === generation) {
    const remembered = rememberedFor(response.headers) ?? { mapping: suggestMapping(response.headers), decimal: '.' as const, dayFirst: false };
    response = await ask({ ...request, saved: remembered });
  }
  if (started !== generation) return;
  if (response.type === 'restoreFailed') set({ error: { key: 'error.restoreFailed', params: { file: response.fileName } } });
  if (response.type === 'built') show(response);
  // Another tab cleared everything: this one shows nothing either.
  if (response.type === 'empty' && useTracker.getState().loaded) set({ loaded: null, status: 'idle', headers: [] });
}

/** Opens the mapping form for the loaded file. */
export function editMapping() {
  void discardPending();
  const { headers } = useTracker.getState();
  const saved = rememberedFor(headers);
  set({ status: 'mapping', error: null, draft: { mapping: saved?.mapping ?? suggestMapping(headers), decimal: saved?.decimal ?? '.', dayFirst: saved?.dayFirst ?? false, askDateOrder: false } });
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

/** The whole tracker as one JSON file: settings, mappings, log and the last import with its mapping. */
export async function exportState(): Promise<string> {
  const response = await ask({ type: 'export' });
  const file: StateFile = {
    kind: STATE_FILE_KIND,
    version: STATE_VERSION,
    exportedAt: new Date().toISOString(),
    state: persistedPart(useSaved.getState()),
    data: response.type === 'exported' ? response.data : null,
  };
  return JSON.stringify(file);
}

/** Answers the question the state panel asks before a state file replaces a non-empty log. */
let decide: ((replace: boolean) => void) | null = null;
export function confirmStateReplace(replace: boolean) {
  decide?.(replace);
  decide = null;
  set({ stateConfirm: null });
}

const STATE_ERRORS = { notState: 'error.stateFile', invalid: 'error.stateFileInvalid', newer: 'error.stateFileNewer', tooLarge: 'error.stateFileTooLarge', noClients: 'error.stateFileNoClients' } as const;

/**
 * Replaces the tracker with a state file. The worker reads and validates it
 * whole and builds its data first; a non-empty log is replaced only after the
 * rep confirms; then the data and the state are applied together. Any fault
 * changes nothing. Resolves with what was imported, or null.
 */
export async function importState(file: Blob): Promise<{ clients: number; entries: number } | null> {
  const started = ++generation;
  set({ error: null });
  const response = await ask({ type: 'readState', file, mappings: useSaved.getState().mappings });
  if (started !== generation) return null;
  if (response.type === 'stateInvalid') {
    const { error } = response;
    set({ error: { key: STATE_ERRORS[error.code], params: { path: 'path' in error ? error.path : '', version: 'version' in error ? error.version : '' } } });
    return null;
  }
  if (response.type !== 'stateRead') return null;
  const entries = Object.values(useSaved.getState().log).reduce((n, list) => n + list.length, 0);
  if (entries > 0) {
    const replace = await new Promise<boolean>((resolve) => {
      decide = resolve;
      set({ stateConfirm: { entries, incoming: response.entries, clients: response.clients } });
    });
    // The rep's answer stands even if another tab's import arrived meanwhile.
    if (!replace) return null;
  }
  const committing = ++generation;
  const committed = await ask({ type: 'commitState', locale: pageLocale(), asOfDay: asOfDayOf(response.state.settings) });
  if (committing !== generation) return null;
  if (committed.type === 'error') {
    fail(committed);
    return null;
  }
  useSaved.getState().replaceAll(response.state);
  // The state file's data replaces the file on screen: nothing to read again.
  lastFile = null;
  readFile = null;
  if (committed.type === 'built') show(committed, { draft: null, saving: true });
  return { clients: response.clients, entries: response.entries };
}

/** Tries again to save what failed: the import (worker) or the log (page). */
export async function retrySave() {
  const { saveErrors } = useTracker.getState();
  // The log is written again in any case: a retry never leaves an unsaved entry behind.
  set({ saveErrors: { log: null, import: saveErrors.import } });
  useSaved.setState({});
  if (saveErrors.import) await ask({ type: 'retrySave' });
}

/** Deletes everything the tracker stored in this browser. */
export async function clearAll() {
  ++generation;
  forgetTables();
  await ask({ type: 'clear' });
  useSaved.getState().replaceAll({ ...emptyPersisted(), settings: useSaved.getState().settings, settingsAt: useSaved.getState().settingsAt, epoch: Date.now() });
  set({ loaded: null, status: 'idle', headers: [], draft: null, filters: {}, overdue: false, keysFilter: null, error: null, saveErrors: { log: null, import: null } });
  announceImport();
}
