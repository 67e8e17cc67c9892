/**
 * The client list as a spreadsheet (the "Export the list" button): the rows
 * shown, in the order shown, one column per dimension with its localized
 * bucket label. Built in slices (listCsvParts) so a worker can report
 * progress and stop between two slices when the rep cancels: 200,000 rows
 * are one string of tens of megabytes, never one long task.
 */
import { csvRow } from '../email/export';
import type { StepRef } from '../content/ids';
import { bucketAt, type BucketColumns } from './buckets';
import { DIMENSIONS, type Dimension } from './registry';
import { statusAt, stepAt, type ClientStatus, type NextStepColumns } from './next-step';
import { stringAt, type PackedStrings } from './packed';
import type { ClientTable } from './table';

/** The text columns the list export reads (a subset of ClientTable['text'], plus the merge key). */
export interface ListColumns {
  key: PackedStrings;
  client: PackedStrings;
  clientId: PackedStrings;
  adminName: PackedStrings;
  adminEmail: PackedStrings;
  adminPhone: PackedStrings;
}

/** The columns of a table the list export reads: listColumnsOf(table).client === table.text.client. */
export function listColumnsOf(table: ClientTable): ListColumns {
  const { text } = table;
  return { key: table.key, client: text.client, clientId: text.clientId, adminName: text.adminName, adminEmail: text.adminEmail, adminPhone: text.adminPhone };
}

/** Words of the page's language, looked up on the page (the builder has no dictionary). */
export interface ListLabels {
  /** Header cells before the dimensions: name, id, admin, email, phone. */
  head: readonly [string, string, string, string, string];
  /** Header cell of each dimension. */
  dimension: Record<Dimension, string>;
  /** Header cells after the dimensions: next step, last outreach, deadline. */
  tail: readonly [string, string, string];
  /** Label of each bucket, by dimension and bucket name. */
  bucket: Record<Dimension, Record<string, string>>;
  /** Title of each step. */
  step: Partial<Record<StepRef, string>>;
  /** What the next-step cell says when a client has no step. */
  status: Record<Exclude<ClientStatus, 'action'>, string>;
}

/** The log's say about one client: its latest outreach, described, and the deadline it set (ISO date or ''). */
export interface ListOutreach {
  last: string;
  deadline: string;
}

export interface ListExport {
  /** Row indices of the table, in the order shown. */
  rows: Int32Array;
  columns: ListColumns;
  buckets: BucketColumns;
  steps: NextStepColumns;
  labels: ListLabels;
  /** By merge key; clients without a log entry are absent. */
  outreach: Record<string, ListOutreach>;
  delimiter: ',' | ';';
}

/** Rows per slice: a few milliseconds of work each. */
export const LIST_SLICE_ROWS = 5000;

/**
 * The cells of one shown row, e.g. for Acme (activation none, no log) →
 * ['Acme', 'T-1', 'Ana', 'ana@acme.com', '', 'No activation', …, 'Email the admins', '', ''].
 */
export function listCells(input: ListExport, index: number): string[] {
  const { columns, labels } = input;
  const key = stringAt(columns.key, index);
  const step = stepAt(input.steps, index);
  const status = statusAt(input.steps, index);
  const outreach = Object.hasOwn(input.outreach, key) ? input.outreach[key] : undefined;
  const next = step !== null ? (labels.step[step] ?? step) : labels.status[status === 'needs-data' ? 'needs-data' : 'on-track'];
  return [
    stringAt(columns.client, index),
    stringAt(columns.clientId, index),
    stringAt(columns.adminName, index),
    stringAt(columns.adminEmail, index),
    stringAt(columns.adminPhone, index),
    ...DIMENSIONS.map((d) => {
      const bucket = bucketAt(input.buckets, d, index);
      return labels.bucket[d][bucket] ?? bucket;
    }),
    next,
    outreach?.last ?? '',
    outreach?.deadline ?? '',
  ];
}

/** A piece of the file and how many rows it holds (0 for the header). */
export interface CsvPart {
  text: string;
  rows: number;
}

/**
 * The CSV in pieces: the BOM and header line first, then one piece per
 * `sliceRows` rows, each starting with its CRLF; joined they are the file.
 * [...listCsvParts(input with 2 rows, 1)] → [{ text: '\uFEFFName,ID,…', rows: 0 }, { text: '\r\nAcme,…', rows: 1 }, { text: '\r\nBeta,…', rows: 1 }]
 */
export function* listCsvParts(input: ListExport, sliceRows = LIST_SLICE_ROWS): Generator<CsvPart, void, undefined> {
  const { labels, delimiter } = input;
  const step = Math.max(1, Math.floor(sliceRows));
  yield { text: `\uFEFF${csvRow([...labels.head, ...DIMENSIONS.map((d) => labels.dimension[d]), ...labels.tail], delimiter)}`, rows: 0 };
  for (let from = 0; from < input.rows.length; from += step) {
    const to = Math.min(input.rows.length, from + step);
    let text = '';
    for (let p = from; p < to; p++) text += `\r\n${csvRow(listCells(input, input.rows[p]!), delimiter)}`;
    yield { text, rows: to - from };
  }
}

/** The whole CSV at once (tests, small lists): listCsv(input) → '\uFEFFName,ID,…\r\nAcme,…'. */
export function listCsv(input: ListExport): string {
  let out = '';
  for (const part of listCsvParts(input)) out += part.text;
  return out;
}
