import { describe, expect, test } from 'vitest';
import { ATTENTION_ORDER, worstBucket } from '../../../src/lib/tracker/worst';
import { BUCKETS, DIMENSIONS, type ClientBuckets } from '../../../src/lib/tracker/registry';

const healthy: ClientBuckets = { activation: 'full', deployment: 'full', usage: 'good', stage: 'ongoing', renewal: 'later' };

describe('worstBucket', () => {
  const cases: { description: string; buckets: Partial<ClientBuckets>; expected: string }[] = [
    { description: 'a lapsed renewal outranks everything', buckets: { renewal: 'lapsed', activation: 'none', usage: 'none' }, expected: 'renewal.lapsed' },
    { description: 'nobody activated outranks no usage and no deployment', buckets: { activation: 'none', usage: 'none', deployment: 'none' }, expected: 'activation.none' },
    { description: 'no usage before no deployment', buckets: { usage: 'none', deployment: 'none' }, expected: 'usage.none' },
    { description: 'a renewal within 45 days before partial figures', buckets: { renewal: 'within-45', activation: 'partial', usage: 'low' }, expected: 'renewal.within-45' },
    { description: 'partly activated before low usage', buckets: { activation: 'partial', usage: 'low' }, expected: 'activation.partial' },
    { description: 'over-assigned licences', buckets: { deployment: 'over' }, expected: 'deployment.over' },
    { description: 'a healthy figure before a missing one', buckets: { activation: 'unknown', renewal: 'unknown' }, expected: 'deployment.full' },
    { description: 'all healthy: the activation bucket', buckets: {}, expected: 'activation.full' },
    { description: 'nothing known: the activation bucket', buckets: { activation: 'unknown', deployment: 'unknown', usage: 'unknown', renewal: 'unknown' }, expected: 'activation.unknown' },
  ];
  for (const { description, buckets, expected } of cases) {
    test(description, () => {
      const worst = worstBucket({ ...healthy, ...buckets });
      expect(`${worst.dimension}.${worst.bucket}`).toBe(expected);
    });
  }

  test('the order names every bucket of every dimension but the stage once', () => {
    const all = DIMENSIONS.filter((d) => d !== 'stage').flatMap((d) => BUCKETS[d].map((b) => `${d}.${b}`));
    const ordered = ATTENTION_ORDER.map(([d, b]) => `${d}.${b}`);
    expect([...ordered].sort()).toEqual([...all].sort());
  });
});
