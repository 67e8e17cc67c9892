/**
 * Header normalisation: two headers that a rep would call "the same column"
 * normalise to the same text, whatever the case, accents, width, spacing or
 * punctuation (tracker.md §2).
 */

// Only the combining diacritics used by Latin scripts (U+0300–U+036F): the
// Japanese voicing marks (U+3099/U+309A) that NFD splits off ガ or パ are left
// in place so that NFC puts the kana back together.
const LATIN_MARKS = /[\u0300-\u036f]/g;

// Everything that is not a letter or a digit: spaces, punctuation, `_`, `-`,
// parentheses, `%`... The prolonged sound mark ー and 々 are letters (Lm) and stay.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Folds width (NFKC), strips Latin accents and lower-cases, keeping the spacing, e.g. 'Ｌｉｃｅｎｃｅｓ Attribuées' → 'licences attribuees'. */
export function foldText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').toLowerCase();
}

/** The comparable form of a header, e.g. 'Licences attribuées (%)' → 'licencesattribuees', 'ＣＵＳＴＯＭＥＲ　ＮＡＭＥ' → 'customername'. */
export function normalizeHeader(text: string): string {
  return foldText(text).replace(NOT_LETTER_OR_DIGIT, '');
}

// Runs of Latin letters, of digits, or of Japanese (kanji, kana, ー): so that
// 'テナントID' gives ['テナント', 'id'] and 'licensesSold' (after the camelCase
// split) gives ['licenses', 'sold'].
const TOKEN = /[a-z\u00df-\u024f]+|\p{N}+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+|\p{L}+/gu;

/** The words of a header, folded, camelCase split, e.g. 'usagePercent (28 days)' → ['usage', 'percent', '28', 'days']. */
export function headerTokens(text: string): string[] {
  const split = text.normalize('NFKC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return foldText(split).match(TOKEN) ?? [];
}
