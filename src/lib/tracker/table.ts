/**
 * From the raw rows of an export and the rep's column mapping to one columnar
 * table of clients (tracker.md §1–§2). Columnar so that 200,000 clients cross
 * from the worker to the page as a few transferable buffers, and the page can
 * show any client by index without an object per client.
 */
import type { RowIssue } from '../csv/types';
import {
  COUNT_FIELDS,
  DATE_FIELDS,
  FIELDS,
  FIELD_IDS,
  NUMBER_FIELDS,
  PERCENT_FIELDS,
  TEXT_FIELDS,
  type DateField,
  type FieldId,
  type Mapping,
  type NumberField,
  type TextField,
} from './registry';
import { buffersOf, copyPacked, packStrings, packedFromWire, packedToWire, stringAt, type PackedStrings, type WireStrings } from './packed';
import { isTotalLabel, parseDate, parseNumber, safeHttpsUrl } from './values';

export { packStrings, stringAt, type PackedStrings } from './packed';

/** flags bit: a row of this client has an issue (bad number, date or link). */
export const FLAG_ROW_ISSUE = 1;
/** flags bit: an activation link was present but not https (never rendered as a link). */
export const FLAG_BAD_LINK = 2;

export { NUMBER_FIELDS, type NumberField } from './registry';

export interface ClientTable {
  size: number;
  /** Merge key: `id:<clientId>` when the id is mapped and present, else `name:<folded client name>`. */
  key: PackedStrings;
  /** client (as in the file, first row, trimmed), …, activationLink (only when safe https, else ''). */
  text: Record<TextField, PackedStrings>;
  /** NaN = missing. */
  num: Record<NumberField, Float64Array>;
  /** Epoch day per date field (the earliest of merged rows), NaN = missing. */
  day: Record<DateField, Float64Array>;
  /** Fields the mapping took from a column of this file: what the file can tell. */
  mapped: readonly FieldId[];
  /** How many file rows merged into this client. */
  rows: Uint32Array;
  /** 1-based record number of its first row (header = 1). */
  firstLine: Uint32Array;
  /** FLAG_ROW_ISSUE | FLAG_BAD_LINK */
  flags: Uint8Array;
}

export interface ImportSummary {
  /** Data rows read (header not counted) = clients + merged + skipped. */
  rows: number;
  clients: number;
  /** Rows that joined a client met on an earlier row. */
  merged: number;
  /** Rows not loaded: no client name (incl. blank rows), total rows. */
  skipped: number;
  /** Summary rows among the skipped ones. */
  totalRows: number;
}

export interface BuildOptions {
  decimal: ',' | '.';
  dayFirst: boolean;
}

export interface BuildResult {
  table: ClientTable;
  summary: ImportSummary;
  issues: RowIssue[];
}

