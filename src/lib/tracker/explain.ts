/**
 * Why a client is in a bucket (tracker.md §3): the formula with this
 * client's own numbers and the fields they came from, as data the client
 * panel and the list's tooltips put into words in the page's language.
 */
import { bucketOf } from './buckets';
import { DIMENSION_SPECS, measurableFrom, sourceFields, type BucketOf, type Dimension, type FieldId } from './registry';
import { dayAt, hasValueAt, numberAt, type ClientTable } from './table';

export type Reason =
  /** count / total from the two count columns. */
  | { kind: 'counts'; count: number; total: number; countField: FieldId; totalField: FieldId; ratio: number }
  /** The export's own percentage. */
  | { kind: 'percent'; percent: number; percentField: FieldId; ratio: number }
  /** 0 licences purchased and no percentage: no ratio exists. */
  | { kind: 'zeroTotal'; totalField: FieldId }
  /** The file has the column but this client's cells are empty or unreadable. */
  | { kind: 'missing'; fields: FieldId[] }
  /** The file has no column for this dimension at all. */
  | { kind: 'notInFile'; fields: FieldId[] }
  /** Days from a date to the as-of date (`since`) or from the as-of date to it (`until`). */
  | { kind: 'days'; days: number; day: number; dateField: FieldId; direction: 'since' | 'until' };

export interface Explanation<D extends Dimension = Dimension> {
  dimension: D;
  bucket: BucketOf<D>;
  reason: Reason;
}

/**
 * Explains one client's bucket in one dimension.
 * explain(table, 'deployment', 0, day) → { dimension: 'deployment', bucket: 'partial',
 *   reason: { kind: 'counts', count: 12, total: 40, countField: 'seatsAssigned', totalField: 'seatsPurchased', ratio: 0.3 } }
 */
export function explain<D extends Dimension>(table: ClientTable, dimension: D, index: number, asOfDay: number): Explanation<D> {
  const source = DIMENSION_SPECS[dimension].source;
  const inFile = measurableFrom(table.mapped).includes(dimension);
  const mapped = new Set(table.mapped);
  const lacking = (): Reason => {
    if (!inFile) return { kind: 'notInFile', fields: sourceFields(dimension).filter((f) => !mapped.has(f)) };
    return { kind: 'missing', fields: sourceFields(dimension).filter((f) => mapped.has(f) && !hasValueAt(table, f, index)) };
  };
  let reason: Reason;
  let value: number | null = null;
  if (source.type === 'ratio') {
    const count = numberAt(table, source.count, index);
    const total = numberAt(table, source.denominator, index);
    const percent = numberAt(table, source.percent, index);
    if (count !== null && count >= 0 && total !== null && total > 0) {
      value = count / total;
      reason = { kind: 'counts', count, total, countField: source.count, totalField: source.denominator, ratio: value };
    } else if (percent !== null && percent >= 0) {
      value = percent / 100;
      reason = { kind: 'percent', percent, percentField: source.percent, ratio: value };
    } else if (total === 0) {
      reason = { kind: 'zeroTotal', totalField: source.denominator };
    } else {
      reason = lacking();
    }
  } else {
    const day = dayAt(table, source.date, index);
    if (day !== null) {
      value = source.direction === 'since' ? asOfDay - day : day - asOfDay;
      reason = { kind: 'days', days: value, day, dateField: source.date, direction: source.direction };
    } else {
      reason = lacking();
    }
  }
  return { dimension, bucket: bucketOf(dimension, value), reason };
}
