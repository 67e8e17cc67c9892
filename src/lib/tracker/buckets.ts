/**
 * Buckets of tracker.md §3, computed from the registry's dimensions. Ratios
 * are compared exactly, never rounded: 99.6 % activation is `partial`.
 * A column of small codes per dimension keeps 200,000 clients in a few typed
 * arrays; the codes never leave this layer: callers read bucket names through
 * bucketAt / bucketsAt and filter through bucketCode.
 */
import {
  BUCKETS,
  DIMENSIONS,
  DIMENSION_SPECS,
  type BucketOf,
  type ClientBuckets,
  type Dimension,
} from './registry';
import type { ClientTable } from './table';

export { BUCKETS, DIMENSIONS, type BucketOf, type ClientBuckets, type Dimension } from './registry';
export type {
  ActivationBucket,
  DeploymentBucket,
  UsageBucket,
  StageBucket,
  RenewalBucket,
} from './registry';

/** One column of bucket codes per dimension (codes are private to this layer). */
export type BucketColumns = Record<Dimension, Uint8Array>;

/** Code of each bucket name, per dimension. */
const CODES = Object.fromEntries(
  DIMENSIONS.map((d) => [d, Object.fromEntries(BUCKETS[d].map((name, code) => [name, code]))]),
) as { [D in Dimension]: Record<string, number> };

/** NaN-for-missing core of ratio(), so the column loop allocates nothing. */
function rawRatio(count: number, denominator: number, percent: number): number {
  // Negative counts are not counts: treat them like missing ones rather than bucket them.
  if (count >= 0 && denominator > 0) return count / denominator;
  if (percent >= 0) return percent / 100;
  return NaN;
}

/**
 * count / denominator when both are present and the denominator is above 0,
 * else percent / 100 when present, else null.
 * ratio(3, 4, null) → 0.75; ratio(3, 0, 50) → 0.5; ratio(3, 0, null) → null
 */
export function ratio(count: number | null, denominator: number | null, percent: number | null): number | null {
  const r = rawRatio(count ?? NaN, denominator ?? NaN, percent ?? NaN);
  return Number.isNaN(r) ? null : r;
}

/**
 * The bucket of a measured value (ratio or days; null = missing).
 * bucketOf('activation', 0.996) → 'partial'; bucketOf('renewal', 45) → 'within-45'; bucketOf('usage', null) → 'unknown'
 */
export function bucketOf<D extends Dimension>(dimension: D, value: number | null): BucketOf<D> {
  return DIMENSION_SPECS[dimension].classify(value ?? NaN) as BucketOf<D>;
}

/**
 * The value a dimension measures for one client: a ratio (1 = 100 %) or a
 * number of days; NaN when it cannot be computed.
 * measure(table, 'renewal', 0, 20513) → 30 (renewal in 30 days)
 */
function measure(table: ClientTable, dimension: Dimension, index: number, asOfDay: number): number {
  const source = DIMENSION_SPECS[dimension].source;
  if (source.type === 'ratio') {
    const { num } = table;
    return rawRatio(num[source.count][index] ?? NaN, num[source.denominator][index] ?? NaN, num[source.percent][index] ?? NaN);
  }
  const day = table.day[source.date][index] ?? NaN;
  return source.direction === 'since' ? asOfDay - day : day - asOfDay;
}

/**
 * The measured value of one client, null when unknown.
 * valueAt(table, 'deployment', 0, day) → 0.3; valueAt(table, 'stage', 0, day) → 12 (days since start)
 */
export function valueAt(table: ClientTable, dimension: Dimension, index: number, asOfDay: number): number | null {
  const value = measure(table, dimension, index, asOfDay);
  return Number.isNaN(value) ? null : value;
}

type ColumnFiller = (table: ClientTable, asOfDay: number, codes: Uint8Array) => void;

/**
 * One filling loop per dimension, made once: each loop is its own closure, so
 * its call to the classifier stays monomorphic and the JIT can inline it
 * (200,000 clients on the page each time the rep changes the date).
 */
function fillerOf(dimension: Dimension): ColumnFiller {
  const classify = DIMENSION_SPECS[dimension].classify as (value: number) => string;
  // indexOf over a handful of interned names: no keyed lookup in the loop.
  const names = BUCKETS[dimension] as readonly string[];
  const source = DIMENSION_SPECS[dimension].source;
  if (source.type === 'ratio') {
    return (table, _asOfDay, codes) => {
      const count = table.num[source.count];
      const total = table.num[source.denominator];
      const percent = table.num[source.percent];
      for (let i = 0; i < codes.length; i++) codes[i] = names.indexOf(classify(rawRatio(count[i]!, total[i]!, percent[i]!)));
    };
  }
  const sign = source.direction === 'since' ? -1 : 1;
  return (table, asOfDay, codes) => {
    const days = table.day[source.date];
    for (let i = 0; i < codes.length; i++) codes[i] = names.indexOf(classify(sign * (days[i]! - asOfDay)));
  };
}
const FILLERS = Object.fromEntries(DIMENSIONS.map((d) => [d, fillerOf(d)])) as Record<Dimension, ColumnFiller>;

