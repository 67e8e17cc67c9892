import { describe, expect, test } from 'vitest';
import { listRevealScroll, listTopScroll } from '../../../src/lib/tracker/list-scroll';

describe('listTopScroll', () => {
  test('rows under the bar: the page scrolls back so the first row sits right under it', () => {
    // Bar ends at 317 px, the rows start 137 px above that, the page is scrolled 3,200 px.
    expect(listTopScroll(180, 317, 3200)).toBe(3063);
  });
  test('rows above the screen (the list shrank far above the scroll position)', () => {
    expect(listTopScroll(-900, 200, 5000)).toBe(3900);
  });
  test('rows at or below the bar: the page is left alone', () => {
    expect(listTopScroll(317, 317, 3000)).toBeNull();
    expect(listTopScroll(316.5, 317, 3000)).toBeNull();
    expect(listTopScroll(1200, 317, 0)).toBeNull();
  });
  test('never a negative scroll position', () => {
    expect(listTopScroll(-50, 300, 100)).toBe(0);
  });
});

describe('listRevealScroll', () => {
  test('a list below the screen comes up to just under the site header', () => {
    expect(listRevealScroll(900, 60, 100)).toBe(940);
  });
  test('a list above comes down to it, from wherever the page is', () => {
    expect(listRevealScroll(-400, 60, 3000)).toBe(2540);
  });
  test('a header out of view counts as none; never a negative position', () => {
    expect(listRevealScroll(500, -20, 0)).toBe(500);
    expect(listRevealScroll(10, 60, 0)).toBe(0);
  });
});
