// Tracker import benchmark (npm run bench).
// For each size (BENCH_ROWS, a comma list, default 200000,1000000) generates
// an export (~100 bytes a row), serves the built site, and in headless
// Chromium measures, BENCH_RUNS times (default 5) in fresh browser profiles:
// the time from choosing the file to the bucket counts on screen, against
// bare Papa.parse of the same file on the main thread; the longest
// main-thread task during the import, and after it while the rep changes the
// sort, clicks a bucket, types in the search and scrolls the list; the JS
// heap of the page and of the workers; and (BENCH_EXPORTS=0 to skip) the
// time to download the list export and the mail-merge CSV of every client.
// Prints min / median / max of each figure as a markdown table (also written
// to bench-results/), with the date and the machine.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { openTracker, serve } from './bench-page.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const SIZES = String(process.env.BENCH_ROWS ?? '200000,1000000').split(',').map((n) => Number(n.trim())).filter((n) => n > 0);
// Ports of its own, overridable so that several checkouts can run it at once.
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9338);
const EXPORTS = process.env.BENCH_EXPORTS !== '0';
/** A bulk output that takes longer is recorded as a miss (the page may be frozen). */
const EXPORT_TIMEOUT_MS = Number(process.env.BENCH_EXPORT_TIMEOUT_MS ?? 240_000);
const TARGET = { ratio: 1.0, longTaskMs: 50, heapMb: 500 };
const require = createRequire(import.meta.url);

function generate(path, ROWS) {
  const languages = ['en', 'fr-FR', 'pt-BR', 'ja', 'Français', ''];
  const lines = ['Customer Name,Tenant ID,Admin Name,Admin Email,Language,Licenses Purchased,Licenses Assigned,Activated Users,Active Users (28 days),Start Date,Activation Link'];
  let seed = 42;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let i = 0; i < ROWS; i++) {
    const seats = [1, 5, 10, 20, 50, 120, 1200][rand(7)];
    const assigned = rand(seats + 1);
    const activated = rand(4) === 0 ? 0 : rand(seats + 1);
    const active = rand(assigned + 2);
    const month = String(1 + rand(11)).padStart(2, '0');
    const day = String(1 + rand(28)).padStart(2, '0');
    lines.push(`"Client ${i}, Inc.",TEN-${100000 + i},Admin ${i},admin${i}@example.org,${languages[rand(languages.length)]},${seats},${assigned},${activated},${active},2026-${month}-${day},https://example.org/activate/${i}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

if (!existsSync('dist/en/tracker/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
mkdirSync('bench-results', { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Used JS heap and ArrayBuffer memory of every page and worker of the browser, in MB, through the
 * DevTools protocol: `performance.memory` only sees the page, and the import
 * worker (which holds the raw rows) counts too.
 */
async function heapsMb() {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`)).json();
  const ws = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
  let next = 1;
  const pending = new Map();
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const heaps = { page: 0, worker: 0 };
  const { result } = await send('Target.getTargets');
  for (const target of result.targetInfos.filter((t) => t.type === 'page' || t.type === 'worker')) {
    const attached = await send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    // Garbage collected first: the figure is what the page keeps, not what it has not freed yet.
    await send('HeapProfiler.collectGarbage', {}, attached.result.sessionId);
    const usage = await send('Runtime.getHeapUsage', {}, attached.result.sessionId);
    // The table's columns are typed arrays and code-unit buffers: their memory is the ArrayBuffers'
    // backing stores, outside V8's used heap (backingStorageSize, Chromium 120+), counted with it.
    if (usage.result && usage.result.backingStorageSize === undefined) throw new Error('This Chromium does not report ArrayBuffer memory (backingStorageSize): the heap figures would leave out the table');
    heaps[target.type] += ((usage.result?.usedSize ?? 0) + (usage.result?.backingStorageSize ?? 0)) / 1024 / 1024;
  }
  ws.close();
  return heaps;
}

/** Longest task (ms) that ended at or after `since`. */
const longestSince = (page, since) =>
  page.evaluate((since) => Math.max(0, ...window.__longTasks.filter((t) => t.start + t.duration >= since).map((t) => t.duration)), since);

/** Waits until the main thread has had no long task for `quietMs` (the import's follow-ups have landed). */
async function settle(page, quietMs, maxMs) {
  const t0 = Date.now();
  while (Date.now() - t0 < maxMs) {
    const idle = await page.evaluate(() => {
      const last = window.__longTasks.at(-1);
      return last ? performance.now() - (last.start + last.duration) : Infinity;
    });
    if (idle >= quietMs) return;
    await page.waitForTimeout(200);
  }
}

/**
 * A user's moves after the import: change the sort, click a bucket, type in
 * the search, scroll the list, clear. Each is skipped (and named) when the
 * page has no such control; the longest task of the whole window is returned.
 */
