/**
 * Strict Content-Security-Policy for a static host: after `astro build`,
 * every inline <script> and <style> left in the HTML (Astro's island runtime,
 * anything a later change inlines) moves into a content-named file under
 * `_astro/inline/`, so `script-src 'self'; style-src 'self'` lets it run.
 * Inline scripts become blocking external scripts in the same place (same
 * order, same timing); module scripts stay modules. JSON data blocks are
 * left alone (they are not executed). A `style="…"` attribute cannot move to
 * a file, so it fails the build with the page named.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
// A style attribute on an element (not text such as `data-style=`).
const STYLE_ATTRIBUTE = /<[a-z][^>]*\sstyle\s*=\s*["'][^"']*\S[^"']*["']/i;

/** Content-addressed file name, e.g. "console.log(1)" → "a1b2c3d4e5f6.js". */
export function inlineFileName(content, extension) {
  return `${createHash('sha256').update(content).digest('hex').slice(0, 16)}.${extension}`;
}

/**
 * Rewrites one HTML document: returns the new HTML and the files to write.
 * Example: `<script>a()</script>` → `<script src="/_astro/inline/….js"></script>`.
 */
export function externalize(html, base = '/_astro/inline/') {
  /** @type {Map<string, string>} */
  const files = new Map();
  const out = html
    .replace(SCRIPT, (whole, attributes, body) => {
      if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') return whole;
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      // Data blocks (JSON, templates) are never executed, so CSP ignores them.
      if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') return whole;
      const name = inlineFileName(body, 'js');
      files.set(name, body);
      return `<script${attributes} src="${base}${name}"></script>`;
    })
    .replace(STYLE, (_whole, attributes, body) => {
      const name = inlineFileName(body, 'css');
      files.set(name, body);
      const media = /\bmedia\s*=\s*("[^"]*"|'[^']*')/i.exec(attributes)?.[1];
      return `<link rel="stylesheet" href="${base}${name}"${media ? ` media=${media}` : ''}>`;
    });
  return { html: out, files };
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Externalizes every HTML file of a built site; throws on a style attribute. */
export async function externalizeSite(dist) {
  const target = join(dist, '_astro', 'inline');
  await mkdir(target, { recursive: true });
  const written = new Set();
  const offenders = [];
  let moved = 0;
  for (const file of await htmlFiles(dist)) {
    const before = await readFile(file, 'utf8');
    const { html, files } = externalize(before);
    for (const [name, body] of files) {
      moved += 1;
      if (written.has(name)) continue;
      written.add(name);
      await writeFile(join(target, name), body);
    }
    if (STYLE_ATTRIBUTE.test(html)) offenders.push(relative(dist, file));
    if (html !== before) await writeFile(file, html);
  }
  if (offenders.length > 0) {
    throw new Error(
      `style="…" attributes are blocked by the site's Content-Security-Policy (style-src 'self'); use a class instead. Found in: ${offenders.slice(0, 10).join(', ')}`,
    );
  }
  return { moved, files: written.size };
}
