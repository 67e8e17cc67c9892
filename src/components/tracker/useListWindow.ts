/**
 * The rows of the client list to render, for the table (its own scroll box)
 * and the cards (the page scrolls): only those on screen, laid out in flow
 * at their natural height, and only they are measured. Every render, scroll,
 * filter, search or sort costs the rows on screen, never one step per row
 * (issue 11), and the last of a million clients can be scrolled to (the
 * scroll height is capped): lib/tracker/list-window.ts has the arithmetic.
 * A short list (up to ALL_ROWS) is rendered whole, at its measured height:
 * the browser's own scrolling, and a box exactly as tall as its rows.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { anchorAt, listHeight, scrollBy, scrollToRow, windowAround } from '../../lib/tracker/list-window';
import { typicalSize } from '../../lib/tracker/typical-size';

/** Lists up to this long are rendered whole. */
const ALL_ROWS = 30;
/**
 * Pixels of rows rendered beyond each edge of the screen: a row or two, so an arrow key or a wheel notch
 * lands on rendered rows. Each row rendered costs (its labels, figures, titles): 400 px made a scroll
 * step at 1,000,000 rows render 14 rows where 10 cover the box.
 */
const OVERSCAN = 200;
/** Corrections of a scroll to a row once it is rendered and measured (its neighbours' real heights). */
const TRIES = 4;
/** Pixels of a wheel's line (deltaMode 1, Firefox). */
const LINE = 40;

export interface ListWindowOptions {
  count: number;
  /** The table's scroll box; null: the page scrolls (the cards). */
  box: RefObject<HTMLElement | null> | null;
  /** The element the rows are laid out in: its top is the rows' top. */
  rows: RefObject<HTMLElement | null>;
  /** What sticks over the top of the box (the table's header row), taken off the screen. */
  header?: RefObject<HTMLElement | null>;
  /** Size of a row before any is measured. */
  estimate: number;
  /** Identity of row `index` (its measured height is kept under it while it stays on screen). */
  keyOf: (index: number) => string;
}

export interface ListWindow {
  first: number;
  /** Last row rendered, inclusive (-1: none). */
  last: number;
  /** Pixels from the rows' top to the first rendered row's top. */
  top: number;
  /** Pixels from the last rendered row's bottom to the rows' bottom. */
  bottom: number;
  /** The rows' whole scroll height. */
  height: number;
  /** Scrolls so row `index` is wholly on screen (the keyboard's moves), if it is not. */
  scrollToIndex: (index: number) => void;
}

interface Screen {
  /** How far the top of the screen the rows can use is below the rows' top. */
  scroll: number;
  /** Height of that part of the screen. */
  height: number;
}

