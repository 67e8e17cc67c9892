import { describe, expect, test } from 'vitest';
import { STRUCTURE, vendorsNoted } from '../../../src/lib/content/structure';
import type { LocalizedEntry } from '../../../src/lib/content/parity';

const entry = (data: Record<string, unknown>): LocalizedEntry => ({ id: 'en/x', data });

describe('vendorsNoted', () => {
  const cases = [
    { description: 'no vendor notes', input: {}, expected: [] },
    { description: 'sorted, each vendor once', input: { vendorNotes: [{ vendor: 'microsoft' }, { vendor: 'adobe' }, { vendor: 'adobe' }] }, expected: ['adobe', 'microsoft'] },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(vendorsNoted(entry(input))).toEqual(expected));
});

describe('STRUCTURE: what every locale of an item must share', () => {
  const step = { weeks: { from: 7, to: 10 }, channel: 'email', templates: ['a'], scripts: [], objections: [] };
  test('a step that loses a vendor note in one locale differs', () => {
    const full = STRUCTURE.steps(entry({ ...step, vendorNotes: [{ vendor: 'adobe' }, { vendor: 'microsoft' }] }));
    const partial = STRUCTURE.steps(entry({ ...step, vendorNotes: [{ vendor: 'microsoft' }] }));
    expect(JSON.stringify(partial)).not.toBe(JSON.stringify(full));
  });
  test('a step marked optional in one locale only differs', () => {
    expect(JSON.stringify(STRUCTURE.steps(entry({ ...step, optional: true })))).not.toBe(JSON.stringify(STRUCTURE.steps(entry(step))));
  });
  test('optional absent and optional false are the same structure', () => {
    expect(STRUCTURE.steps(entry({ ...step, optional: false }))).toEqual(STRUCTURE.steps(entry(step)));
  });
  test('objections compare their order and their vendor notes', () => {
    expect(STRUCTURE.objections(entry({ order: 4, vendorNotes: [{ vendor: 'adobe' }] }))).toEqual([4, ['adobe']]);
    expect(STRUCTURE.objections(entry({ order: 4 }))).toEqual([4, []]);
  });
  test('a glossary term with a formula in one locale only differs', () => {
    expect(STRUCTURE.glossary(entry({ order: 4, formula: 'Active / total' }))).toEqual([4, true]);
    expect(STRUCTURE.glossary(entry({ order: 4 }))).toEqual([4, false]);
  });
});
