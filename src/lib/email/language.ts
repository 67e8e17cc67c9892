/**
 * Which of the site's locales a client's "language" cell means. Exports hold
 * anything from `fr_CA` to `Brazilian Portuguese` or `フランス語`; the email
 * is written in that language when the site has it, else in the page locale.
 */
import type { Locale } from '../../i18n/locales';
import { foldText } from '../mapping/normalize';

// Folded (accent-free, lower-case, half-width) names and codes of each
// language: codes (ISO 639-1/-2 and the common `jp`), the name in English, in
// the language itself, and in the other languages a rep's export may use.
const NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    'en', 'eng', 'english', 'anglais', 'ingles', 'inglese', 'englisch', 'engels', 'angielski',
    '英語', 'えいご', '英文', '英国語', '米語',
  ],
  fr: [
    'fr', 'fra', 'fre', 'french', 'francais', 'frances', 'francese', 'franzosisch', 'frans', 'francuski',
    'フランス語', 'ふらんすご', '仏語', '仏蘭西語',
  ],
  pt: [
    'pt', 'por', 'portuguese', 'portugais', 'portugues', 'portoghese', 'portugiesisch', 'portugees', 'portugalski',
    'brazilian', 'brasileiro', 'bresilien', 'brasilianisch', 'ポルトガル語', 'ぽるとがるご', 'ブラジルポルトガル語',
    '葡語', 'ポ語',
  ],
  ja: [
    'ja', 'jp', 'jpn', 'japanese', 'japonais', 'japones', 'giapponese', 'japanisch', 'japans', 'japonski',
    '日本語', 'にほんご', '日本', '和文',
  ],
};

const LOOKUP = new Map<string, Locale>(
  (Object.entries(NAMES) as [Locale, readonly string[]][]).flatMap(([locale, names]) =>
    names.map((name) => [name, locale] as const),
  ),
);

// A BCP 47-ish tag, loosely: `fr`, `FR`, `fr-FR`, `fr_CA`, `pt-BR`, `zh-Hant-TW`.
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/;

/**
 * The locale a language cell names, null when unknown or unsupported,
 * e.g. 'fr_CA' → 'fr', 'Brazilian Portuguese' → 'pt', 'フランス語' → 'fr', 'Deutsch' → null.
 */
export function matchLanguage(value: string | null | undefined): Locale | null {
  if (typeof value !== 'string') return null;
  // 'French; English' or 'fr-FR,en;q=0.8': the first language listed is the preferred one.
  const first = foldText(value)
    .split(/[,;/|]/)
    .map((part) => part.trim())
    .find((part) => part !== '');
  if (first === undefined) return null;
  const tag = TAG.exec(first);
  if (tag) return LOOKUP.get(tag[1]!) ?? null;
  // A name, maybe with a region: 'French (Canada)', 'Português do Brasil', 'ポルトガル語（ブラジル）'.
  const words = first.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const locale = LOOKUP.get(word);
    if (locale) return locale;
  }
  return null;
}

/** The locale to write a client's email in: their language if the site has it, else the page's, e.g. ('pt-BR', 'en') → 'pt', ('de', 'fr') → 'fr'. */
export function emailLocale(clientLanguage: string, pageLocale: Locale): Locale {
  return matchLanguage(clientLanguage) ?? pageLocale;
}