/** Column index of each field in the file, -1 when unmapped or the header is absent. */
function columnsOf(headers: readonly string[], mapping: Mapping): (field: FieldId) => number {
  const index = new Map<FieldId, number>();
  for (const [field, header] of Object.entries(mapping) as [FieldId, string | undefined][]) {
    if (header !== undefined) index.set(field, headers.indexOf(header));
  }
  return (field) => index.get(field) ?? -1;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Whitespace that foldName must rewrite: a run, a non-space blank, or an edge. */
const UNUSUAL_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Merge key of a client name: NFKC, case-folded, whitespace collapsed.
 * foldName('  ACME   Design ') → 'acme design'
 */
export function foldName(name: string): string {
  const folded = NON_ASCII.test(name) ? name.normalize('NFKC').toLocaleLowerCase('und') : name.toLowerCase();
  // Most names have single spaces only: skip the replace (and its copy) for them.
  return UNUSUAL_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Per-client running sums of a percent column, averaged once all rows are read. */
interface PercentSums {
  sum: Float64Array;
  count: Uint32Array;
  weighted: Float64Array;
  weight: Float64Array;
  /** 1 when a row had this percent but no usable seatsPurchased: fall back to the plain mean. */
  unweighted: Uint8Array;
}

function percentSums(capacity: number): PercentSums {
  return {
    sum: new Float64Array(capacity),
    count: new Uint32Array(capacity),
    weighted: new Float64Array(capacity),
    weight: new Float64Array(capacity),
    unweighted: new Uint8Array(capacity),
  };
}

/** Mean per client: weighted by seatsPurchased when every row with a value had seats, else plain; NaN when none. */
function averageOf(sums: PercentSums, size: number): Float64Array {
  const out = new Float64Array(size);
  for (let c = 0; c < size; c++) {
    const count = sums.count[c]!;
    if (count === 0) out[c] = NaN;
    else if (sums.unweighted[c] === 0 && sums.weight[c]! > 0) out[c] = sums.weighted[c]! / sums.weight[c]!;
    else out[c] = sums.sum[c]! / count;
  }
  return out;
}

function mapFields<F extends string, T>(fields: readonly F[], make: (field: F) => T): Record<F, T> {
  const out = {} as Record<F, T>;
  for (const field of fields) out[field] = make(field);
  return out;
}

/**
 * Builds the client table in one pass. Never throws on file content: bad
 * cells become issues and the row still loads.
 * buildClientTable(['Name', 'Seats'], [['Acme', '5'], ['acme ', '2']], { client: 'Name', seatsPurchased: 'Seats' }, …)
 *   → one client 'Acme' with seatsPurchased 7, summary { rows: 2, clients: 1, merged: 1, skipped: 0, totalRows: 0 }
 */
export function buildClientTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Mapping,
  options: BuildOptions,
): BuildResult {
  const column = columnsOf(headers, mapping);
  const clientColumn = column('client');
  const idColumn = column('clientId');
  const dateColumns = DATE_FIELDS.map((field) => [field, column(field)] as const).filter(([, c]) => c >= 0);
  const textColumns = TEXT_FIELDS.map((field) => [field, column(field)] as const).filter(([, c]) => c >= 0);
  const countColumns = COUNT_FIELDS.map((field) => [field, column(field)] as const).filter(([, c]) => c >= 0);
  const percentColumns = PERCENT_FIELDS.map((field) => [field, column(field)] as const).filter(([, c]) => c >= 0);
  const seatsColumn = column('seatsPurchased');

  // Never more clients than rows: allocate once, trim at the end.
  const capacity = rows.length;
  // Two maps, so lookups hash the cell text itself rather than a concatenated key.
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  const keys: string[] = [];
  // Only mapped text columns get an array (one per entry of textColumns, same
  // order, filled up front so the row loop only assigns); the others pack as all-empty.
  const texts = textColumns.map(() => new Array<string>(capacity).fill(''));
  const counts = mapFields(COUNT_FIELDS, () => new Float64Array(capacity).fill(NaN));
  const percents = mapFields(PERCENT_FIELDS, () => percentSums(capacity));
  const days = mapFields(DATE_FIELDS, () => new Float64Array(capacity).fill(NaN));
  const rowCount = new Uint32Array(capacity);
  const firstLine = new Uint32Array(capacity);
  const flags = new Uint8Array(capacity);
  const issues: RowIssue[] = [];
  let size = 0;
  let merged = 0;
  let skipped = 0;
  let totalRows = 0;

  const cellOf = (row: readonly string[], index: number): string => (index < 0 ? '' : (row[index] ?? ''));

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 2;
    const clientCell = cellOf(row, clientColumn).trim();
    const firstCell = row[0] ?? '';
    const totalLabel = isTotalLabel(clientCell) ? clientCell : isTotalLabel(firstCell) ? firstCell.trim() : null;
    if (totalLabel !== null) {
      issues.push({ line, code: 'totalRow', value: totalLabel });
      skipped++;
      totalRows++;
      continue;
    }
    if (clientCell === '') {
      // Blank lines (Excel pads exports with ";;;;") are dropped without a message.
      if (!isBlankRow(row)) issues.push({ line, code: 'noClient' });
      skipped++;
      continue;
    }

    const id = cellOf(row, idColumn).trim();
    const clientsBy = id !== '' ? byId : byName;
    const name = id !== '' ? id : foldName(clientCell);
    let c = clientsBy.get(name);
    if (c === undefined) {
      c = size++;
      clientsBy.set(name, c);
      keys.push(id !== '' ? `id:${id}` : `name:${name}`);
      firstLine[c] = line;
    } else {
      merged++;
    }
    rowCount[c]!++;

    for (let t = 0; t < textColumns.length; t++) {
      const [field, index] = textColumns[t]!;
      let value = cellOf(row, index).trim();
      if (value === '') continue;
      if (FIELDS[field].parser === 'httpsLink') {
        const safe = safeHttpsUrl(value);
        if (safe === null) {
          issues.push({ line, code: 'badLink', field, value });
          flags[c]! |= FLAG_ROW_ISSUE | FLAG_BAD_LINK;
          continue;
        }
        value = safe;
      }
      const values = texts[t]!;
      if (values[c] === '') values[c] = value;
    }

    for (const [field, index] of countColumns) {
      const raw = cellOf(row, index);
      const value = parseNumber(raw, options.decimal);
      if (value === undefined) {
        issues.push({ line, code: 'badNumber', field, value: raw });
        flags[c]! |= FLAG_ROW_ISSUE;
      } else if (value !== null) {
        const sum = counts[field];
        sum[c] = Number.isNaN(sum[c]!) ? value : sum[c]! + value;
      }
    }

    if (percentColumns.length > 0) {
      // This row's own seats weigh this row's percentages (its bad number was reported above).
      const seats = seatsColumn < 0 ? null : parseNumber(cellOf(row, seatsColumn), options.decimal);
      const hasWeight = typeof seats === 'number' && seats >= 0;
      for (const [field, index] of percentColumns) {
        const raw = cellOf(row, index);
        const value = parseNumber(raw, options.decimal);
        if (value === undefined) {
          issues.push({ line, code: 'badNumber', field, value: raw });
          flags[c]! |= FLAG_ROW_ISSUE;
          continue;
        }
        if (value === null) continue;
        const sums = percents[field];
        sums.sum[c]! += value;
        sums.count[c]!++;
        if (hasWeight) {
          sums.weighted[c]! += value * seats;
          sums.weight[c]! += seats;
        } else {
          sums.unweighted[c] = 1;
        }
      }
    }

    for (const [field, index] of dateColumns) {
      const raw = cellOf(row, index);
      const day = parseDate(raw, options.dayFirst);
      if (day === undefined) {
        issues.push({ line, code: 'badDate', field, value: raw });
        flags[c]! |= FLAG_ROW_ISSUE;
      } else if (day !== null && !(days[field][c]! <= day)) {
        // The earliest date of merged rows: the first start, the nearest renewal.
        days[field][c] = day; // NaN <= day is false: the first date always lands
      }
    }
  }

  const table: ClientTable = {
    size,
    key: packStrings(keys),
    text: mapFields(TEXT_FIELDS, (field) => {
      const t = textColumns.findIndex(([f]) => f === field);
      if (t < 0) return { data: '', ends: new Uint32Array(size) };
      const values = texts[t]!;
      values.length = size;
      return packStrings(values);
    }),
    num: {
      ...mapFields(COUNT_FIELDS, (field) => trimmed(counts[field], size)),
      ...mapFields(PERCENT_FIELDS, (field) => averageOf(percents[field], size)),
    },
    day: mapFields(DATE_FIELDS, (field) => trimmed(days[field], size)),
    mapped: FIELD_IDS.filter((field) => column(field) >= 0),
    rows: trimmed(rowCount, size),
    firstLine: trimmed(firstLine, size),
    flags: trimmed(flags, size),
  };
  return { table, summary: { rows: rows.length, clients: size, merged, skipped, totalRows }, issues };
}

