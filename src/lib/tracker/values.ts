/**
 * Reading one cell of an export: numbers, dates, total labels, links.
 * Every function here is total: `null` = the cell says "no value",
 * `undefined` = the cell holds something we cannot read (the caller flags it).
 */
import { epochDay, isValidDate } from './calendar';

/** Cells that mean "no value" in the exports reps get (compared lower-cased). */
const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', '#n/a']);

/** True for a cell that means "no value", e.g. isMissing(' N/A ') → true. */
export function isMissing(text: string): boolean {
  return MISSING.has(text.trim().toLowerCase());
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Digit grouping characters that are never a decimal mark: spaces (incl. no-break, narrow, thin) and apostrophes. */
const SPACE_GROUPING = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const APOSTROPHE_GROUPING = new Set(["'", '\u2019']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Plain digits short enough to be exact: the common case, read without tokenizing. */
function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Splits `1 200,5` into digit runs ['1','200','5'] and separators [' ', ',']; undefined on any other character. */
function tokenize(body: string): { groups: string[]; seps: string[] } | undefined {
  const groups: string[] = [];
  const seps: string[] = [];
  let run = '';
  for (const char of body) {
    if (isDigit(char.charCodeAt(0))) {
      run += char;
      continue;
    }
    const sep =
      char === '.' || char === ','
        ? char
        : SPACE_GROUPING.has(char)
          ? ' '
          : APOSTROPHE_GROUPING.has(char)
            ? "'"
            : undefined;
    if (sep === undefined) return undefined;
    // Only a decimal mark may open the number (".5"); nothing may follow another separator.
    if (run === '' && (groups.length > 0 || sep === ' ' || sep === "'")) return undefined;
    groups.push(run);
    seps.push(sep);
    run = '';
  }
  if (run === '') return undefined;
  groups.push(run);
  return { groups, seps };
}

/** A first group that can start a grouped number: 1–3 digits, no leading zero ("0,500" is a decimal). */
const LEAD_GROUP = /^[1-9]\d{0,2}$/;

/**
 * Which separator is the decimal mark (its index in seps) or -1 for none.
 * With both `.` and `,` the last one is the decimal mark. A lone `.` or `,`
 * followed by exactly three digits is grouping unless it is the file's
 * decimal mark; any other lone one is a decimal mark, whatever the file says,
 * since "45,5" cannot be a thousands number.
 */
function decimalIndex(groups: readonly string[], seps: readonly string[], decimal: ',' | '.'): number {
  const marks: number[] = [];
  for (let i = 0; i < seps.length; i++) if (seps[i] === '.' || seps[i] === ',') marks.push(i);
  if (marks.length === 0) return -1;
  const last = marks[marks.length - 1]!;
  const kinds = new Set(marks.map((i) => seps[i]));
  if (kinds.size === 2) return last;
  if (marks.length > 1) return -1; // "1.200.300": repeated, so grouping
  if (last !== seps.length - 1) return -1; // "1.200 300": validation rejects the mix
  if (last > 0) return last; // "1 200,5": already grouped by spaces
  const three = groups[last + 1]!.length === 3 && LEAD_GROUP.test(groups[0]!);
  return three && seps[last] !== decimal ? -1 : last;
}

function parseUnsigned(body: string, decimal: ',' | '.'): number | undefined {
  const tokens = tokenize(body);
  if (!tokens) return undefined;
  const { groups, seps } = tokens;
  const decIdx = decimalIndex(groups, seps, decimal);
  const intEnd = decIdx === -1 ? groups.length : decIdx + 1;
  const grouping = decIdx === -1 ? seps : seps.slice(0, decIdx);
  // The decimal mark must be the last separator and appear once.
  if (decIdx !== -1 && (decIdx !== seps.length - 1 || grouping.includes(seps[decIdx]!))) return undefined;
  if (grouping.length > 0) {
    if (grouping.some((sep) => sep !== grouping[0])) return undefined;
    if (!LEAD_GROUP.test(groups[0]!)) return undefined;
    for (let i = 1; i < intEnd; i++) if (groups[i]!.length !== 3) return undefined;
  }
  const integer = groups.slice(0, intEnd).join('') || '0';
  const fraction = decIdx === -1 ? '' : `.${groups[decIdx + 1]!}`;
  return Number(integer + fraction);
}

/**
 * Reads a count or a percentage the way a rep's spreadsheet wrote it.
 * parseNumber('1 200,5 %', ',') → 1200.5; parseNumber('n/a', '.') → null; parseNumber('12abc', '.') → undefined
 */
export function parseNumber(text: string, decimal: ',' | '.'): number | null | undefined {
  let trimmed = text.trim();
  if (isPlainDigits(trimmed)) return Number(trimmed);
  if (MISSING.has(trimmed.toLowerCase())) return null;
  // Full-width digits, comma and percent sign (Japanese input) read like ASCII ones.
  if (NON_ASCII.test(trimmed)) trimmed = trimmed.normalize('NFKC');
  // The column says whether it holds a percentage; the sign itself is noise here.
  let body = trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  let sign = 1;
  if (body.startsWith('+')) body = body.slice(1);
  else if (body.startsWith('-') || body.startsWith('\u2212')) {
    sign = -1;
    body = body.slice(1);
  }
  const value = parseUnsigned(body, decimal);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : sign * value;
}

/** Excel's serial range: 1 = 1900-01-01 … 2958465 = 9999-12-31. */
const EXCEL_MAX = 2958465;
/** Epoch day of serial 0 for serials after Excel's phantom 1900-02-29 (serial 60). */
const EXCEL_EPOCH_OFFSET = 25569;

/** Epoch day of an Excel serial (1900 system); the phantom 1900-02-29 (60) is not a date. */
function excelSerialDay(serial: number): number | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_MAX || whole === 60) return undefined;
  // Before the phantom day Excel's count is one ahead of the real calendar's.
  return whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET;
}

