/**
 * The translation system: one i18next instance created for the site, and
 * `getFixedT(lang)` per page (never a global changeLanguage, so pages built in
 * parallel cannot leak a language into each other). Islands cannot receive
 * functions as props: pass them `lang` and call `translator(lang)` there.
 */
import i18next, { type TFunction } from 'i18next';
import { cacheNumberFormat } from './number-format';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, type Locale } from './locales';
import { checkDictionary, type Dictionary } from './schema';
import en from './en.json';
import fr from './fr.json';
import pt from './pt.json';
import ja from './ja.json';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, fr, pt, ja };

const problems = LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) =>
  checkDictionary(DICTIONARIES[DEFAULT_LOCALE], DICTIONARIES[l], LOCALE_TAGS[l]),
);
if (problems.length > 0) throw new Error(`UI dictionaries are incomplete:\n  ${problems.join('\n  ')}`);

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: DICTIONARIES[l] }])),
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  // Astro and React escape what they render; escaping here would double it.
  interpolation: { escapeValue: false },
});
cacheNumberFormat(instance);

export type Translate = TFunction;

/** The translate function of one locale: translator('fr')('nav.home') → 'Accueil'. */
export function translator(lang: Locale): Translate {
  return instance.getFixedT(lang);
}

/** Intl number format in the locale's conventions: formatNumber('fr', 1200) → '1 200'. */
export function formatNumber(lang: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE_TAGS[lang], options).format(value);
}
