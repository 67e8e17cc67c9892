/**
 * Translation inside React islands. Islands cannot receive functions as
 * props, so a page passes `lang` and the plain strings the island needs
 * (`pickStrings`), and the island builds its own small i18next instance.
 */
import i18next, { type TFunction } from 'i18next';
import { cacheNumberFormat } from './number-format';
import { LOCALE_TAGS, type Locale } from './locales';
import type { Dictionary } from './schema';

/** The entries of a dictionary whose key starts with one of the prefixes. */
/** Key prefixes the tracker island is given (its strings travel in the page): every key its views use starts with one. */
export const TRACKER_PREFIXES = ['tracker.', 'field.', 'merge.', 'dimension.', 'bucket.', 'error.', 'issue.', 'mapping.', 'summary.', 'changes.', 'buckets.', 'inflated.', 'table.', 'outreach.', 'outcome.', 'detail.', 'composer.', 'settings.', 'state.', 'delimiter.', 'ui.', 'list.', 'bulk.'] as const;

export function pickStrings(dictionary: Dictionary, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}

/** A translate function for one locale's strings: createT('fr', {...})('tracker.title'). */
export function createT(lang: Locale, strings: Record<string, string>): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: LOCALE_TAGS[lang],
    resources: { [LOCALE_TAGS[lang]]: { translation: strings } },
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  cacheNumberFormat(instance);
  return instance.getFixedT(LOCALE_TAGS[lang]);
}
