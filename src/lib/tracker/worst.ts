/**
 * The one bucket a phone card shows for a client: the one needing the most
 * attention. Stage is left out: it says where a client is in the playbook,
 * not whether something is wrong.
 */
import type { BucketOf, ClientBuckets, Dimension } from './registry';

type Pair = { [D in Dimension]: readonly [D, BucketOf<D>] }[Exclude<Dimension, 'stage'>];

/**
 * Buckets from most to least urgent. A lapsed renewal can lose the client
 * outright; nobody activated means the licences are paid for and unused;
 * then no usage, no deployment, a renewal close enough to prepare, partial
 * figures, odd figures to check, far renewals, healthy buckets. Unknown
 * comes last: a file without a renewal column would otherwise show
 * 'Renewal: unknown' on every healthy client (a client missing a figure the
 * file has already says so in its next step, 'Missing: …').
 */
export const ATTENTION_ORDER: readonly Pair[] = [
  ['renewal', 'lapsed'],
  ['activation', 'none'],
  ['usage', 'none'],
  ['deployment', 'none'],
  ['renewal', 'within-45'],
  ['activation', 'partial'],
  ['usage', 'low'],
  ['deployment', 'partial'],
  ['deployment', 'over'],
  ['usage', 'inflated'],
  ['renewal', 'within-90'],
  ['activation', 'full'],
  ['deployment', 'full'],
  ['usage', 'good'],
  ['renewal', 'later'],
  ['activation', 'unknown'],
  ['deployment', 'unknown'],
  ['usage', 'unknown'],
  ['renewal', 'unknown'],
];

/**
 * The client's bucket that comes first in ATTENTION_ORDER.
 * worstBucket({ activation: 'none', deployment: 'full', usage: 'none', stage: 'week-1', renewal: 'later' }) → { dimension: 'activation', bucket: 'none' }
 */
export function worstBucket(buckets: ClientBuckets): { dimension: Exclude<Dimension, 'stage'>; bucket: string } {
  // The order ends with every healthy bucket, so a match always exists; the fallback only satisfies the types.
  const pair = ATTENTION_ORDER.find(([dimension, bucket]) => buckets[dimension] === bucket) ?? ATTENTION_ORDER[0]!;
  return { dimension: pair[0], bucket: pair[1] };
}
