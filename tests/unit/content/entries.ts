/**
 * The real content files, read from disk the way the content loader sees
 * them: id `<locale>/<item>`, front matter, body. Shared by the content tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { LocalizedEntry } from '../../../src/lib/content/parity';

/** The content folder of the repository. */
export const ROOT = join(__dirname, '../../../src/content');

/** Every Markdown file below a folder, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

/** Entries of one collection folder, e.g. entriesOf('steps') → [{ id: 'en/activation/call', data, body }, …]. */
export function entriesOf(collection: string): LocalizedEntry[] {
  const base = join(ROOT, collection);
  return filesUnder(base).map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${file} has no frontmatter`);
    return { id: relative(base, file).replace(/\\/g, '/').replace(/\.md$/, ''), data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
  });
}
