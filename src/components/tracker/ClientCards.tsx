/**
 * The client list on a phone: one card per client (name, next step, the
 * bucket needing most attention, the deadline, the actions). The page
 * itself scrolls (window virtualizer), never a box inside it, and the cards
 * are one tab stop with arrow keys like the desktop table.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTracker } from '../../store';
import { bucketAt } from '../../lib/tracker/buckets';
import { stepAt, statusAt } from '../../lib/tracker/next-step';
import { DIMENSIONS, type ClientBuckets } from '../../lib/tracker/registry';
import { stringAt } from '../../lib/tracker/table';
import { deadlineAt } from '../../lib/tracker/view';
import { worstBucket } from '../../lib/tracker/worst';
import { useRowParts, RowActions } from './rowParts';
import { useGridKeys } from './useGridKeys';
import { useTypicalSize } from './useTypicalSize';
import type { Derived } from './useDerived';

const CARD_ESTIMATE = 170;

export function ClientCards({ derived, visible, deadlines }: { derived: Derived; visible: Int32Array; deadlines: Float64Array }) {
  const parts = useRowParts(derived, deadlines);
  const { t } = parts;
  const { table, columns, nextSteps } = derived;
  const patch = useTracker((s) => s.patchSession);
  const list = useRef<HTMLDivElement>(null);
  // Where the list starts in the page, for the window virtualizer's offsets.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setOffset(list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const sizes = useTypicalSize(CARD_ESTIMATE);
  const virtualizer = useWindowVirtualizer({ count: visible.length, ...sizes, overscan: 6, scrollMargin: offset });
  const keyAt = (i: number) => stringAt(table.key, i);
  const keys = useGridKeys({
    grid: list,
    rowCount: visible.length,
    header: false,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    onOpen: (index) => patch({ detailKey: keyAt(visible[index]!) }),
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div
      ref={list}
      className="client-cards"
      role="grid"
      aria-labelledby="clients-title"
      aria-describedby="clients-keys"
      aria-rowcount={visible.length}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
    >
      {items.map((item) => {
        const i = visible[item.index]!;
        const key = keyAt(i);
        const name = stringAt(table.text.client, i);
        const buckets = Object.fromEntries(DIMENSIONS.map((d) => [d, bucketAt(columns, d, i)])) as ClientBuckets;
        const worst = worstBucket(buckets);
        const hasDeadline = !Number.isNaN(deadlineAt(deadlines, i));
        const passed = parts.deadlinePassed(i);
        return (
          <div
            key={key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row={item.index}
            role="row"
            aria-rowindex={item.index + 1}
            className="client-card"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            data-testid="client-row"
            data-client={name}
            data-next-step={stepAt(nextSteps, i) ?? ''}
            data-status={statusAt(nextSteps, i)}
            data-key={key}
          >
            <div role="rowheader" className="card-name" data-stop=""><bdi>{name}</bdi></div>
            <div role="gridcell" className="card-body">
              <p className="card-step">{parts.nextStep(i)}</p>
              <p className={`card-bucket b-${worst.bucket}`} data-worst={`${worst.dimension}.${worst.bucket}`} title={parts.bucketTitle(worst.dimension, i)}>
                <span className="muted small">{t('ui.labelled', { label: t(`dimension.${worst.dimension}`) })}</span>
                {parts.bucket(worst.dimension, i)}
              </p>
              {hasDeadline && (
                <p className={passed ? 'card-deadline deadline-passed' : 'card-deadline'} data-cell="deadline" data-passed={passed ? 'true' : 'false'}>
                  <span className="muted small">{t('ui.labelled', { label: t('table.deadline') })}</span>
                  {parts.deadline(i)}
                </p>
              )}
            </div>
            <div role="gridcell" className="row-actions">
              <RowActions clientKey={key} table={table} row={i} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