/**
 * Bucket codes of every client at an as-of epoch day.
 * bucketAt(computeBuckets(table, 20513), 'activation', 0) → 'full'
 */
export function computeBuckets(table: ClientTable, asOfDay: number): BucketColumns {
  const columns = {} as BucketColumns;
  for (const dimension of DIMENSIONS) {
    const codes = new Uint8Array(table.size);
    FILLERS[dimension](table, asOfDay, codes);
    columns[dimension] = codes;
  }
  return columns;
}

/** One client's bucket in one dimension: bucketAt(columns, 'usage', 3) → 'low'. */
export function bucketAt<D extends Dimension>(columns: BucketColumns, dimension: D, index: number): BucketOf<D> {
  const names = BUCKETS[dimension];
  // An out-of-range code (a stale column) reads as unknown rather than undefined.
  return names[columns[dimension][index]!] ?? names[names.length - 1]!;
}

/** Every bucket of one client: bucketsAt(columns, 0) → { activation: 'full', …, renewal: 'later' }. */
export function bucketsAt(columns: BucketColumns, index: number): ClientBuckets {
  const out = {} as Record<Dimension, string>;
  for (const d of DIMENSIONS) out[d] = bucketAt(columns, d, index);
  return out as ClientBuckets;
}

/** Fills `into` with one client's buckets without allocating (for loops over every client). */
export function readBucketsInto(columns: BucketColumns, index: number, into: ClientBuckets): ClientBuckets {
  const target = into as Record<Dimension, string>;
  for (const d of DIMENSIONS) target[d] = bucketAt(columns, d, index);
  return into;
}

/**
 * Code of a bucket in its column, -1 for a name the dimension lacks: the
 * filter compares codes, not strings, for 200,000 rows.
 * bucketCode('usage', 'good') → 2; bucketCode('usage', 'lapsed') → -1
 */
export function bucketCode(dimension: Dimension, bucket: string): number {
  return Object.hasOwn(CODES[dimension], bucket) ? CODES[dimension][bucket]! : -1;
}

/** The code column of a dimension, for linear sorts in the store's selectors. */
export function codeColumn(columns: BucketColumns, dimension: Dimension): Uint8Array {
  return columns[dimension];
}

export type BucketCounts = { [D in Dimension]: Record<BucketOf<D>, number> };

/**
 * Clients per bucket, every bucket present (0 when empty).
 * countBuckets(columns).activation → { none: 3, partial: 5, full: 2, unknown: 0 }
 */
export function countBuckets(columns: BucketColumns): BucketCounts {
  const out = {} as Record<Dimension, Record<string, number>>;
  for (const dimension of DIMENSIONS) {
    const names = BUCKETS[dimension];
    // A typed array ignores an out-of-range code instead of inventing a bucket.
    const tally = new Uint32Array(names.length);
    const codes = columns[dimension];
    for (let i = 0; i < codes.length; i++) tally[codes[i]!]!++;
    out[dimension] = Object.fromEntries(names.map((name, code) => [name, tally[code]!]));
  }
  return out as BucketCounts;
}

/** Exact ratios of one client, for display: ratiosAt(table, 0) → { activation: 0.5, deployment: 1, usage: null } */
export function ratiosAt(
  table: ClientTable,
  index: number,
): { activation: number | null; deployment: number | null; usage: number | null } {
  const r = (dimension: Dimension) => {
    const value = DIMENSION_SPECS[dimension].source.type === 'ratio' ? measure(table, dimension, index, 0) : NaN;
    return Number.isNaN(value) ? null : value;
  };
  return { activation: r('activation'), deployment: r('deployment'), usage: r('usage') };
}

/** Buffers of bucket columns, for a postMessage transfer list. */
export function bucketBuffers(columns: BucketColumns): ArrayBuffer[] {
  return DIMENSIONS.map((d) => columns[d].buffer as ArrayBuffer);
}

/**
 * For a dimension measured in days, a sort key per client that orders them
 * by that measure (NaN = unknown), else null (sort by bucket code).
 * daySortKey(table, 'renewal')[i] → epoch day of the renewal (soonest first)
 */
export function daySortKey(table: ClientTable, dimension: Dimension): Float64Array | null {
  const source = DIMENSION_SPECS[dimension].source;
  if (source.type !== 'days' || dimension === 'stage') return null;
  const days = table.day[source.date];
  // `since` grows as the date goes back: negate so ascending = smallest measure first.
  return source.direction === 'until' ? days : days.map((d) => -d);
}