/**
 * The first `size` values of a column built at the file's row count: the same
 * memory when most rows are clients, a copy when merged rows left much of it
 * unused. Fresh memory is slow to touch (copying a 200,000-row column took
 * 8 ms the first time, 0.1 ms the next, on this project's machine): the
 * import no longer pays it twice per column.
 */
function trimmed<T extends Uint8Array | Uint32Array | Float64Array>(column: T, size: number): T {
  return (size * 4 >= column.length * 3 ? column.subarray(0, size) : column.slice(0, size)) as T;
}

/** The columns that name clients: what the worker keeps once the table's buffers are transferred. */
export type NameColumns = Pick<ClientTable, 'size' | 'key'> & { text: Pick<ClientTable['text'], 'client'> };

/** A copy of the key and client-name columns (their own buffers), e.g. for work after a transfer. */
export function nameColumnsOf(table: ClientTable): NameColumns {
  return { size: table.size, key: copyPacked(table.key), text: { client: copyPacked(table.text.client) } };
}

/** Text columns the list needs when the table lands: the rest can follow (see splitTexts). */
export const LIST_TEXT_FIELDS: readonly TextField[] = ['client', 'clientId'];

/**
 * The table with every text column but the list's left empty (same size),
 * and those columns apart, to send after it.
 * splitTexts(table).shown.text.adminEmail → { data: '', ends: [0, 0, …] }; .later.adminEmail → the column
 */
