/**
 * The client list on a phone: one card per client (name, next step, the
 * bucket needing most attention, the deadline, the actions). The page
 * itself scrolls (useListWindow, rows on screen only), never a box inside it, and the cards
 * are one tab stop with arrow keys like the desktop table.
 */
import { useRef } from 'react';
import { useTracker } from '../../store';
import { bucketAt } from '../../lib/tracker/buckets';
import { stepAt, statusAt } from '../../lib/tracker/next-step';
import { DIMENSIONS, type ClientBuckets } from '../../lib/tracker/registry';
import { stringAt } from '../../lib/tracker/table';
import { deadlineAt } from '../../lib/tracker/view';
import { worstBucket } from '../../lib/tracker/worst';
import { useRowParts, RowActions } from './rowParts';
import { useGridKeys } from './useGridKeys';
import { useListWindow } from './useListWindow';
import type { Derived } from './useDerived';

const CARD_ESTIMATE = 170;

export function ClientCards({ derived, visible, deadlines }: { derived: Derived; visible: Int32Array; deadlines: Float64Array }) {
  const parts = useRowParts(derived, deadlines);
  const { t } = parts;
  const { table, columns, nextSteps } = derived;
  const patch = useTracker((s) => s.patchSession);
  const list = useRef<HTMLDivElement>(null);
  const keyAt = (i: number) => stringAt(table.key, i);
  // No box: the page scrolls.
  const rowWindow = useListWindow({ count: visible.length, box: null, rows: list, estimate: CARD_ESTIMATE, keyOf: (index) => keyAt(visible[index]!) });
  const keys = useGridKeys({
    grid: list,
    rowCount: visible.length,
    header: false,
    scrollToIndex: rowWindow.scrollToIndex,
    onOpen: (index) => patch({ detailKey: keyAt(visible[index]!) }),
  });
  const indexes = Array.from({ length: rowWindow.last - rowWindow.first + 1 }, (_, k) => rowWindow.first + k);

  return (
    <div
      ref={list}
      className="client-cards"
      role="grid"
      aria-labelledby="clients-title"
      aria-describedby="clients-keys"
      aria-rowcount={visible.length}
      style={{ height: rowWindow.height }}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
    >
      {/* The rows on screen, in flow at their own height, from where the first one goes. */}
      <div className="client-cards-window" role="presentation" style={{ transform: `translateY(${rowWindow.top}px)` }}>
      {indexes.map((index) => {
        const i = visible[index]!;
        const key = keyAt(i);
        const name = stringAt(table.text.client, i);
        const buckets = Object.fromEntries(DIMENSIONS.map((d) => [d, bucketAt(columns, d, i)])) as ClientBuckets;
        const worst = worstBucket(buckets);
        const hasDeadline = !Number.isNaN(deadlineAt(deadlines, i));
        const passed = parts.deadlinePassed(i);
        return (
          <div
            key={key}
            data-index={index}
            data-row={index}
            role="row"
            aria-rowindex={index + 1}
            className="client-card"
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
    </div>
  );
}
