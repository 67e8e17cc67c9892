// Tracker import benchmark (npm run bench).
// Generates a 200,000-row export (~20 MB), serves the built site, and in
// headless Chromium measures: time from choosing the file to the bucket counts
// on screen, against bare Papa.parse of the same file on the main thread; the
// longest main-thread task during the import; the page's JS heap.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const PORT = 4398;
const DEBUG_PORT = 9338;
const TARGET = { ratio: 1.5, longTaskMs: 100, heapMb: 400 };
const require = createRequire(import.meta.url);

function generate(path) {
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

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.csv': 'text/csv', '.wasm': 'application/wasm' };

/**
 * Serves dist/ on a port of its own: a plain static server rather than
 * `astro preview`, which allows one preview per project (the end-to-end
 * tests or `npm start` may hold it) and outlives a killed npx.
 */
function serve(port) {
  const root = join(process.cwd(), 'dist');
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (!existsSync('dist/en/tracker/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
mkdirSync('bench-results', { recursive: true });
const file = 'bench-results/export-200k.csv';
generate(file);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Used JS heap of every page and worker of the browser, in MB, through the
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
    const usage = await send('Runtime.getHeapUsage', {}, attached.result.sessionId);
    heaps[target.type] += (usage.result?.usedSize ?? 0) / 1024 / 1024;
  }
  ws.close();
  return heaps;
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** One measurement in a fresh browser context (empty storage): baseline, then the tracker. */
async function measureOnce(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/en/tracker/`);
  await page.locator('.tracker[data-hydrated="true"]').waitFor();

  // Baseline: bare Papa.parse of the same File on the main thread, same browser.
  await page.addScriptTag({ path: require.resolve('papaparse/papaparse.min.js') });
  await page.evaluate(() => { const input = document.createElement('input'); input.type = 'file'; input.id = 'bench-file'; document.body.append(input); });
  await page.locator('#bench-file').setInputFiles(file);
  const papaMs = await page.evaluate(() => new Promise((resolve) => {
    const f = document.querySelector('#bench-file').files[0];
    const t0 = performance.now();
    window.Papa.parse(f, { complete: () => resolve(performance.now() - t0) });
  }));
  await page.waitForTimeout(300);

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
  }, ROWS);
  await page.getByTestId('csv-file').setInputFiles(file);
  const { t0, t1 } = await page.evaluate(() => window.__bench);
  // "During the import" includes what follows the counts: the comparison with
  // the previous import and the alphabetical order arrive just after.
  await page.waitForTimeout(2500);
  const longest = await page.evaluate((t0) => Math.max(0, ...window.__longTasks.filter((t) => t.start + t.duration >= t0).map((t) => t.duration)), t0);
  const heaps = await heapsMb();
  await context.close();
  return { papaMs, trackerMs: t1 - t0, longest, pageHeapMb: heaps.page, workerHeapMb: heaps.worker };
}

const server = await serve(PORT);
let failed = false;
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await measureOnce(browser));
  await browser.close();

  const papaMs = median(runs.map((r) => r.papaMs));
  const pageHeapMb = Math.max(...runs.map((r) => r.pageHeapMb));
  const workerHeapMb = Math.max(...runs.map((r) => r.workerHeapMb));
  const result = { longest: Math.max(...runs.map((r) => r.longest)), heapMb: pageHeapMb + workerHeapMb };
  const trackerMs = median(runs.map((r) => r.trackerMs));
  const ratio = trackerMs / papaMs;
  const rows = [
    ['rows', `${ROWS.toLocaleString('en')} (median of ${RUNS} runs, each in a fresh browser profile)`],
    ['bare Papa.parse (main thread)', `${papaMs.toFixed(0)} ms`],
    ['tracker: file → bucket counts', `${trackerMs.toFixed(0)} ms`],
    ['ratio', `${ratio.toFixed(2)}× (target ≤ ${TARGET.ratio}×)`],
    ['longest main-thread task', `${result.longest.toFixed(0)} ms (target < ${TARGET.longTaskMs} ms)`],
    ['JS heap, page + import worker', `${result.heapMb.toFixed(0)} MB = ${pageHeapMb.toFixed(0)} + ${workerHeapMb.toFixed(0)} (target < ${TARGET.heapMb} MB)`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v}`);
  failed = !(ratio <= TARGET.ratio && result.longest < TARGET.longTaskMs && result.heapMb < TARGET.heapMb);
  console.log(failed ? 'FAIL: a target is missed' : 'PASS: all targets met');
} finally {
  server.close();
}
process.exit(failed ? 1 : 0);
