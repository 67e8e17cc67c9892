/**
 * Dictionary checks, run when the dictionaries load (and in unit tests):
 * every locale has every key of the default locale, with the plural forms its
 * language needs (fr/pt: _one/_many/_other, ja: _other only), and no extra key.
 * Parity is a product promise: a missing string fails the build.
 */
export type Dictionary = Readonly<Record<string, string>>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** 'search.results_one' → 'search.results'; 'nav.home' → 'nav.home'. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** Keys a locale must define, given the default dictionary: plural keys expand to the locale's categories. */
export function expectedKeys(reference: Dictionary, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(reference)) {
    if (PLURAL_SUFFIX.test(key)) for (const c of categories) keys.add(`${baseKey(key)}_${c}`);
    else keys.add(key);
  }
  return keys;
}

/**
 * Problems of one dictionary against the reference, as readable lines.
 * checkDictionary({a:'x'}, {}, 'fr') → ['fr: missing key "a"']
 */
export function checkDictionary(reference: Dictionary, dictionary: Dictionary, locale: string): string[] {
  const expected = expectedKeys(reference, locale);
  const problems: string[] = [];
  for (const key of expected) {
    const value = dictionary[key];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${locale}: missing key "${key}"`);
  }
  for (const key of Object.keys(dictionary)) {
    if (!expected.has(key)) problems.push(`${locale}: unexpected key "${key}"`);
  }
  for (const key of expected) {
    const want = placeholders(reference[key] ?? reference[`${baseKey(key)}_other`] ?? '');
    const got = placeholders(dictionary[key] ?? '');
    if (dictionary[key]?.trim() && want.join() !== got.join()) {
      problems.push(`${locale}: "${key}" uses {{${got.join('}}, {{')}}} instead of {{${want.join('}}, {{')}}}`);
    }
  }
  return problems;
}

/** Interpolation names in a string, sorted: 'Hi {{name}}, {{count}}' → ['count', 'name']. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}