async function interact(page) {
  const skipped = [];
  const pause = () => page.waitForTimeout(700);
  const t0 = await page.evaluate(() => performance.now());
  const sortButton = page.locator('button.sort, [data-testid="sort-column"]').nth(1);
  if (await sortButton.count()) { await sortButton.click(); await pause(); } else skipped.push('sort');
  const bucket = page.locator('[data-bucket="activation.none"]');
  if (await bucket.count()) { await bucket.click(); await pause(); } else skipped.push('filter');
  const search = page.getByTestId('client-search');
  if (await search.count()) { await search.press('1'); await pause(); } else skipped.push('search');
  const scroller = page.locator('.table-scroll, [data-testid="client-scroll"]').first();
  if (await scroller.count()) {
    await scroller.hover();
    for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, 4000); await page.waitForTimeout(60); }
    await pause();
  } else skipped.push('scroll');
  if (await search.count()) { await search.fill(''); await pause(); }
  if (await bucket.count()) { await bucket.click(); await pause(); }
  return { longest: await longestSince(page, t0), skipped };
}

/** Clicks a button that ends in a download; resolves with the time to the download (ms) and the longest task meanwhile, or a timeout. */
async function timeDownload(page, button) {
  if (!(await button.count())) return { ms: null, longest: null, note: 'no button' };
  const t0 = await page.evaluate(() => performance.now());
  const started = Date.now();
  try {
    const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
    await button.click({ timeout: EXPORT_TIMEOUT_MS });
    // The composer asks before emails with gaps leave (the bench's file has no rep details): say yes.
    const anyway = page.getByTestId('send-anyway');
    await Promise.race([download, anyway.waitFor({ state: 'visible', timeout: EXPORT_TIMEOUT_MS }).then(() => anyway.click()).catch(() => {})]);
    await download;
  } catch {
    return { ms: null, longest: null, note: `over ${EXPORT_TIMEOUT_MS / 1000} s` };
  }
  const ms = Date.now() - started;
  return { ms, longest: await longestSince(page, t0), note: '' };
}

/** One measurement in a fresh browser context (empty storage): baseline, then the tracker. */
async function measureOnce(browser, rows, file, withExports) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openTracker(context, PORT);

  // Baseline: bare Papa.parse of the same File on the main thread, same browser.
  await page.addScriptTag({ path: require.resolve('papaparse/papaparse.min.js') });
  await page.evaluate(() => { const input = document.createElement('input'); input.type = 'file'; input.id = 'bench-file'; document.body.append(input); });
  await page.locator('#bench-file').setInputFiles(file);
  const papaMs = await page.evaluate(() => new Promise((resolve) => {
    const f = document.querySelector('#bench-file').files[0];
    const t0 = performance.now();
    window.Papa.parse(f, { complete: () => resolve(performance.now() - t0) });
  }));
  // The baseline's input goes, so the page holds the same as a rep's would.
  await page.evaluate(() => document.querySelector('#bench-file').remove());
  await page.waitForTimeout(500);

  // The tracker: from the change event of the file input to the counts on screen.
  await page.evaluate((rows) => {
    window.__bench = new Promise((resolve) => {
      const input = document.querySelector('[data-testid="csv-file"]');
      input.addEventListener('change', () => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const summary = document.querySelector('[data-testid="import-summary"]');
          const count = document.querySelector('[data-bucket="activation.none"]');
          if (summary && count && Number(summary.getAttribute('data-rows')) === rows) {
            observer.disconnect();
            // The frame after the commit is the one on screen.
            requestAnimationFrame(() => resolve({ t0, t1: performance.now() }));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }, { capture: true, once: true });
    });
  }, rows);
  await page.getByTestId('csv-file').setInputFiles(file);
  const { t0, t1 } = await page.evaluate(() => window.__bench);
  // "During the import" includes what follows the counts: the list, the
  // comparison with the previous import, the alphabetical order.
  await page.getByTestId('client-row').first().waitFor({ timeout: 120_000 });
  await settle(page, 2500, 60_000);
  const during = await longestSince(page, t0);
  const after = await interact(page);
  const heaps = await heapsMb();
  // The import is kept once stored: the import worker then lets go of the file's raw rows (while it
  // writes them they are in its heap). The target is about the loaded tracker, so measured again then.
  await page.locator('.tracker[data-saving-import="false"]').waitFor({ timeout: 180_000 });
  const stored = await heapsMb();
  const result = {
    papaMs, trackerMs: t1 - t0, during, after: after.longest, skipped: after.skipped,
    pageHeapMb: heaps.page, workerHeapMb: heaps.worker, storedHeapMb: stored.page + stored.worker,
  };
  if (withExports) {
    const list = await timeDownload(page, page.getByTestId('export-list'));
    await page.waitForTimeout(500);
    const compose = page.getByTestId('compose-list');
    let merge = { ms: null, longest: null, note: 'no button' };
    if (await compose.count()) {
      await compose.click();
      merge = await timeDownload(page, page.getByTestId('export-merge-csv'));
    }
    Object.assign(result, { listMs: list.ms, listLongest: list.longest, listNote: list.note, mergeMs: merge.ms, mergeLongest: merge.longest, mergeNote: merge.note });
  }
  await context.close();
  return result;
}