export function splitTexts(table: ClientTable): { shown: ClientTable; later: Partial<ClientTable['text']> } {
  const empty: PackedStrings = { data: '', ends: new Uint32Array(table.size) };
  const text = { ...table.text };
  const later: Partial<ClientTable['text']> = {};
  for (const field of TEXT_FIELDS) {
    if (LIST_TEXT_FIELDS.includes(field)) continue;
    later[field] = table.text[field];
    text[field] = empty;
  }
  return { shown: { ...table, text }, later };
}

/**
 * A copy with typed arrays of its own (but for the `shared` text columns), so
 * the original's buffers can be transferred away while the copy stays usable:
 * the import worker keeps a large table for the view worker this way (a
 * memcpy), instead of sending the page a clone it must decode.
 */
export function copyTable(table: ClientTable, shared: Partial<ClientTable['text']> = {}): ClientTable {
  return {
    ...table,
    key: copyPacked(table.key),
    text: mapFields(TEXT_FIELDS, (field) => shared[field] ?? copyPacked(table.text[field])),
    num: mapFields(NUMBER_FIELDS, (field) => table.num[field].slice()),
    day: mapFields(DATE_FIELDS, (field) => table.day[field].slice()),
    rows: table.rows.slice(),
    firstLine: table.firstLine.slice(),
    flags: table.flags.slice(),
  };
}

/** A table as it crosses between threads: its text columns as code units in buffers (see WireStrings). */
export type WireTable = Omit<ClientTable, 'key' | 'text'> & { key: WireStrings; text: Record<TextField, WireStrings> };

/** The wire form of a table (the typed arrays are the table's own: transfer them, and the table is spent). */
export function tableToWire(table: ClientTable): WireTable {
  return { ...table, key: packedToWire(table.key), text: mapFields(TEXT_FIELDS, (field) => packedToWire(table.text[field])) };
}

/** A table back from its wire form: tableFromWire(tableToWire(t)) reads as t. */
export function tableFromWire(wire: WireTable): ClientTable {
  return { ...wire, key: packedFromWire(wire.key), text: mapFields(TEXT_FIELDS, (field): PackedStrings => packedFromWire(wire.text[field])) };
}

