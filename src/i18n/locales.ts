/**
 * The site's locales. Adding a language = add it here, add `<lang>.json`
 * beside this file and one copy of every content entry under its folder.
 */
export const LOCALES = ['en', 'fr', 'pt', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags used for Intl formats and `<html lang>`: pt is Brazilian usage. */
export const LOCALE_TAGS: Record<Locale, string> = {
  en: 'en',
  fr: 'fr-FR',
  pt: 'pt-BR',
  ja: 'ja-JP',
};

/** Each language's own name, for the switcher (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  ja: '日本語',
};

/** True for a supported locale, e.g. isLocale('fr') → true, isLocale('de') → false. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