const sorted = (values) => [...values].sort((x, y) => x - y);
/** "min / median / max" of the runs, or the one value, with a unit. */
function spread(values, unit, digits = 0) {
  const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return '—';
  const s = sorted(present);
  const f = (v) => v.toFixed(digits);
  const mid = s[Math.floor(s.length / 2)];
  const missing = values.length - present.length;
  const body = s.length === 1 ? `${f(mid)}${unit}` : `${f(s[0])} / **${f(mid)}** / ${f(s.at(-1))}${unit}`;
  return missing ? `${body} (${missing} of ${values.length} did not finish)` : body;
}
const verdict = (ok) => (ok ? 'met' : '**missed**');

const server = await serve(PORT);
let failed = false;
const report = [];
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });
  const version = browser.version();
  const started = new Date();
  const results = [];
  for (const rows of SIZES) {
    const file = `bench-results/export-${rows}.csv`;
    generate(file, rows);
    const mb = statSync(file).size / 1e6;
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const run = await measureOnce(browser, rows, file, EXPORTS && rows <= 200_000);
      runs.push(run);
      console.error(`${rows} rows, run ${r + 1}/${RUNS}: ${JSON.stringify(run)}`);
    }
    results.push({ rows, mb, runs });
  }
  await browser.close();

  report.push(`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, Node ${process.version}, Chromium ${version}; ${RUNS} runs per size, each in a fresh browser profile; min / **median** / max.`, '');
  report.push(`| measure | ${results.map((r) => `${r.rows.toLocaleString('en')} rows (${r.mb.toFixed(0)} MB)`).join(' | ')} | target |`);
  report.push(`| --- | ${results.map(() => '---').join(' | ')} | --- |`);
  const row = (label, pick, unit, target, digits = 0) => report.push(`| ${label} | ${results.map((r) => spread(r.runs.map(pick), unit, digits)).join(' | ')} | ${target} |`);
  row('bare `Papa.parse`, main thread', (r) => r.papaMs, ' ms', '—');
  row('tracker: file → bucket counts', (r) => r.trackerMs, ' ms', '—');
  row('ratio to bare Papa', (r) => r.trackerMs / r.papaMs, '×', `≤ ${TARGET.ratio}×`, 2);
  row('longest main-thread task, import', (r) => r.during, ' ms', `< ${TARGET.longTaskMs} ms`);
  row('longest main-thread task, sort + filter + search + scroll', (r) => r.after, ' ms', `< ${TARGET.longTaskMs} ms`);
  row('JS heap + ArrayBuffers, page', (r) => r.pageHeapMb, ' MB', '');
  row('JS heap + ArrayBuffers, workers', (r) => r.workerHeapMb, ' MB', '');
  row('JS heap + ArrayBuffers, page + workers, right after the moves (the import may still be being stored)', (r) => r.pageHeapMb + r.workerHeapMb, ' MB', '');
  row('JS heap + ArrayBuffers, page + workers, once stored', (r) => r.storedHeapMb, ' MB', `< ${TARGET.heapMb} MB`);
  if (results.some((r) => r.runs.some((run) => 'listMs' in run))) {
    row('list export, all clients: click → download', (r) => r.listMs, ' ms', 'proportional, off the main thread');
    row('list export: longest main-thread task', (r) => r.listLongest, ' ms', `< ${TARGET.longTaskMs} ms`);
    row('mail-merge CSV, all clients: click → download', (r) => r.mergeMs, ' ms', 'proportional, off the main thread');
    row('mail-merge CSV: longest main-thread task', (r) => r.mergeLongest, ' ms', `< ${TARGET.longTaskMs} ms`);
  }
  const notes = new Set(results.flatMap((r) => r.runs.flatMap((run) => [...run.skipped.map((s) => `no ${s} control found`), run.listNote && `list export: ${run.listNote}`, run.mergeNote && `merge CSV: ${run.mergeNote}`])).filter(Boolean));
  if (notes.size) report.push('', `Notes: ${[...notes].join('; ')}.`);
  const med = (values) => sorted(values)[Math.floor(values.length / 2)];
  const misses = [];
  for (const { rows, runs } of results) {
    if (med(runs.map((r) => r.trackerMs / r.papaMs)) > TARGET.ratio) misses.push(`${rows}: ratio`);
    if (Math.max(...runs.map((r) => Math.max(r.during, r.after))) >= TARGET.longTaskMs) misses.push(`${rows}: longest task`);
    if (Math.max(...runs.map((r) => r.storedHeapMb)) >= TARGET.heapMb) misses.push(`${rows}: heap`);
    if (runs.some((r) => 'mergeMs' in r && (r.mergeMs === null || r.listMs === null || r.mergeLongest >= TARGET.longTaskMs || r.listLongest >= TARGET.longTaskMs))) misses.push(`${rows}: bulk output`);
  }
  report.push('', misses.length ? `Targets ${verdict(false)}: ${misses.join(', ')}.` : 'All targets met.');
  const text = report.join('\n');
  console.log(text);
  writeFileSync(`bench-results/bench-${started.toISOString().slice(0, 19).replace(/:/g, '')}.md`, text + '\n');
  failed = misses.length > 0;
} finally {
  server.close();
}
process.exit(failed ? 1 : 0);
