/**
 * "On this page" contents, built from the page's own HTML at build time: every
 * <h2> (and <h3> when asked) gets an id if it has none, and is listed.
 * Working on the rendered HTML covers headings from Markdown and from
 * components alike.
 */

export interface TocEntry {
  id: string;
  text: string;
  level: 2 | 3;
}

const HEADING = /<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g;

/** Heading text without tags or entities, e.g. "<a href='#x'>Tips &amp; tricks</a>" → "Tips & tricks". */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id from heading text, any script kept, e.g. "Étape 2 : bilan" → "étape-2-bilan", "次のステップ" → "次のステップ". */
export function slug(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section';
}

/**
 * Adds missing ids to the headings of `html` and lists them.
 * Example: "<h2>Tips</h2><h2 id='x'>Log</h2>" → html "<h2 id=\"tips\">Tips</h2>…", entries [{id:'tips'}, {id:'x'}].
 */
export function buildToc(html: string, depth: 2 | 3 = 2): { html: string; entries: TocEntry[] } {
  const used = new Set([...html.matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1]!));
  const entries: TocEntry[] = [];
  const out = html.replace(HEADING, (whole, level: string, attributes: string | undefined, inner: string) => {
    const n = Number(level) as 2 | 3;
    const attrs = attributes ?? '';
    // Headings marked data-toc-skip (e.g. the contents list's own title) stay out.
    if (n > depth || /\sdata-toc-skip\b/.test(attrs)) return whole;
    const text = headingText(inner);
    if (text === '') return whole;
    const existing = /\sid=["']([^"']+)["']/.exec(attrs)?.[1];
    let id = existing;
    if (!id) {
      const base = slug(text);
      id = base;
      for (let i = 2; used.has(id); i += 1) id = `${base}-${i}`;
      used.add(id);
    }
    entries.push({ id, text, level: n });
    return existing ? whole : `<h${level} id="${id}"${attrs}>${inner}</h${level}>`;
  });
  return { html: out, entries };
}
