/**
 * Locale parity of content collections: every item exists in every locale
 * with the same structure. A product promise, so the build enforces it.
 * Pure: takes plain entries, returns problems as data (the loader throws).
 */

export interface LocalizedEntry {
  /** `<locale>/<item id>`, e.g. `fr/activation` or `ja/activation/call`. */
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

export interface ParityProblem {
  item: string;
  locale: string;
  kind: 'missing' | 'structure' | 'unknownLocale' | 'missingStableId';
  detail: string;
}

/** Splits `fr/activation/call` → { locale: 'fr', item: 'activation/call' }. */
export function splitLocalizedId(id: string): { locale: string; item: string } {
  const slash = id.indexOf('/');
  return slash < 0 ? { locale: '', item: id } : { locale: id.slice(0, slash), item: id.slice(slash + 1) };
}

/**
 * Compares entries across locales.
 * `structureOf` returns what must be identical between locales (step ids,
 * merge fields, links…); it is compared as JSON against the default locale.
 * `stableIds` must exist in every locale.
 *
 * checkParity([{id:'en/a',data:{}}], ['en','fr'], () => null)
 *   → [{ item: 'a', locale: 'fr', kind: 'missing', … }]
 */
export function checkParity(
  entries: readonly LocalizedEntry[],
  locales: readonly string[],
  structureOf: (entry: LocalizedEntry) => unknown,
  stableIds: readonly string[] = [],
): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const byItem = new Map<string, Map<string, LocalizedEntry>>();
  for (const entry of entries) {
    const { locale, item } = splitLocalizedId(entry.id);
    if (!locales.includes(locale)) {
      problems.push({ item, locale, kind: 'unknownLocale', detail: `"${entry.id}" is not under a locale folder (${locales.join(', ')})` });
      continue;
    }
    if (!byItem.has(item)) byItem.set(item, new Map());
    byItem.get(item)!.set(locale, entry);
  }
  for (const id of stableIds) {
    if (!byItem.has(id)) problems.push({ item: id, locale: '*', kind: 'missingStableId', detail: `stable id "${id}" has no entry in any locale` });
  }
  const reference = locales[0]!;
  for (const [item, perLocale] of [...byItem].sort(([a], [b]) => a.localeCompare(b))) {
    const base = perLocale.get(reference) ?? [...perLocale.values()][0]!;
    const baseLocale = splitLocalizedId(base.id).locale;
    const expected = JSON.stringify(structureOf(base));
    for (const locale of locales) {
      const entry = perLocale.get(locale);
      if (!entry) {
        problems.push({ item, locale, kind: 'missing', detail: `"${item}" exists in ${baseLocale} but not in ${locale}` });
        continue;
      }
      const actual = JSON.stringify(structureOf(entry));
      if (actual !== expected) {
        problems.push({ item, locale, kind: 'structure', detail: `"${item}" in ${locale} differs from ${baseLocale}: ${actual} ≠ ${expected}` });
      }
    }
  }
  return problems;
}

/** One readable paragraph for a build error, one line per problem. */
export function formatParityProblems(collection: string, problems: readonly ParityProblem[]): string {
  return [
    `Content parity check failed for collection "${collection}" (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...problems.map((p) => `  - [${p.kind}] ${collection}/${p.locale}/${p.item}: ${p.detail}`),
  ].join('\n');
}
