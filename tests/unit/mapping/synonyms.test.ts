import { describe, expect, test } from 'vitest';
import { normalizeHeader } from '../../../src/lib/mapping/normalize';
import { SYNONYMS } from '../../../src/lib/mapping/synonyms';
import { FIELD_IDS, type FieldId } from '../../../src/lib/tracker/fields';

describe('SYNONYMS', () => {
  test('every field has synonyms', () => {
    for (const field of FIELD_IDS) expect(SYNONYMS[field].length, field).toBeGreaterThan(3);
  });

  test('no synonym normalizes to nothing', () => {
    for (const field of FIELD_IDS) for (const s of SYNONYMS[field]) expect(normalizeHeader(s), `${field}: ${s}`).not.toBe('');
  });

  test('no normalized synonym belongs to two fields', () => {
    const owner = new Map<string, FieldId>();
    const clashes: string[] = [];
    for (const field of FIELD_IDS) {
      for (const s of SYNONYMS[field]) {
        const key = normalizeHeader(s);
        const other = owner.get(key);
        if (other !== undefined && other !== field) clashes.push(`${s}: ${other} / ${field}`);
        owner.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe('the four languages and the vendors are covered', () => {
    const cases: { description: string; input: [FieldId, string]; expected: true }[] = [
      { description: 'English client', input: ['client', 'customer'], expected: true },
      { description: 'French client', input: ['client', 'nomduclient'], expected: true },
      { description: 'Portuguese client', input: ['client', 'razaosocial'], expected: true },
      { description: 'Japanese client', input: ['client', '顧客名'], expected: true },
      { description: 'Partner Center licensesSold', input: ['seatsPurchased', 'licensessold'], expected: true },
      { description: 'Adobe usedQuantity', input: ['seatsAssigned', 'usedquantity'], expected: true },
      { description: '3DEXPERIENCE Activation rate', input: ['activationPct', 'activationrate'], expected: true },
      { description: 'French deployment rate', input: ['deploymentPct', 'tauxdedeploiement'], expected: true },
      { description: 'Portuguese deployment rate', input: ['deploymentPct', 'taxadeimplantacao'], expected: true },
      { description: 'Japanese deployment rate', input: ['deploymentPct', '展開率'], expected: true },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(SYNONYMS[input[0]].map(normalizeHeader).includes(input[1])).toBe(expected));
    }
  });
});
