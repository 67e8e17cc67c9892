/**
 * The client list as ONE tab stop (WAI-ARIA grid pattern, roving tabindex):
 * Tab enters at the last focused cell, arrow keys move between rows and
 * along a row's cell and actions, Home/End go to a row's ends, Ctrl+Home/End
 * to the first/last row, PageUp/PageDown jump a screenful, Enter on a row's
 * name opens its details. Rows are virtualized, so a move to a row that is
 * not rendered asks the virtualizer to scroll there and focuses it once it is.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** What a row offers to the keyboard, in order: its name cell, then its links and buttons. */
const STOPS = '[data-stop], a[href], button, input, select';
/** Rows jumped by PageUp/PageDown. */
const PAGE = 10;

interface Position {
  /** Index in the visible list; -1 is the header row. */
  row: number;
  col: number;
}

export function useGridKeys(options: {
  grid: RefObject<HTMLElement | null>;
  rowCount: number;
  /** Whether the grid has a header row of sort buttons (row -1). */
  header: boolean;
  scrollToIndex: (index: number) => void;
  onOpen: (index: number) => void;
}) {
  const { grid, rowCount, header, scrollToIndex, onOpen } = options;
  const active = useRef<Position>({ row: 0, col: 0 });
  const pending = useRef(false);

  const rowElement = (row: number) => grid.current?.querySelector<HTMLElement>(`[data-row="${row}"]`) ?? null;
  const stopsOf = (row: HTMLElement) => [...row.querySelectorAll<HTMLElement>(STOPS)];
  const target = (position: Position) => {
    const row = rowElement(position.row);
    if (!row) return null;
    const stops = stopsOf(row);
    return stops[Math.min(position.col, stops.length - 1)] ?? null;
  };

  // After every render: one element of the grid is tabbable, and a pending move lands.
  useLayoutEffect(() => {
    const root = grid.current;
    if (!root) return;
    if (active.current.row >= rowCount) active.current = { row: Math.max(0, rowCount - 1), col: active.current.col };
    const all = root.querySelectorAll<HTMLElement>(`[data-row] :is(${STOPS}), [data-row]:is(${STOPS})`);
    all.forEach((el) => (el.tabIndex = -1));
    // The remembered cell, else (scrolled out of the DOM) the first rendered row's first cell.
    const first = root.querySelector<HTMLElement>('[data-row]:not([data-row="-1"])');
    const stop = target(active.current) ?? (first ? stopsOf(first)[0] : null) ?? null;
    if (stop) stop.tabIndex = 0;
    if (pending.current && stop && stop === target(active.current)) {
      pending.current = false;
      stop.focus({ preventScroll: true });
    }
  });

  const moveTo = (position: Position) => {
    const last = rowCount - 1;
    const row = Math.max(header ? -1 : 0, Math.min(last, position.row));
    active.current = { row, col: Math.max(0, position.col) };
    if (row >= 0) scrollToIndex(row);
    const stop = target(active.current);
    if (stop) {
      grid.current?.querySelectorAll<HTMLElement>('[tabindex="0"]').forEach((el) => (el.tabIndex = -1));
      stop.tabIndex = 0;
      stop.focus({ preventScroll: row >= 0 });
    } else {
      pending.current = true;
    }
  };

  const positionOf = (el: HTMLElement): Position | null => {
    const row = el.closest<HTMLElement>('[data-row]');
    if (!row || !grid.current?.contains(row)) return null;
    const col = stopsOf(row).indexOf(el);
    return col < 0 ? null : { row: Number(row.dataset['row']), col };
  };

  const onFocus = (event: FocusEvent) => {
    // A click or a programmatic focus moves the roving stop too.
    const position = positionOf(event.target as HTMLElement);
    if (position) active.current = position;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const el = event.target as HTMLElement;
    const at = positionOf(el);
    if (!at) return;
    const row = rowElement(at.row);
    const lastCol = row ? stopsOf(row).length - 1 : 0;
    const ctrl = event.ctrlKey || event.metaKey;
    let next: Position | null = null;
    switch (event.key) {
      case 'ArrowDown': next = { row: at.row + 1, col: at.col }; break;
      case 'ArrowUp': next = { row: at.row - 1, col: at.col }; break;
      case 'ArrowRight': next = { row: at.row, col: Math.min(lastCol, at.col + 1) }; break;
      case 'ArrowLeft': next = { row: at.row, col: Math.max(0, at.col - 1) }; break;
      case 'Home': next = ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 }; break;
      case 'End': next = ctrl ? { row: rowCount - 1, col: at.col } : { row: at.row, col: lastCol }; break;
      case 'PageDown': next = { row: at.row + PAGE, col: at.col }; break;
      case 'PageUp': next = { row: Math.max(0, at.row - PAGE), col: at.col }; break;
      case 'Enter':
        // On the name cell: the row's details. On a link or button: its own action.
        if (el.matches('[data-stop]') && at.row >= 0) {
          event.preventDefault();
          onOpen(at.row);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (rowCount === 0) return;
    moveTo(next);
  };

  return { onKeyDown, onFocus };
}