function dayOf(year: number, month: number, day: number): number | undefined {
  return isValidDate(year, month, day) ? epochDay(year, month, day) : undefined;
}

/** An optional time after a date: "T10:00:00Z", " 10:00", " 3:45:00 PM", " 10:00:00.000+02:00". */
const TIME = String.raw`(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const JAPANESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/; // 20260301: too large to be an Excel serial
const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;

/** `2026-03-01` exactly, the commonest cell, read without a regular expression; undefined otherwise. */
function plainIsoDay(value: string): number | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const code = value.charCodeAt(i);
    if (!isDigit(code)) return undefined;
    const digit = code - 48;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  // An impossible day falls through to the general path, which reports it.
  return dayOf(year, month, day);
}

/**
 * Reads a start date to an epoch day. Day/month order is certain when a part
 * is above 12, else `dayFirst` decides; 2-digit years are 20xx.
 * parseDate('01/03/2026', true) → 20513 (1 March 2026); parseDate('', true) → null; parseDate('31/02/2026', true) → undefined
 */
export function parseDate(text: string, dayFirst: boolean): number | null | undefined {
  let value = text.trim();
  const iso = plainIsoDay(value);
  if (iso !== undefined) return iso;
  if (MISSING.has(value.toLowerCase())) return null;
  // Full-width digits and slashes from Japanese Excel read like ASCII ones.
  if (NON_ASCII.test(value)) value = value.normalize('NFKC');
  let match = YEAR_FIRST.exec(value);
  if (match) return dayOf(Number(match[1]), Number(match[3]), Number(match[4]));
  match = YEAR_LAST.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = match[4]!.length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
    const dayIsFirst = first > 12 ? true : second > 12 ? false : dayFirst;
    return dayIsFirst ? dayOf(year, second, first) : dayOf(year, first, second);
  }
  match = JAPANESE.exec(value);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = COMPACT.exec(value);
  if (match) return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (SERIAL.test(value)) return excelSerialDay(Number(value.replace(',', '.')));
  return undefined;
}

/** Slash, dash or dot dates with the year last, the only ones whose order can be in doubt. */
const ORDER_PROBE = /^\s*(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/;

/**
 * How a column's year-last dates are ordered. Conflicting evidence (both a
 * first and a second part above 12) is reported as 'ambiguous' so the rep decides.
 * dateOrderOf(['13/01/2026']) → 'dayFirst'; dateOrderOf(['01/02/2026']) → 'ambiguous'; dateOrderOf(['2026-01-13']) → 'none'
 */
export function dateOrderOf(values: readonly string[]): 'dayFirst' | 'monthFirst' | 'ambiguous' | 'none' {
  let seen = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const text of values) {
    const match = ORDER_PROBE.exec(text);
    if (!match) continue;
    seen = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[3]) > 12) monthFirst = true;
  }
  if (!seen) return 'none';
  if (dayFirst !== monthFirst) return dayFirst ? 'dayFirst' : 'monthFirst';
  return 'ambiguous';
}

/** Labels of summary rows, normalized (NFKC, lower case, no accents, single spaces). */
const TOTAL_LABELS = new Set([
  'total',
  'totals',
  'grand total',
  'grand totals',
  'totaux',
  'total general',
  'totais',
  'total geral',
  '合計',
  '総計',
  '総合計',
]);

/** The longest label, to skip normalizing ordinary client names. */
const TOTAL_MAX_LENGTH = 24;
/** First letters a label can start with (also full-width): every row is checked, most names fail here. */
const TOTAL_FIRST = /^\s*[tgTG合総ｔｇＴＧ]/u;

/**
 * True for the label of a summary row, in the four languages.
 * isTotalLabel(' Total général ') → true; isTotalLabel('合計') → true; isTotalLabel('Totalmente SA') → false
 */
export function isTotalLabel(text: string): boolean {
  if (text.length > TOTAL_MAX_LENGTH * 2 || !TOTAL_FIRST.test(text)) return false;
  const normalized = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[:：]\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return TOTAL_LABELS.has(normalized);
}

/** Activation links go through the site's one https check (src/lib/url.ts). */
export { safeHttpsUrl } from '../url';
