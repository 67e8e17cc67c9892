/**
 * Buckets of tracker.md §3. Ratios are compared exactly, never rounded:
 * 99.6 % activation is `partial`. Columns of bucket codes (index in the
 * *_BUCKETS arrays) keep 200,000 clients in a few small typed arrays.
 */
import type { ClientTable } from './table';

export const ACTIVATION_BUCKETS = ['none', 'partial', 'full', 'unknown'] as const;
export const DEPLOYMENT_BUCKETS = ['none', 'partial', 'full', 'over', 'unknown'] as const;
export const USAGE_BUCKETS = ['none', 'low', 'good', 'inflated', 'unknown'] as const;
export const STAGE_BUCKETS = ['upcoming', 'week-1', 'weeks-2-3', 'week-4', 'weeks-5-6', 'weeks-7-10', 'ongoing', 'unknown'] as const;
export const DIMENSIONS = ['activation', 'deployment', 'usage', 'stage'] as const;

export type ActivationBucket = (typeof ACTIVATION_BUCKETS)[number];
export type DeploymentBucket = (typeof DEPLOYMENT_BUCKETS)[number];
export type UsageBucket = (typeof USAGE_BUCKETS)[number];
export type StageBucket = (typeof STAGE_BUCKETS)[number];
export type Dimension = (typeof DIMENSIONS)[number];

interface BucketsByDimension {
  activation: ActivationBucket;
  deployment: DeploymentBucket;
  usage: UsageBucket;
  stage: StageBucket;
}
export type BucketOf<D extends Dimension> = BucketsByDimension[D];

/** The bucket names of each dimension, in code order: BUCKETS.usage[2] → 'good'. */
export const BUCKETS: { readonly [D in Dimension]: readonly BucketOf<D>[] } = {
  activation: ACTIVATION_BUCKETS,
  deployment: DEPLOYMENT_BUCKETS,
  usage: USAGE_BUCKETS,
  stage: STAGE_BUCKETS,
};

/** Codes = index in the *_BUCKETS arrays. */
export interface BucketColumns {
  activation: Uint8Array;
  deployment: Uint8Array;
  usage: Uint8Array;
  stage: Uint8Array;
}

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

function activationCode(r: number): number {
  if (r === 0) return 0;
  if (r > 0 && r < 1) return 1;
  if (r >= 1) return 2;
  return 3;
}

function deploymentCode(r: number): number {
  if (r === 0) return 0;
  if (r > 0 && r < 1) return 1;
  if (r === 1) return 2;
  if (r > 1) return 3;
  return 4;
}

function usageCode(r: number): number {
  if (r === 0) return 0;
  if (r > 0 && r < 0.5) return 1;
  if (r >= 0.5 && r <= 1) return 2;
  if (r > 1) return 3;
  return 4;
}

function stageCode(d: number): number {
  if (Number.isNaN(d)) return 7;
  if (d < 0) return 0;
  if (d < 7) return 1;
  if (d < 21) return 2;
  if (d < 28) return 3;
  if (d < 42) return 4;
  if (d < 70) return 5;
  return 6;
}

/** activationBucket(0) → 'none'; activationBucket(0.996) → 'partial'; activationBucket(1.2) → 'full'; activationBucket(null) → 'unknown' */
export function activationBucket(r: number | null): ActivationBucket {
  return ACTIVATION_BUCKETS[activationCode(r ?? NaN)]!;
}

/** deploymentBucket(1) → 'full'; deploymentBucket(1.01) → 'over'; deploymentBucket(null) → 'unknown' */
export function deploymentBucket(r: number | null): DeploymentBucket {
  return DEPLOYMENT_BUCKETS[deploymentCode(r ?? NaN)]!;
}

/** usageBucket(0.49) → 'low'; usageBucket(0.5) → 'good'; usageBucket(1.5) → 'inflated'; usageBucket(null) → 'unknown' */
export function usageBucket(r: number | null): UsageBucket {
  return USAGE_BUCKETS[usageCode(r ?? NaN)]!;
}

/** stageBucket(-1) → 'upcoming'; stageBucket(6) → 'week-1'; stageBucket(70) → 'ongoing'; stageBucket(null) → 'unknown' */
export function stageBucket(daysSinceStart: number | null): StageBucket {
  return STAGE_BUCKETS[stageCode(daysSinceStart ?? NaN)]!;
}

/**
 * Bucket codes of every client at an as-of epoch day.
 * computeBuckets(table, 20513).activation[0] → 2 (ACTIVATION_BUCKETS[2] = 'full')
 */
export function computeBuckets(table: ClientTable, asOfDay: number): BucketColumns {
  const { size, num, startDay } = table;
  const columns: BucketColumns = {
    activation: new Uint8Array(size),
    deployment: new Uint8Array(size),
    usage: new Uint8Array(size),
    stage: new Uint8Array(size),
  };
  for (let i = 0; i < size; i++) {
    const purchased = num.seatsPurchased[i]!;
    const assigned = num.seatsAssigned[i]!;
    columns.activation[i] = activationCode(rawRatio(num.usersActivated[i]!, purchased, num.activationPct[i]!));
    columns.deployment[i] = deploymentCode(rawRatio(assigned, purchased, num.deploymentPct[i]!));
    columns.usage[i] = usageCode(rawRatio(num.activeUsers[i]!, assigned, num.usagePct[i]!));
    columns.stage[i] = stageCode(asOfDay - startDay[i]!);
  }
  return columns;
}

/**
 * Clients per bucket, every bucket present (0 when empty).
 * countBuckets(columns).activation → { none: 3, partial: 5, full: 2, unknown: 0 }
 */
export function countBuckets(columns: BucketColumns): { [D in Dimension]: Record<string, number> } {
  const count = <D extends Dimension>(dimension: D): Record<string, number> => {
    const names = BUCKETS[dimension];
    // A typed array ignores an out-of-range code instead of inventing a bucket.
    const tally = new Uint32Array(names.length);
    const codes = columns[dimension];
    // An indexed loop: this runs once per import, before the JIT has warmed up,
    // where an iterator over 200,000 codes costs several times more.
    for (let i = 0; i < codes.length; i++) tally[codes[i]!]!++;
    return Object.fromEntries(names.map((name, code) => [name, tally[code]!]));
  };
  return { activation: count('activation'), deployment: count('deployment'), usage: count('usage'), stage: count('stage') };
}

/** Exact ratios of one client, for display: ratiosAt(table, 0) → { activation: 0.5, deployment: 1, usage: null } */
export function ratiosAt(
  table: ClientTable,
  index: number,
): { activation: number | null; deployment: number | null; usage: number | null } {
  const at = (values: Float64Array) => values[index] ?? NaN;
  const { num } = table;
  const r = (count: number, denominator: number, percent: number) => {
    const value = rawRatio(count, denominator, percent);
    return Number.isNaN(value) ? null : value;
  };
  return {
    activation: r(at(num.usersActivated), at(num.seatsPurchased), at(num.activationPct)),
    deployment: r(at(num.seatsAssigned), at(num.seatsPurchased), at(num.deploymentPct)),
    usage: r(at(num.activeUsers), at(num.seatsAssigned), at(num.usagePct)),
  };
}

/** Buffers of bucket columns, for a postMessage transfer list. */
export function bucketBuffers(columns: BucketColumns): ArrayBuffer[] {
  return [columns.activation, columns.deployment, columns.usage, columns.stage].map((a) => a.buffer as ArrayBuffer);
}
