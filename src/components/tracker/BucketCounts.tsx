/** Bucket counts per dimension; a bucket is also the list's filter. */
import { useTracker } from '../../store';
import { BUCKETS, DIMENSIONS, bucketLabelKey, dimensionLabelKey, type Dimension } from '../../lib/tracker/registry';
import { useEnv } from './context';
import { InflatedCauses } from './InflatedCauses';
import type { Derived } from './useDerived';
import { revealList } from './useVisible';

export function BucketCounts({ derived }: { derived: Derived }) {
  const { t, tag } = useEnv();
  const filters = useTracker((s) => s.filters);
  const toggle = useTracker((s) => s.toggleFilter);
  const format = new Intl.NumberFormat(tag);
  const inflated = derived.counts.usage.inflated;
  const countOf = (dimension: Dimension, bucket: string): number => (derived.counts[dimension] as Record<string, number>)[bucket] ?? 0;
  return (
    <section className="buckets" aria-labelledby="buckets-title">
      <h2 id="buckets-title">{t('buckets.title')}</h2>
      <p className="muted small">{t('buckets.filterHint')}</p>
      <div className="bucket-groups">
        {DIMENSIONS.map((dimension) => (
          <div className="bucket-group card" key={dimension} role="group" aria-labelledby={`dim-${dimension}`}>
            <h3 id={`dim-${dimension}`}>{t(dimensionLabelKey(dimension))}</h3>
            <ul>
              {(BUCKETS[dimension] as readonly string[]).map((bucket) => {
                const count = countOf(dimension, bucket);
                const active = filters[dimension] === bucket;
                return (
                  <li key={bucket}>
                    <button
                      type="button"
                      className={`bucket b-${bucket}`}
                      data-bucket={`${dimension}.${bucket}`}
                      data-count={count}
                      aria-pressed={active}
                      disabled={count === 0 && !active}
                      onClick={() => { revealList(); toggle(dimension, bucket); }}
                    >
                      <span>{t(bucketLabelKey(dimension, bucket as never))}</span>
                      <strong>{format.format(count)}</strong>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {inflated > 0 && (
        <aside className="inflated card" aria-labelledby="inflated-title">
          <h3 id="inflated-title">{t('inflated.title')}</h3>
          <p>{t('inflated.body')}</p>
          <InflatedCauses />
        </aside>
      )}
    </section>
  );
}