/** Buffers of a table's typed arrays, for postMessage transfer lists: transferablesOf(table) → [ArrayBuffer, …]. */
export function transferablesOf(table: ClientTable | WireTable): ArrayBuffer[] {
  const packed = [table.key, ...TEXT_FIELDS.map((field) => table.text[field])];
  return buffersOf([
    ...packed.flatMap((column) => (column.units ? [column.ends, column.units] : [column.ends])),
    ...NUMBER_FIELDS.map((field) => table.num[field]),
    ...DATE_FIELDS.map((field) => table.day[field]),
    table.rows,
    table.firstLine,
    table.flags,
  ]);
}

/**
 * One client as a plain object, derived from the registry: every text field
 * as a string ('' when missing), every number and date field as a number or
 * null (dates are epoch days), plus its place in the file.
 */
export type ClientView = { [F in TextField]: string } & { [F in NumberField | DateField]: number | null } & {
  index: number;
  key: string;
  rows: number;
  firstLine: number;
  hasIssue: boolean;
  badLink: boolean;
};

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** A number column's value at an index, null when missing: numberAt(table, 'seatsPurchased', 0) → 10. */
export function numberAt(table: ClientTable, field: NumberField, index: number): number | null {
  return orNull(table.num[field][index] ?? NaN);
}

/** A date column's epoch day at an index, null when missing: dayAt(table, 'renewalDate', 0) → 20600. */
export function dayAt(table: ClientTable, field: DateField, index: number): number | null {
  return orNull(table.day[field][index] ?? NaN);
}

/** A text column's value at an index, '' when missing: textAt(table, 'adminPhone', 0) → '+33 1 23 45 67 89'. */
export function textAt(table: ClientTable, field: TextField, index: number): string {
  return stringAt(table.text[field], index);
}

/** The column of a number or date field (NaN = missing); throws for a text field: valueColumn(table, 'renewalDate') → Float64Array. */
export function valueColumn(table: ClientTable, field: FieldId): Float64Array {
  const kind = FIELDS[field].kind;
  if (kind === 'date') return table.day[field as DateField];
  if (kind === 'count' || kind === 'percent') return table.num[field as NumberField];
  throw new TypeError(`valueColumn: ${field} is a text field`);
}

/** True when a field's value is present for a client (text non-empty, number or date not missing). */
export function hasValueAt(table: ClientTable, field: FieldId, index: number): boolean {
  const kind = FIELDS[field].kind;
  if (kind === 'text') return textAt(table, field as TextField, index) !== '';
  if (kind === 'date') return !Number.isNaN(table.day[field as DateField][index] ?? NaN);
  return !Number.isNaN(table.num[field as NumberField][index] ?? NaN);
}

/** A row of this client had a cell we could not read: hasIssueAt(table, 2) → true. */
export function hasIssueAt(table: ClientTable, index: number): boolean {
  return ((table.flags[index] ?? 0) & FLAG_ROW_ISSUE) !== 0;
}

/**
 * One client as a plain object, for the detail panel and emails; throws RangeError outside 0…size-1.
 * clientAt(table, 0) → { index: 0, client: 'Acme Design', seatsPurchased: 10, startDate: 20756, … }
 */
export function clientAt(table: ClientTable, index: number): ClientView {
  if (!Number.isInteger(index) || index < 0 || index >= table.size) {
    throw new RangeError(`clientAt: index ${index} outside 0…${table.size - 1}`);
  }
  const flags = table.flags[index]!;
  const view: Record<string, unknown> = {
    index,
    key: stringAt(table.key, index),
    rows: table.rows[index]!,
    firstLine: table.firstLine[index]!,
    hasIssue: (flags & FLAG_ROW_ISSUE) !== 0,
    badLink: (flags & FLAG_BAD_LINK) !== 0,
  };
  for (const field of TEXT_FIELDS) view[field] = textAt(table, field, index);
  for (const field of NUMBER_FIELDS) view[field] = numberAt(table, field, index);
  for (const field of DATE_FIELDS) view[field] = dayAt(table, field, index);
  return view as ClientView;
}
