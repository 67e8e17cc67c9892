/**
 * One template filled for many clients: the email of one client (the
 * composer's preview), what a bulk email holds (each client's language, the
 * gaps left), and the mail-merge CSV, written in slices so a worker can report
 * progress and stop between two (issue: import at any size, bulk outputs).
 * Pure: the composer and the bulk worker both call it, so the preview, the
 * counts and the file are filled the same way.
 */
import type { Locale } from '../../i18n/locales';
import type { TemplateId } from '../content/ids';
import { clientAt, textAt, type ClientTable, type ClientView } from '../tracker/table';
import { ratiosAt } from '../tracker/buckets';
import { emailLocale } from './language';
import { mergeValues } from './values';
import { fillTemplate, segmentsToText, type Filled, type MergeValues } from './fill';
import { clientVendor } from './vendor';
import { csvRow, mergeAddress, stripBidiControls, type AddressCheck } from './export';
import { MERGE_FIELDS, mergeFieldsIn } from './fields';

export interface TemplateText {
  subject: string;
  body: string;
}

/** Everything a filled email depends on besides the client: plain data, so it crosses to a worker. */
export interface MergeInput {
  table: ClientTable;
  /** The template in every locale an email may be written in. */
  templates: Record<Locale, TemplateText>;
  /** Field labels per locale: a gap reads "[Your name]" in the email's language. */
  fieldLabels: Record<Locale, Record<string, string>>;
  /** The rep's choice of language, or '' for each client's own (else the page's). */
  localeChoice: Locale | '';
  pageLocale: Locale;
  deadlineDay: number | null;
  rep: { repName: string; repCompany: string; repPhone: string; bookingLink: string };
}

export interface MergedEmail {
  client: ClientView;
  locale: Locale;
  filled: Filled;
  subject: string;
  body: string;
  values: MergeValues;
}

/** The client's text without bidi controls, for the email: they would reverse its lines. */
function outgoingClient(client: ClientView): ClientView {
  return Object.fromEntries(Object.entries(client).map(([k, v]) => [k, typeof v === 'string' ? stripBidiControls(v) : v])) as unknown as ClientView;
}

/** The rep's own details an email may sign with, in the settings' order. */
export const REP_MERGE_FIELDS = ['repName', 'repCompany', 'bookingLink', 'repPhone'] as const;
export type RepMergeField = (typeof REP_MERGE_FIELDS)[number];

/**
 * The rep's details a template uses (in any of its languages, vendor blocks
 * included): an empty one it does not use is no gap, and the composer does
 * not count it as one.
 * repFieldsUsed({ en: { subject: '{client}', body: 'Hi, {repName}' }, … }) → ['repName']
 */
export function repFieldsUsed(templates: Record<Locale, TemplateText>): RepMergeField[] {
  const used = new Set(Object.values(templates).flatMap((t) => mergeFieldsIn(`${t.subject}\n${t.body}`)));
  return REP_MERGE_FIELDS.filter((f) => used.has(f));
}

/** How a gap shows in an email of that locale, e.g. 'repName' → '[Your name]'. */
export function gapText(input: Pick<MergeInput, 'fieldLabels'>, locale: Locale): (field: string) => string {
  return (field) => `[${input.fieldLabels[locale][field] ?? field}]`;
}

/** The language of row `index`'s email: the rep's choice, else the client's, else the page's (reads one column). */
export function localeAt(input: Pick<MergeInput, 'table' | 'localeChoice' | 'pageLocale'>, index: number): Locale {
  return input.localeChoice || emailLocale(textAt(input.table, 'language', index), input.pageLocale);
}

/** The email of the client at row `index`, in localeAt's language; vendor blocks for the client's vendor only. */
export function mergeEmail(input: MergeInput, index: number): MergedEmail {
  const client = clientAt(input.table, index);
  const locale = localeAt(input, index);
  const values = mergeValues(outgoingClient(client), { locale, deadlineDay: input.deadlineDay, ...input.rep, ratios: ratiosAt(input.table, index) });
  const filled = fillTemplate(input.templates[locale], values, { locale, vendor: clientVendor(client.vendor, client.product) });
  const gap = gapText(input, locale);
  return { client, locale, filled, subject: segmentsToText(filled.subject, gap), body: segmentsToText(filled.body, gap), values };
}

