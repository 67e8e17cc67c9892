import { describe, expect, test } from 'vitest';
import { anchorAt, listHeight, MAX_LIST_HEIGHT, scrollBy, scrollToRow, windowAround } from '../../../src/lib/tracker/list-window';

const hundred = () => 100;

describe('listHeight: the rows’ scroll height', () => {
  test('rows × size below the cap', () => {
    expect(listHeight(10, 100)).toBe(1000);
    expect(listHeight(0, 100)).toBe(0);
    expect(listHeight(-3, 100)).toBe(0);
  });
  test('capped well under what Chromium lays out (33.5 million px) for a million rows', () => {
    expect(listHeight(1_000_000, 100)).toBe(MAX_LIST_HEIGHT);
    expect(MAX_LIST_HEIGHT).toBeLessThan(33_000_000);
    expect(listHeight(1000, 100, 5000)).toBe(5000);
  });
});

describe('anchorAt: the row at a scroll offset', () => {
  test('an empty list, or one shorter than the screen, is at its top', () => {
    expect(anchorAt(500, 800, 0, 0)).toEqual({ index: 0, fraction: 0, at: 0 });
    expect(anchorAt(500, 800, 5, 500)).toEqual({ index: 0, fraction: 0, at: 0 });
  });
  test('the top of the scroll: the first row at the top of the screen', () => {
    expect(anchorAt(0, 800, 1000, 100_000)).toEqual({ index: 0, fraction: 0, at: 0 });
    // Above the list (a page scrolled above it): still its top.
    expect(anchorAt(-400, 800, 1000, 100_000)).toEqual({ index: 0, fraction: 0, at: 0 });
  });
  test('the end of the scroll: the last row’s bottom at the bottom of the screen, also past the end', () => {
    expect(anchorAt(99_200, 800, 1000, 100_000)).toEqual({ index: 999, fraction: 1, at: 100_000 });
    expect(anchorAt(150_000, 800, 1000, 100_000)).toEqual({ index: 999, fraction: 1, at: 100_000 });
  });
  test('below the cap, rows of the estimated size scroll one pixel for one', () => {
    // Row 500's top at offset 50,000: on screen at 50,000 − scroll.
    for (const scroll of [10_000, 49_600, 77_777]) {
      const anchor = anchorAt(scroll, 800, 1000, 100_000);
      const rowTop = anchor.at - anchor.fraction * 100 - (anchor.index - 500) * 100;
      expect(rowTop - scroll).toBeCloseTo(50_000 - scroll, 6);
    }
  });
  test('above the cap, the middle of the scroll is the middle of the list, at the middle of the screen', () => {
    const height = listHeight(1_000_000, 100);
    const anchor = anchorAt((height - 800) / 2, 800, 1_000_000, height);
    expect(anchor).toEqual({ index: 500_000, fraction: 0, at: height / 2 });
  });
});

describe('windowAround: the rows that cover the screen', () => {
  test('an empty list renders nothing', () => {
    expect(windowAround({ index: 0, fraction: 0, at: 0 }, 0, 0, 800, 0, hundred)).toEqual({ first: 0, last: -1, top: 0 });
  });
  test('from the anchor row down to the screen’s bottom, and up to its top', () => {
    expect(windowAround({ index: 5, fraction: 0.5, at: 550 }, 100, 500, 300, 0, hundred)).toEqual({ first: 5, last: 7, top: 500 });
    expect(windowAround({ index: 5, fraction: 0.5, at: 550 }, 100, 320, 300, 0, hundred)).toEqual({ first: 3, last: 6, top: 300 });
  });
  test('overscan adds rows either side', () => {
    expect(windowAround({ index: 5, fraction: 0.5, at: 550 }, 100, 500, 300, 150, hundred)).toEqual({ first: 3, last: 9, top: 300 });
  });
  test('stops at the list’s ends', () => {
    expect(windowAround({ index: 1, fraction: 0, at: 100 }, 3, 0, 800, 100, hundred)).toEqual({ first: 0, last: 2, top: 0 });
    expect(windowAround({ index: 999, fraction: 1, at: 100_000 }, 1000, 99_200, 800, 0, hundred)).toEqual({ first: 992, last: 999, top: 99_200 });
  });
  test('each row at its own size: a tall row above the anchor pushes the first row up', () => {
    const sizes = (i: number) => (i === 4 ? 250 : 100);
    expect(windowAround({ index: 5, fraction: 0, at: 500 }, 100, 260, 300, 0, sizes)).toEqual({ first: 4, last: 5, top: 250 });
    expect(windowAround({ index: 5, fraction: 0, at: 500 }, 100, 200, 300, 0, sizes)).toEqual({ first: 3, last: 5, top: 150 });
  });
  test('the first row’s top never goes above the rows’ top (rows taller than the estimate near the top)', () => {
    expect(windowAround({ index: 2, fraction: 0, at: 150 }, 100, 0, 300, 0, hundred)).toEqual({ first: 0, last: 3, top: 0 });
  });
});

describe('scrollToRow: the offset that shows a row', () => {
  test('a list that does not scroll stays at 0', () => {
    expect(scrollToRow(3, 'start', 5, 500, 800, 100)).toBe(0);
    expect(scrollToRow(3, 'end', 5, 900, 800, 0)).toBe(0);
  });
  test('below the cap: the row’s own offset (start) or its bottom at the screen’s bottom (end)', () => {
    expect(scrollToRow(500, 'start', 1000, 100_000, 800, 100)).toBeCloseTo(50_000, 6);
    expect(scrollToRow(500, 'end', 1000, 100_000, 800, 100)).toBeCloseTo(50_100 - 800, 6);
  });
  test('the first and last rows exactly, clamped to the scroll range', () => {
    expect(scrollToRow(0, 'start', 1_000_000, 8_000_000, 800, 100)).toBe(0);
    expect(scrollToRow(0, 'end', 1_000_000, 8_000_000, 800, 100)).toBe(0);
    expect(scrollToRow(999_999, 'end', 1_000_000, 8_000_000, 800, 100)).toBe(8_000_000 - 800);
    expect(scrollToRow(999_999, 'start', 1000, 100_000, 800, 100)).toBe(99_200);
  });
  test('above the cap, the row lands where anchorAt puts it', () => {
    const [count, height, screen] = [1_000_000, listHeight(1_000_000, 100), 800];
    const scroll = scrollToRow(654_321, 'start', count, height, screen, 100);
    const anchor = anchorAt(scroll, screen, count, height);
    const rowTop = anchor.at - anchor.fraction * 100 - (anchor.index - 654_321) * 100;
    expect(rowTop - scroll).toBeCloseTo(0, 3);
  });
});

describe('scrollBy: the offset change that moves the rows by some pixels', () => {
  test('one for one below the cap, less above it, nothing when the list does not scroll', () => {
    expect(scrollBy(100, 1000, 100_000, 800, 100)).toBe(100);
    expect(scrollBy(1250, 1_000_000, 8_000_000, 800, 100)).toBeCloseTo(100, 0);
    expect(scrollBy(100, 5, 500, 800, 100)).toBe(0);
    expect(scrollBy(100, 5, 900, 800, 100)).toBe(0);
  });
});
