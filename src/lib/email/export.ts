/**
 * Ways an email leaves the tracker (tracker.md §6): a `mailto:` link, an
 * `.eml` draft, and a mail-merge CSV for a whole bucket. Everything here is
 * text in, text out; the island does the clipboard and the download.
 */
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';

/** Longest `mailto:` URL we open: beyond ~2000 characters some browsers and mail clients truncate or refuse it. */
export const MAILTO_LIMIT = 2000;

// Lone UTF-16 surrogates (from a broken cell) make encodeURIComponent throw
// and TextEncoder guess: they become U+FFFD first.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): one in a
// client or admin name reverses the rest of the line in the recipient's mail
// client ("Acme \u202Egpj.exe" shows as "Acme exe.jpg").
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text without bidi embedding, override and isolate controls, e.g. 'Ac\u202Eme' → 'Acme'. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Text as it may leave in an email: well-formed UTF-16, no bidi controls. */
function outgoing(text: string): string {
  return stripBidiControls(wellFormed(text));
}

function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

// One address, loosely: something@domain.tld without spaces or the characters
// that would start another address, a comment or a header.
// Control and format characters (bidi overrides, zero-width ones) never belong in an address.
const ADDRESS = /^[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]+@[^\s@<>()[\]\\,;:".\p{Cc}\p{Cf}]+(?:\.[^\s@<>()[\]\\,;:".\p{Cc}\p{Cf}]+)+$/u;

/**
 * The valid addresses of a cell, e.g. 'it@acme.com; Ana <ana@acme.com>, nope' → ['it@acme.com', 'ana@acme.com'].
 * Exports sometimes list several admins in one cell.
 */
export function emailAddresses(value: string): string[] {
  return wellFormed(value)
    .split(/[,;\s]*[,;][,;\s]*/)
    .map((part) => {
      const bracketed = /<([^<>]*)>/.exec(part);
      return (bracketed ? bracketed[1]! : part).trim();
    })
    .filter((address) => ADDRESS.test(address));
}

function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  // '@' stays literal: RFC 6068 allows it and some mail clients do not decode %40.
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/**
 * RFC 6068 `mailto:` URL, e.g. ('ana@acme.com', 'Bonjour Ana', 'Ligne 1\nLigne 2') →
 * 'mailto:ana@acme.com?subject=Bonjour%20Ana&body=Ligne%201%0D%0ALigne%202'.
 * An invalid address gives a URL without recipient, for the rep to fill in.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const recipients = emailAddresses(to).map(encodeAddress).join(',');
  const fields: string[] = [];
  const oneLine = outgoing(subject).replace(/[\r\n]+/g, ' ');
  if (oneLine !== '') fields.push(`subject=${encodeURIComponent(oneLine)}`);
  const text = outgoing(body);
  if (text !== '') fields.push(`body=${encodeURIComponent(crlf(text))}`);
  return `mailto:${recipients}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

/** True when a mailto URL is short enough to open, e.g. fitsMailto('mailto:a@b.co') → true. */
export function fitsMailto(url: string): boolean {
  return url.length <= MAILTO_LIMIT;
}

