/**
 * The figures a content item states (numbers with their unit: "48 h",
 * "30 min", "1 TB", "60 d", "60 %"), read the same way in en, fr, pt and ja,
 * so that a test can check every locale of an item says the same thing.
 * Pure: text in, sorted list of normalised figures out.
 *
 * Why "1" is ignored for time units: "a week", "une semaine", "uma semana"
 * and "1週間" all say one week, but only some languages write the 1, so a
 * literal comparison would flag natural wording. Any other value is compared.
 */

/** Normalised unit of a figure. */
export type FigureUnit = '%' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'GB' | 'TB';

const TIME_UNITS: readonly FigureUnit[] = ['min', 'h', 'd', 'wk', 'mo'];

/** Number words (2 and up) in en, fr and pt; "one"/"un"/"um" are articles too often to count. */
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, sixty: 60,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, trente: 30, soixante: 60,
  dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12,
  vinte: 20, trinta: 30, sessenta: 60,
};

/** Kanji numerals used before 日, 週間 and か月 (never before 分: 十分 means "enough"). */
const KANJI_NUMBERS: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const WORD = `(?:${Object.keys(WORD_NUMBERS).join('|')})`;
/** One number: digits (decimal point or comma) or a number word. */
const NUM = `(?:\\d+(?:[.,]\\d+)?|${WORD})`;
/** What joins the numbers of a range or a list: "15–30", "15 to 30", "15 à 30", "5 a 10", "0 and 100". */
const SEP = `(?:\\s*[-–—~〜/]\\s*|\\s+(?:to|and|or|à|et|ou|a|e)\\s+|,\\s+)`;
const NUMS = `(${NUM}(?:${SEP}${NUM})*)`;
// Only Latin letters bound a Latin unit: "60%" right after Japanese text still counts.
const NOT_LETTER_BEFORE = '(?<![\\p{Script=Latin}\\d.,])';
const NOT_LETTER_AFTER = '(?![\\p{Script=Latin}\\d])';

/** Words French and Portuguese put between a number and its unit: "28 derniers jours", "60 primeiros dias". */
const ORDER_WORDS = '(?:derniers|dernières|premiers|premières|prochains|prochaines|primeiros|primeiras|últimos|últimas)';

/** Latin-script units after a number; the key is the unit, the value its spellings. */
const LATIN_SUFFIX_UNITS: [FigureUnit, string][] = [
  ['%', '%'],
  ['min', '(?:minutes?|minutos?|mins?|mn)'],
  ['h', '(?:hours?|heures?|horas?|hrs?|h)'],
  ['d', '(?:(?:working |business )?days?|jours?(?: ouvrés| ouvrables)?|dias?(?: úteis)?|j)'],
  ['wk', '(?:weeks?|semaines?|semanas?)'],
  ['mo', '(?:months?|mois|meses|mês)'],
  ['GB', '(?:GB|Go)'],
  ['TB', '(?:TB|To)'],
];

/** Units written before the number: "week 4", "semaines 5 à 6", "semanas 5 a 10". */
const LATIN_PREFIX_UNITS: [FigureUnit, string][] = [['wk', '(?:weeks?|semaines?|semanas?)']];

/** Japanese units after a number. */
const JA_SUFFIX_UNITS: [FigureUnit, string][] = [
  ['min', '分(?:間)?'],
  ['h', '時間'],
  ['d', '(?:営業)?日(?:間)?'],
  ['wk', '週(?:間|目)?'],
  ['mo', '(?:か|カ|ヶ|ケ)月'],
  ['GB', '(?:GB|ギガバイト)'],
  ['TB', '(?:TB|テラバイト)'],
];

/** Reads one number token: '48' → 48, '99,6' → 99.6, 'trois' → 3, '三' → 3. */
function numberOf(token: string): number {
  const word = WORD_NUMBERS[token.toLowerCase()];
  if (word !== undefined) return word;
  const kanji = KANJI_NUMBERS[token];
  if (kanji !== undefined) return kanji;
  return Number(token.replace(',', '.'));
}

/** Every number of a range or list: '15 to 30' → [15, 30]. */
function numbersOf(list: string): number[] {
  const tokens = list.match(new RegExp(`\\d+(?:[.,]\\d+)?|${WORD}`, 'giu')) ?? [];
  return tokens.map(numberOf);
}

function add(found: Set<string>, values: number[], unit: FigureUnit): void {
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    if (value === 1 && TIME_UNITS.includes(unit)) continue;
    found.add(`${value} ${unit}`);
  }
}

/**
 * The figures in a text, normalised and sorted.
 *
 * figuresIn('Call within 48 hours, a 10-minute call, 1 To') → ['1 TB', '10 min', '48 h']
 * figuresIn('48時間以内に、60日以内、100％') → ['100 %', '48 h', '60 d']
 */
export function figuresIn(text: string): string[] {
  // NFKC folds full-width digits and ％, no-break spaces and ～ to their plain forms.
  let source = text.normalize('NFKC');
  const found = new Set<string>();
  // Round the clock: "24/7" and "24x7" say 24 hours, 7 days; French writes "24h/24" and "7j/7".
  source = source
    .replace(/(?<!\d)24\s?[/x×]\s?7(?!\d)/giu, () => (add(found, [24], 'h'), add(found, [7], 'd'), ' '))
    .replace(/(?<!\d)24\s?h\s?\/\s?24(?!\d)/giu, () => (add(found, [24], 'h'), ' '))
    .replace(/(?<!\d)(\d)\s?j\s?\/\s?7(?!\d)/giu, (_, days: string) => (add(found, [Number(days)], 'd'), ' '));
  // Japanese calendar dates (3月1日) and years (2026年) are not durations.
  source = source.replace(/\d+月\d+日/gu, ' ').replace(/\d{4}年/gu, ' ');
  for (const [unit, spelling] of LATIN_SUFFIX_UNITS) {
    const joiner = unit === '%' ? '\\s?' : `(?:[\\s-]?|\\s${ORDER_WORDS}\\s)`;
    // Sizes are case-sensitive: French "To" (téraoctet) is not the English "to".
    const flags = unit === 'GB' || unit === 'TB' ? 'gu' : 'giu';
    const pattern = new RegExp(`${NOT_LETTER_BEFORE}${NUMS}${joiner}${spelling}${unit === '%' ? '' : NOT_LETTER_AFTER}`, flags);
    for (const match of source.matchAll(pattern)) add(found, numbersOf(match[1]!), unit);
  }
  for (const [unit, spelling] of LATIN_PREFIX_UNITS) {
    const pattern = new RegExp(`${NOT_LETTER_BEFORE}${spelling}\\s+${NUMS}${NOT_LETTER_AFTER}`, 'giu');
    for (const match of source.matchAll(pattern)) add(found, numbersOf(match[1]!), unit);
  }
  const kanji = `[${Object.keys(KANJI_NUMBERS).join('')}]`;
  for (const [unit, spelling] of JA_SUFFIX_UNITS) {
    const number = unit === 'min' ? '\\d+(?:\\.\\d+)?' : `(?:\\d+(?:\\.\\d+)?|${kanji})`;
    const pattern = new RegExp(`(?:第)?(${number}(?:\\s?[~〜–-]\\s?第?${number})*)\\s?${spelling}`, 'gu');
    for (const match of source.matchAll(pattern)) {
      const tokens = match[1]!.match(new RegExp(`\\d+(?:\\.\\d+)?|${kanji}`, 'gu')) ?? [];
      add(found, tokens.map(numberOf), unit);
    }
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
