/**
 * The rendered window of a fixed-height list (lib/tracker/row-window.ts),
 * following the scroll element's scroll and size. Rendered on the server
 * too: `initialHeight` gives the first render a window of rows.
 */
import { useEffect, useState, type RefObject } from 'react';
import { rowWindow, type RowWindow } from '../../lib/tracker/row-window';

export function useRowWindow(o: { count: number; rowHeight: number; overscan: number; initialHeight: number; scroller: RefObject<HTMLElement | null> }): RowWindow {
  const [view, setView] = useState({ scrollTop: 0, viewport: o.initialHeight });
  const { scroller } = o;
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    // One state update per frame at most, however fast the wheel turns.
    const read = () => {
      frame = 0;
      setView((v) => (v.scrollTop === element.scrollTop && v.viewport === element.clientHeight ? v : { scrollTop: element.scrollTop, viewport: element.clientHeight }));
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(read); };
    read();
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller]);
  return rowWindow({ count: o.count, rowHeight: o.rowHeight, scrollTop: view.scrollTop, viewport: view.viewport, overscan: o.overscan });
}
