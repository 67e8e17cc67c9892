/**
 * A tiny static server for `dist`, so a test controls the response headers
 * (a strict Content-Security-Policy) the way a static host would send them.
 * Directory paths serve their index.html; anything missing gets 404.html.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function resolveFile(pathname: string): Promise<string | undefined> {
  const path = normalize(join(DIST, decodeURIComponent(pathname)));
  if (!path.startsWith(DIST)) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      await stat(index);
      return index;
    }
    return path;
  } catch {
    return undefined;
  }
}

/** Starts the server on a free port; returns its origin and a stop function. */
export async function serveDist(headers: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(pathname);
    const status = file ? 200 : 404;
    const served = file ?? join(DIST, '404.html');
    const body = await readFile(served);
    response.writeHead(status, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream', ...headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The security headers shipped in public/_headers (the README's recipe), as a header map. */
export async function shippedHeaders(): Promise<Record<string, string>> {
  const text = await readFile(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8');
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!.trim();
  }
  return headers;
}
