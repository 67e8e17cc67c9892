// What the bench (bench.mjs) and the profiler (profile-tasks.mjs) share: a
// static server for dist/ and the tracker page with its long tasks recorded,
// so both measure the same page served the same way.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.csv': 'text/csv', '.wasm': 'application/wasm' };

/**
 * Serves dist/ on a port of its own: a plain static server rather than
 * `astro preview`, which allows one preview per project (the end-to-end
 * tests or `npm start` may hold it) and outlives a killed npx.
 */
export function serve(port) {
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

/** A new page on the English tracker, hydrated, recording every long task in window.__longTasks. */
export async function openTracker(context, port) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/en/tracker/`);
  await page.locator('.tracker[data-hydrated="true"]').waitFor();
  return page;
}
