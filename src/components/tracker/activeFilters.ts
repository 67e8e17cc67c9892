/**
 * The list's active filters in words, in one order (bucket filters, the call
 * list, a "show in list" set): the filter bar's chips and the call sheet's
 * title read them here, so the printed sheet names its list as the bar did.
 */
import type { TFunction } from 'i18next';
import { bucketLabelKey, dimensionLabelKey, type BucketOf, type Dimension } from '../../lib/tracker/registry';
import type { ListFilters, Message } from '../../store/slices/session';

export type ActiveFilter =
  | { kind: 'bucket'; id: string; label: string; bucketLabel: string; dimension: Dimension; bucket: string }
  | { kind: 'overdue'; id: 'overdue'; label: string }
  | { kind: 'keys'; id: 'keys'; label: string };

export function activeFilters(
  t: TFunction,
  filters: ListFilters,
  overdue: boolean,
  keysFilter: { label: Message } | null,
): ActiveFilter[] {
  const active: ActiveFilter[] = (Object.entries(filters) as [Dimension, string][]).map(([dimension, bucket]) => {
    const bucketLabel = t(bucketLabelKey(dimension, bucket as BucketOf<Dimension>));
    return {
      kind: 'bucket',
      id: `${dimension}.${bucket}`,
      label: t('table.filter.chip', { dimension: t(dimensionLabelKey(dimension)), bucket: bucketLabel }),
      bucketLabel,
      dimension,
      bucket,
    };
  });
  if (overdue) active.push({ kind: 'overdue', id: 'overdue', label: t('table.filter.overdueChip') });
  if (keysFilter) active.push({ kind: 'keys', id: 'keys', label: t(keysFilter.label.key, keysFilter.label.params ?? {}) });
  return active;
}
