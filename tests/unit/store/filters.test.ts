import { describe, expect, test } from 'vitest';
import { toggleFilters } from '../../../src/store/slices/session';

describe('toggleFilters', () => {
  test('a bucket of a new dimension is added: filters combine', () =>
    expect(toggleFilters({ usage: 'low' }, 'deployment', 'none')).toEqual({ usage: 'low', deployment: 'none' }));
  test('another bucket of the same dimension replaces it (one bucket per dimension)', () =>
    expect(toggleFilters({ usage: 'low' }, 'usage', 'good')).toEqual({ usage: 'good' }));
  test('the active bucket clears its dimension only', () =>
    expect(toggleFilters({ usage: 'low', deployment: 'none' }, 'usage', 'low')).toEqual({ deployment: 'none' }));
  test('the input is not changed', () => {
    const filters = { usage: 'low' };
    toggleFilters(filters, 'usage', 'low');
    expect(filters).toEqual({ usage: 'low' });
  });
});
