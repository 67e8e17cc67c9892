// Names the long main-thread tasks the bench counts (npm run bench finds
// how long they are; this finds what they are). Same moves as the bench, on
// the file it generated (bench-results/export-<PROFILE_ROWS>.csv, default
// 200000: run the bench once first), with the page's CPU profiler on: for
// each task over 50 ms it prints its phase, its length, and the functions
// that spent most of it (self time, then time including callees).
// A readable profile wants a build without minification:
// `BENCH_NO_MINIFY=1 npm run build` (astro.config.mjs reads it).
// Ports: BENCH_PORT (default 4398) to serve dist/.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { openTracker, serve } from './bench-page.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ROWS = Number(process.env.PROFILE_ROWS ?? 200000);
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const EXPORTS = process.env.BENCH_EXPORTS !== '0';
const FILE = `bench-results/export-${ROWS}.csv`;
if (!existsSync(FILE)) {
  console.error(`No ${FILE}: run \`BENCH_ROWS=${ROWS} BENCH_RUNS=1 npm run bench\` once first.`);
  process.exit(1);
}

const server = await serve(PORT);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ acceptDownloads: true });
const page = await openTracker(context, PORT);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
// Profile timestamps are µs on another clock than performance.now(): a
// 60 ms function of known start ties the two.
const marked = await page.evaluate(() => {
  function benchCalibrate() { const t0 = performance.now(); while (performance.now() - t0 < 60); return t0; }
  return benchCalibrate();
});

const phases = [];
const phase = async (name, run) => {
  const from = await page.evaluate(() => performance.now());
  await run();
  phases.push({ name, from, to: await page.evaluate(() => performance.now()) });
};
const pause = (ms = 700) => page.waitForTimeout(ms);
const quiet = async () => {
  for (let i = 0; i < 100; i++) {
    const idle = await page.evaluate(() => { const last = window.__longTasks.at(-1); return last ? performance.now() - (last.start + last.duration) : Infinity; });
    if (idle >= 2500) return;
    await pause(200);
  }
};

await phase('import', async () => {
  await page.getByTestId('csv-file').setInputFiles(FILE);
  await page.getByTestId('client-row').first().waitFor({ timeout: 120_000 });
  await quiet();
});
await phase('sort', async () => { await page.locator('button.sort, [data-testid="sort-column"]').nth(1).click(); await pause(); });
await phase('filter', async () => { await page.locator('[data-bucket="activation.none"]').click(); await pause(); });
await phase('search', async () => { await page.getByTestId('client-search').press('1'); await pause(); });
await phase('scroll', async () => {
  await page.locator('.table-scroll, [data-testid="client-scroll"]').first().hover();
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, 4000); await pause(60); }
  await pause();
});
await phase('clear search', async () => { await page.getByTestId('client-search').fill(''); await pause(); });
await phase('clear filter', async () => { await page.locator('[data-bucket="activation.none"]').click(); await pause(); });
const download = async (button) => {
  const done = page.waitForEvent('download', { timeout: 240_000 });
  await button.click();
  const anyway = page.getByTestId('send-anyway');
  await Promise.race([done, anyway.waitFor({ state: 'visible', timeout: 240_000 }).then(() => anyway.click()).catch(() => {})]);
  await done;
  await pause(1000);
};
if (EXPORTS) {
  await phase('list export', () => download(page.getByTestId('export-list')));
  await phase('open composer', async () => { await page.getByTestId('compose-list').click(); await pause(1500); });
  await phase('merge export', () => download(page.getByTestId('export-merge-csv')));
}

const { profile } = await cdp.send('Profiler.stop');
const tasks = await page.evaluate(() => window.__longTasks);
await browser.close();
server.close();

// Sample times in page ms.
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const times = [];
let t = profile.startTime;
for (const delta of profile.timeDeltas) times.push((t += delta) / 1000);
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const stackOf = (id) => { const out = []; for (let at = id; at !== undefined; at = parent.get(at)) out.push(nodes.get(at)); return out; };
const calibration = profile.samples.findIndex((id) => stackOf(id).some((n) => n.callFrame.functionName === 'benchCalibrate'));
const offset = calibration < 0 ? 0 : times[calibration] - marked;
if (calibration < 0) console.error('calibration sample not found: task windows may be off');

const interval = profile.timeDeltas.length ? (times.at(-1) - times[0]) / profile.timeDeltas.length : 0.5;
const top = (counts, n) => [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, c]) => `    ${(c * interval).toFixed(0).padStart(5)} ms  ${name}`).join('\n');
const SKIP = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
for (const task of tasks.filter((x) => x.duration > 50 && x.start >= marked + 100)) {
  const name = phases.find((p) => task.start >= p.from && task.start <= p.to)?.name ?? 'between phases';
  const self = new Map();
  const inclusive = new Map();
  for (let s = 0; s < profile.samples.length; s++) {
    const at = times[s] - offset;
    if (at < task.start || at > task.start + task.duration) continue;
    const stack = stackOf(profile.samples[s]);
    self.set(label(stack[0]), (self.get(label(stack[0])) ?? 0) + 1);
    for (const n of new Set(stack.filter((n) => !SKIP.has(n.callFrame.functionName)).map(label))) inclusive.set(n, (inclusive.get(n) ?? 0) + 1);
  }
  console.log(`\n${name}: task of ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms\n  self:\n${top(self, 6)}\n  including callees:\n${top(inclusive, 12)}`);
}
