/**
 * Where a Japanese UI label may break: between its phrases. Japanese has no
 * spaces, and a browser breaks it between any two characters, so a narrow
 * column showed 未アクティベー/ション; Chromium's own phrase breaking
 * (word-break: auto-phrase) cut 割り/当て and 良好（50～/100%） in bucket
 * labels. The word segments come from Intl.Segmenter (ICU), which cuts
 * katakana loan words into pieces (アク|テ|ィ|ベ|ー|ション); they are joined
 * back into phrases here: katakana runs, particles and okurigana with their
 * word, one-kanji prefixes and suffixes, figures, signs and brackets.
 */

const KATAKANA = /[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;
const HIRAGANA = /[\u3041-\u309F]/;
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々〆]/;
const OPENING = /[（「『【〔［｛〈《([{]/;
const CLOSING = /[）」』】〕］｝〉》)\]}、。，．]/;

/** Words that only follow another (a reviewer: a line starting with them reads badly). */
const SUFFIX_WORD = /^(済み|付き|以内|以上|以下|未満)/;

const isJapanese = (char: string) => KATAKANA.test(char) || HIRAGANA.test(char) || KANJI.test(char);
const allHiragana = (segment: string) => [...segment].every((char) => HIRAGANA.test(char));
const oneKanji = (segment: string) => [...segment].length === 1 && KANJI.test(segment);
const first = (segment: string) => [...segment][0] ?? '';
const last = (segment: string) => [...segment].at(-1) ?? '';

/** Whether a line may break between two word segments (`before` is the segment before `left`, if any). */
function breakable(before: string | undefined, left: string, right: string): boolean {
  const l = last(left);
  const r = first(right);
  // A loan word in katakana is one word, however ICU cut it.
  if (KATAKANA.test(l) && KATAKANA.test(r)) return false;
  // Figures, signs and closing brackets end the phrase before them; an opening bracket starts the next one.
  if (!isJapanese(r) && !OPENING.test(r)) return false;
  if (!isJapanese(l) && !CLOSING.test(l)) return false;
  // Particles and okurigana (を, なし, えて) stay with the word before.
  if (allHiragana(right)) return false;
  // A one-kanji prefix (未, 第) joins the next word; after a particle, a kanji starts a new phrase (を|超えて).
  if (oneKanji(left) && (before === undefined || HIRAGANA.test(last(before)))) return false;
  // Suffix words join the word before: 割り当て済み, 45日以内 (a line never starts with 済み or 以内). Not 以降:
  // 第11週以降 whole is wider than the stage column at 1366 px, and 第11週|以降 reads acceptably.
  if (SUFFIX_WORD.test(right)) return false;
  // A one-kanji suffix (日, 前, 先) joins the word before.
  if (oneKanji(right) && !HIRAGANA.test(l)) return false;
  return true;
}

/** Word segments joined into phrases: '未|アク|テ|ィ|ベ|ー|ション' → ['未アクティベーション']. */
export function phrasesOf(segments: readonly string[]): string[] {
  const phrases: string[] = [];
  segments.forEach((segment, i) => {
    if (i > 0 && !breakable(segments[i - 2], segments[i - 1]!, segment)) phrases[phrases.length - 1] += segment;
    else phrases.push(segment);
  });
  return phrases;
}

const cache = new Map<string, string[]>();

/** A Japanese label's phrases, by this runtime's word segmenter; the whole label where there is none. */
export function japanesePhrases(label: string): string[] {
  let phrases = cache.get(label);
  if (!phrases) {
    phrases = typeof Intl.Segmenter === 'function' ? phrasesOf([...new Intl.Segmenter('ja', { granularity: 'word' }).segment(label)].map((s) => s.segment)) : [label];
    cache.set(label, phrases);
  }
  return phrases;
}