/** What a bulk email holds: emails per language, and the emails and gaps left unfilled per field. */
export interface MergeScan {
  languages: Partial<Record<Locale, number>>;
  emailsWithGaps: number;
  gaps: number;
  /** Gaps per field name. */
  byField: Record<string, number>;
}

/** An empty scan, to add slices to. */
export function emptyScan(): MergeScan {
  return { languages: {}, emailsWithGaps: 0, gaps: 0, byField: {} };
}

/**
 * Adds the emails of rows[from…to) to a scan.
 * scanSlice(input, Int32Array.of(0, 1), 0, 2, emptyScan()) → { languages: { en: 2 }, … }
 */
export function scanSlice(input: MergeInput, rows: Int32Array, from: number, to: number, scan: MergeScan): MergeScan {
  for (let r = from; r < Math.min(to, rows.length); r++) {
    const { locale, filled } = mergeEmail(input, rows[r]!);
    scan.languages[locale] = (scan.languages[locale] ?? 0) + 1;
    if (filled.missing.length === 0) continue;
    scan.emailsWithGaps++;
    scan.gaps += filled.missing.length;
    for (const field of filled.missing) scan.byField[field] = (scan.byField[field] ?? 0) + 1;
  }
  return scan;
}

/** The columns of the mail-merge CSV: the address and its check, who, the filled email, then every merge field. */
export const MERGE_COLUMNS = ['email', 'emailCheck', 'adminName', 'client', 'language', 'subject', 'body', ...MERGE_FIELDS.map((f) => `field:${f}`)] as const;

/** One mail-merge row's cells, in MERGE_COLUMNS order; `checkLabel` words an address problem in the rep's language. */
export function mergeCells(email: MergedEmail, checkLabel: (check: Exclude<AddressCheck, null>) => string): string[] {
  // One validated address per row: the export's cell may hold several, line breaks, or none.
  const { address, check } = mergeAddress(email.client.adminEmail);
  const fields = MERGE_FIELDS.map((f) => (f === 'adminEmail' ? address : (email.values[f] ?? '')));
  return [address, check ? checkLabel(check) : '', email.client.adminName, email.client.client, email.locale, email.subject, email.body, ...fields];
}

export const MERGE_SLICE_ROWS = 500;

/**
 * The mail-merge CSV in parts of `slice` rows (BOM and header first), each
 * with the rows it holds: joined, they are the whole file.
 */
export function* mergeCsvParts(
  input: MergeInput,
  rows: Int32Array,
  checkLabels: Record<Exclude<AddressCheck, null>, string>,
  delimiter: ',' | ';',
  slice = MERGE_SLICE_ROWS,
): Generator<{ text: string; rows: number }, void, undefined> {
  const label = (check: Exclude<AddressCheck, null>) => checkLabels[check];
  for (let from = 0; from < rows.length || from === 0; from += slice) {
    const lines: string[] = from === 0 ? [`\uFEFF${csvRow(MERGE_COLUMNS, delimiter)}`] : [];
    const to = Math.min(rows.length, from + slice);
    for (let r = from; r < to; r++) lines.push(csvRow(mergeCells(mergeEmail(input, rows[r]!), label), delimiter));
    yield { text: (from === 0 ? '' : '\r\n') + lines.join('\r\n'), rows: to - from };
    if (rows.length === 0) return;
  }
}

/** The template of every locale for one template id. */
export function templatesOf(all: Record<Locale, Record<TemplateId, TemplateText>>, id: TemplateId): Record<Locale, TemplateText> {
  return Object.fromEntries(Object.entries(all).map(([locale, byId]) => [locale, byId[id]])) as Record<Locale, TemplateText>;
}