export function useListWindow({ count, box, rows, header, estimate, keyOf }: ListWindowOptions): ListWindow {
  const [screen, setScreen] = useState<Screen>({ scroll: 0, height: 800 });
  // Re-render after a measure found other sizes than those the window was laid out with.
  const [, setMeasured] = useState(0);
  const sizes = useRef<{ typical: ReturnType<typeof typicalSize>; byKey: Map<string, number> } | null>(null);
  if (!sizes.current) sizes.current = { typical: typicalSize(estimate), byKey: new Map() };
  const { typical, byKey } = sizes.current;
  const wanted = useRef<{ index: number; tries: number } | null>(null);

  const sizeOf = (index: number) => byKey.get(keyOf(index)) ?? typical.estimate();
  const size = typical.estimate();
  const whole = count <= ALL_ROWS;
  let first = 0;
  let last = count - 1;
  let top = 0;
  let height: number;
  let anchorIndex = 0;
  if (whole) {
    height = 0;
    for (let i = 0; i < count; i++) height += sizeOf(i);
  } else {
    height = listHeight(count, size);
    // A list below the screen renders its first screenful, one above it its last: what a scroll to it shows first.
    const scroll = Math.min(Math.max(0, screen.scroll), Math.max(0, height - screen.height));
    const anchor = anchorAt(scroll, screen.height, count, height);
    anchorIndex = anchor.index;
    ({ first, last, top } = windowAround(anchor, count, scroll, screen.height, OVERSCAN, sizeOf));
  }
  let block = 0;
  for (let i = first; i <= last; i++) block += sizeOf(i);
  // Rows taller than the estimate near the end: the scroll height grows to hold them.
  height = Math.max(height, top + block);

  /** The part of the viewport the rows can use, in viewport pixels. */
  const viewport = useCallback((): { top: number; bottom: number } => {
    const element = box?.current;
    if (!element) return { top: 0, bottom: window.innerHeight };
    const rect = element.getBoundingClientRect();
    const inner = rect.top + element.clientTop;
    return { top: inner + (header?.current?.getBoundingClientRect().height ?? 0), bottom: inner + element.clientHeight };
  }, [box, header]);

  /** The offset a wheel moved a capped list to, with the fraction of a pixel the browser's scroll position drops. */
  const exact = useRef<number | null>(null);
  const read = useCallback((): Screen | null => {
    const list = rows.current;
    if (!list) return null;
    const { top, bottom } = viewport();
    let scroll = top - list.getBoundingClientRect().top;
    // Still where the wheel put it (within the rounding): the exact offset; else the scrollbar or a key moved it.
    if (exact.current !== null && Math.abs(exact.current - scroll) < 1) scroll = exact.current;
    else exact.current = null;
    return { scroll, height: Math.max(0, bottom - top) };
  }, [rows, viewport]);

  const update = useCallback(() => {
    const next = read();
    if (next) setScreen((now) => (Math.abs(now.scroll - next.scroll) < 0.5 && Math.abs(now.height - next.height) < 0.5 ? now : next));
  }, [read]);

  /** Moves the scroll (box or page) by `delta` pixels of scroll offset, keeping the fraction the browser drops. */
  const scrollTo = useCallback((delta: number) => {
    const now = read();
    if (!now) return;
    exact.current = now.scroll + delta;
    const element = box?.current;
    if (element) element.scrollTop += delta;
    else window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
  }, [box, read]);

  // What the wheel handler needs of the latest render.
  const latest = useRef({ count, height, size });
  latest.current = { count, height, size };

  useLayoutEffect(() => {
    const target: EventTarget = box?.current ?? window;
    /**
     * Above the cap a pixel of scrollbar moves the rows by several: a wheel
     * notch would skip clients unseen (a dozen rows at 1,000,000). In the
     * table's box the wheel moves the rows by its own distance instead.
     */
    const wheel = (event: Event) => {
      const element = box?.current;
      const e = event as WheelEvent;
      if (!element || e.ctrlKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
      const now = read();
      const { count, height, size } = latest.current;
      if (!now || count <= ALL_ROWS || scrollBy(1, count, height, now.height, size) >= 1) return;
      const pixels = e.deltaY * (e.deltaMode === 1 ? LINE : e.deltaMode === 2 ? now.height : 1);
      const to = Math.min(Math.max(0, now.scroll + scrollBy(pixels, count, height, now.height, size)), Math.max(0, height - now.height));
      // At an end: the page scrolls on, as it would.
      if (Math.abs(to - now.scroll) < 1e-6) return;
      e.preventDefault();
      scrollTo(to - now.scroll);
      update();
    };
    update();
    target.addEventListener('scroll', update, { passive: true });
    if (box?.current) box.current.addEventListener('wheel', wheel, { passive: false });
    window.addEventListener('resize', update);
    const observer = new ResizeObserver(update);
    if (box?.current) observer.observe(box.current);
    else observer.observe(document.body);
    return () => {
      target.removeEventListener('scroll', update);
      target.removeEventListener('wheel', wheel);
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, [box, read, scrollTo, update]);

  // After every render: measure the rendered rows (only they), and bring a wanted row into view.
  useLayoutEffect(() => {
    const list = rows.current;
    if (!list) return;
    const estimated = typical.estimate();
    let changed = false;
    for (const row of list.querySelectorAll<HTMLElement>('[data-index]')) {
      const key = keyOf(Number(row.dataset['index']));
      const measured = row.getBoundingClientRect().height;
      if (Math.abs((byKey.get(key) ?? estimated) - measured) > 0.5) changed = true;
      typical.record(measured);
      byKey.set(key, measured);
    }
    // A new typical size changes the scroll height and where every row not measured is.
    if (typical.estimate() !== estimated) changed = true;
    // Only the rows on screen are kept: the map stays as small as the window.
    if (byKey.size > 4 * (last - first + 1) + 200) {
      const keep = new Set<string>();
      for (let i = first; i <= last; i++) keep.add(keyOf(i));
      for (const key of byKey.keys()) if (!keep.has(key)) byKey.delete(key);
    }
    if (changed) {
      setMeasured((n) => n + 1);
      return;
    }
    const want = wanted.current;
    if (want) {
      const row = list.querySelector<HTMLElement>(`[data-index="${want.index}"]`);
      const { top: from, bottom: to } = viewport();
      if (row) {
        const rect = row.getBoundingClientRect();
        const off = rect.top < from - 0.5 || rect.height > to - from ? rect.top - from : rect.bottom > to + 0.5 ? rect.bottom - to : 0;
        if (off === 0 || ++want.tries > TRIES) wanted.current = null;
        else {
          scrollTo(whole ? off : scrollBy(off, count, height, screen.height, size));
          update();
        }
      } else if (++want.tries > TRIES) wanted.current = null;
    }
  });

  const scrollToIndex = (index: number) => {
    wanted.current = { index, tries: 0 };
    if (index >= first && index <= last) {
      // Rendered: the correction above moves it by what it measures off screen.
      setMeasured((n) => n + 1);
      return;
    }
    const now = read();
    if (!now) return;
    const target = whole ? 0 : scrollToRow(index, index < anchorIndex ? 'start' : 'end', count, height, now.height, size);
    if (!whole) scrollTo(target - now.scroll);
    update();
  };

  return { first, last, top, bottom: Math.max(0, height - top - block), height, scrollToIndex };
}