const utf8 = new TextEncoder();

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** A header value on one line: CR, LF and other controls become spaces, so no value can start a new header. */
export function headerValue(value: string): string {
  return outgoing(value)
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * RFC 2047 encoded subject, folded: ASCII stays as is, anything else becomes
 * `=?UTF-8?B?…?=` words of at most 45 bytes (75 characters) each, never
 * splitting a character, e.g. 'Café' → '=?UTF-8?B?Q2Fmw6k=?='.
 */
export function encodeSubject(subject: string): string {
  const text = headerValue(subject);
  if (/^[\x20-\x7e]*$/.test(text) && text.length <= 900) return text;
  const words: string[] = [];
  let chunk: number[] = [];
  for (const char of text) {
    const bytes = utf8.encode(char);
    if (chunk.length + bytes.length > 45) {
      words.push(encodedWord(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(encodedWord(chunk));
  return words.join('\r\n ');
}

function encodedWord(bytes: readonly number[]): string {
  return `=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF lines, lines of at most 76 characters. */
export function quotedPrintable(text: string): string {
  return crlf(outgoing(text))
    .split('\r\n')
    .map((line) => {
      const bytes = utf8.encode(line);
      let out = '';
      let current = '';
      bytes.forEach((byte, i) => {
        const last = i === bytes.length - 1;
        const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        const piece = literal ? String.fromCharCode(byte) : `=${hex(byte)}`;
        if (current.length + piece.length > 75) {
          out += `${current}=\r\n`; // soft line break
          current = '';
        }
        current += piece;
      });
      return out + current;
    })
    .join('\r\n');
}

function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * An `.eml` draft (RFC 5322 + MIME, CRLF) that Outlook and Apple Mail open
 * ready to send (`X-Unsent: 1`), e.g. ({ to: 'ana@acme.com', subject: 'Olá', body: 'Oi', locale: 'pt' }) →
 * 'To: ana@acme.com\r\nSubject: =?UTF-8?B?T2zDoQ==?=\r\n…\r\n\r\nOi\r\n'.
 */
export function emlFile(m: { from?: string; to: string; subject: string; body: string; locale: Locale; date?: Date }): string {
  const headers: string[] = [];
  const from = m.from === undefined ? [] : emailAddresses(m.from);
  if (from.length > 0) headers.push(`From: ${from[0]}`);
  const to = emailAddresses(m.to);
  if (to.length > 0) headers.push(`To: ${to.join(', ')}`);
  headers.push(`Subject: ${encodeSubject(m.subject)}`);
  const date = m.date ?? new Date();
  if (!Number.isNaN(date.getTime())) headers.push(`Date: ${rfc5322Date(date)}`);
  headers.push(
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Language: ${LOCALE_TAGS[m.locale]}`,
    'X-Unsent: 1',
  );
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(m.body)}\r\n`;
}

/**
 * A cell a spreadsheet will not run as a formula (OWASP CSV injection):
 * prefixed with `'` when it starts with =, +, -, @, tab, CR or LF,
 * e.g. '=HYPERLINK("http://x")' → "'=HYPERLINK(\"http://x\")", 'Acme' → 'Acme'.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const cell = neutralizeCell(outgoing(value));
  // Both separators, whichever this file uses: the rep's Excel splits on its own list separator,
  // and an unquoted 'Acme;=1+1' opened there would become a cell starting with '='.
  return /["\r\n,;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One CSV line (no line end) with the mail-merge CSV's quoting and formula
 * neutralization; a cell holding ',' or ';' is quoted whichever the delimiter,
 * e.g. (['=1', 'x;y', 'a,b'], ';') → '\'=1;"x;y";"a,b"'.
 */
export function csvRow(cells: readonly string[], delimiter: ',' | ';' = ','): string {
  return cells.map(csvCell).join(delimiter);
}

/**
 * The list separator a spreadsheet expects in the rep's locale: Excel set to
 * French or Brazilian Portuguese splits CSV on ';' (the comma is their decimal
 * mark), e.g. 'fr' → ';', 'ja' → ','.
 */
export function spreadsheetDelimiter(locale: Locale): ',' | ';' {
  return locale === 'fr' || locale === 'pt' ? ';' : ',';
}

/**
 * Mail-merge CSV: UTF-8 BOM (so Excel reads accents and Japanese), CRLF rows,
 * RFC 4180 quoting, every cell neutralized, e.g. ([{ a: '=1', b: 'x,y' }], ['a', 'b']) →
 * '\uFEFFa,b\r\n\'=1,"x,y"'. Pass ';' for Excel set to a French or Brazilian list separator.
 */
export function mergeCsv(rows: readonly Record<string, string>[], columns: readonly string[], delimiter: ',' | ';' = ','): string {
  const lines = [csvRow(columns, delimiter), ...rows.map((row) => csvRow(columns.map((column) => row[column] ?? ''), delimiter))];
  return `\uFEFF${lines.join('\r\n')}`;
}

/** Why a mail-merge row's address needs the rep: null when one valid address was found. */
export type AddressCheck = 'missing' | 'invalid' | 'several' | null;

/**
 * The one address a mail-merge row is sent to: the export's cell may hold
 * several, a name, line breaks or anything else, and a merge sends to the
 * whole cell. Invalid → empty and flagged; several → the first, flagged,
 * e.g. 'it@acme.com; ana@acme.com' → { address: 'it@acme.com', check: 'several' }.
 */
export function mergeAddress(value: string): { address: string; check: AddressCheck } {
  if (value.trim() === '') return { address: '', check: 'missing' };
  const addresses = emailAddresses(value);
  if (addresses.length === 0) return { address: '', check: 'invalid' };
  return { address: addresses[0]!, check: addresses.length > 1 ? 'several' : null };
}
