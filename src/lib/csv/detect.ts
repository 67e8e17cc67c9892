/**
 * What the text says about its own format: the delimiter, and whether numbers
 * use a decimal comma and dates put the day first (French and Portuguese
 * exports, or any semicolon file: Excel writes ';' where ',' is the decimal mark).
 */
import { DELIMITERS, type Delimiter } from './types';

const SAMPLE_RECORDS = 20;

/** Delimiter counts outside quotes, per record, for the first records of the sample. */
function countsPerRecord(sample: string): Record<Delimiter, number[]> {
  const counts = { ',': [], ';': [], '\t': [], '|': [] } as Record<Delimiter, number[]>;
  let current = { ',': 0, ';': 0, '\t': 0, '|': 0 } as Record<Delimiter, number>;
  let quoted = false;
  let blank = true;
  let records = 0;
  const end = () => {
    if (!blank) {
      for (const d of DELIMITERS) counts[d].push(current[d]);
      records++;
    }
    current = { ',': 0, ';': 0, '\t': 0, '|': 0 };
    blank = true;
  };
  for (let i = 0; i < sample.length && records < SAMPLE_RECORDS; i++) {
    const c = sample[i]!;
    if (c === '"') {
      quoted = !quoted; // a doubled quote toggles twice: no change
      blank = false;
    } else if (quoted) {
      continue;
    } else if (c === '\n' || c === '\r') {
      end();
    } else if (c === ',' || c === ';' || c === '\t' || c === '|') {
      current[c]++;
      blank = false;
    } else if (c !== ' ') {
      blank = false;
    }
  }
  // The last record counts only when the sample holds all of it (no open quote).
  if (!quoted && records < SAMPLE_RECORDS) end();
  return counts;
}

/** The most frequent value of a list and how often it occurs. */
function mode(values: readonly number[]): { value: number; share: number } {
  const seen = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    if (n > bestCount || (n === bestCount && v > best)) {
      best = v;
      bestCount = n;
    }
  }
  return { value: best, share: values.length === 0 ? 0 : bestCount / values.length };
}

/**
 * The delimiter whose count is the same on most records (ties: the higher
 * count, then , ; tab |). Quoted text is ignored, so "Smith, Inc." does not vote.
 * detectDelimiter('a;b\n1,5;2') → ';'
 */
export function detectDelimiter(sample: string): Delimiter {
  const counts = countsPerRecord(sample);
  let best: Delimiter = ',';
  let bestShare = 0;
  let bestValue = 0;
  for (const d of DELIMITERS) {
    const { value, share } = mode(counts[d]);
    if (value === 0) continue;
    // The header must agree too: a comma in a decimal never shows in it.
    const header = counts[d][0] ?? 0;
    const score = header === value ? share : share / 2;
    if (score > bestShare || (score === bestShare && value > bestValue)) {
      best = d;
      bestShare = score;
      bestValue = value;
    }
  }
  return best;
}

/**
 * Excel's "sep=" first line, which names the delimiter and is not data.
 * excelSeparator('sep=;\r\nClient;Seats') → { delimiter: ';', length: 7 }; a file without one → null.
 */
export function excelSeparator(sample: string): { delimiter: Delimiter; length: number } | null {
  const match = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i.exec(sample);
  if (!match) return null;
  const delimiter = DELIMITERS.find((d) => d === match[1]);
  return delimiter ? { delimiter, length: match[0].length } : null;
}

/** Header words of French and Portuguese exports (accents removed, lower case). */
const ROMANCE_WORDS = [
  // Not 'licences': British English spells it so too.
  'utilisateurs', 'achetees', 'attribuees', 'actifs', 'activees', 'date de debut', 'deploiement', 'societe', 'taux',
  'licencas', 'usuarios', 'compradas', 'atribuidas', 'ativos', 'ativados', 'data de inicio', 'implantacao', 'empresa', 'idioma', 'cliente',
];

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Number and date conventions hinted by the file: decimal comma and day-first
 * dates for semicolon files and French or Portuguese headers; Japanese and
 * English headers keep the decimal point (Japanese dates are year first).
 * detectLocaleHints(['Client', 'Licences achetées'], ',') → { decimal: ',', dayFirst: true }
 */
export function detectLocaleHints(headers: readonly string[], delimiter: Delimiter): { decimal: ',' | '.'; dayFirst: boolean } {
  const text = plain(headers.join(' | '));
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(headers.join(''));
  const romance = !japanese && (delimiter === ';' || ROMANCE_WORDS.some((w) => text.includes(w)));
  return romance ? { decimal: ',', dayFirst: true } : { decimal: '.', dayFirst: false };
}
