/**
 * The registry is the one place a field or a dimension is declared: every
 * field has a kind, synonyms in the four languages and a label in each
 * dictionary; every dimension has bucket names with labels, ending with
 * `unknown`, and source fields of the right kinds. The lists the rest of the
 * code uses are derived from it, never written twice.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { DICTIONARIES } from '../../../src/i18n/utils';
import {
  BUCKETS,
  CLIENT_MERGE_FIELDS,
  COUNT_FIELDS,
  DATE_FIELDS,
  DIMENSIONS,
  DIMENSION_SPECS,
  FIELDS,
  FIELD_IDS,
  PERCENT_FIELDS,
  SORT_COLUMNS,
  TEXT_FIELDS,
  bucketLabelKey,
  fieldLabelKey,
  isFieldId,
  labelKeys,
  measurableFrom,
  sourceFields,
} from '../../../src/lib/tracker/registry';
import { SYNONYMS } from '../../../src/lib/mapping/synonyms';
import { MERGE_FIELDS } from '../../../src/lib/email/fields';
import { buildClientTable, clientAt, transferablesOf } from '../../../src/lib/tracker/table';

const LANGUAGES = ['en', 'fr', 'pt', 'ja'] as const;

describe('fields', () => {
  test('every field has a kind, synonyms in the four languages, and a label in each dictionary', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_IDS), fc.constantFrom(...LOCALES), (field, locale) => {
        expect(['text', 'count', 'percent', 'date']).toContain(FIELDS[field].kind);
        for (const language of LANGUAGES) expect(FIELDS[field].synonyms[language].length, `${field} ${language}`).toBeGreaterThan(0);
        // Japanese synonyms are written in Japanese.
        expect(FIELDS[field].synonyms.ja.every((s) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s)), field).toBe(true);
        expect(DICTIONARIES[locale][fieldLabelKey(field)]?.trim(), `${locale} ${field}`).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  test('every label the registry asks for exists in every dictionary', () => {
    for (const locale of LOCALES) {
      const missing = labelKeys().filter((key) => !DICTIONARIES[locale][key]?.trim());
      expect(missing, locale).toEqual([]);
    }
  });

  test('what a field turns off when the file lacks it is said in every dictionary', () => {
    for (const locale of LOCALES) {
      for (const field of [...TEXT_FIELDS, ...COUNT_FIELDS, ...DATE_FIELDS].filter((f) => f !== 'client')) {
        expect(DICTIONARIES[locale][`summary.off.${field}`]?.trim(), `${locale} ${field}`).toBeTruthy();
      }
    }
  });

  test('kind lists partition the fields, in registry order', () => {
    const byKind = [...TEXT_FIELDS, ...COUNT_FIELDS, ...PERCENT_FIELDS, ...DATE_FIELDS];
    expect([...byKind].sort()).toEqual([...FIELD_IDS].sort());
    expect(new Set(byKind).size).toBe(FIELD_IDS.length);
    expect(FIELD_IDS.filter((f) => FIELDS[f].kind === 'date')).toEqual(DATE_FIELDS);
  });

  test('a percent field names the count it is the percentage of', () => {
    for (const field of PERCENT_FIELDS) {
      const spec = FIELDS[field];
      expect(spec.kind === 'percent' && COUNT_FIELDS.includes(spec.percentOf as never), field).toBe(true);
    }
  });

  test('synonyms, merge fields and the table are derived from the registry', () => {
    expect(Object.keys(SYNONYMS)).toEqual(FIELD_IDS);
    for (const { merge } of CLIENT_MERGE_FIELDS) expect(MERGE_FIELDS).toContain(merge);
    const { table } = buildClientTable(['Client'], [['A']], { client: 'Client' }, { decimal: '.', dayFirst: false });
    const view = clientAt(table, 0);
    for (const field of FIELD_IDS) expect(Object.hasOwn(view, field), field).toBe(true);
    // key + one per text field + one per number field + one per date field + rows, firstLine, flags,
    // + the code units of the two columns packed from values (key and client; the unmapped ones are empty)
    expect(transferablesOf(table)).toHaveLength(1 + TEXT_FIELDS.length + COUNT_FIELDS.length + PERCENT_FIELDS.length + DATE_FIELDS.length + 3 + 2);
  });

  test('isFieldId knows the fields and nothing inherited', () => {
    expect(FIELD_IDS.every(isFieldId)).toBe(true);
    expect(isFieldId('toString')).toBe(false);
    expect(isFieldId('startDay')).toBe(false);
  });
});

describe('dimensions', () => {
  test('bucket names end with unknown, each once, with a label in each dictionary', () => {
    for (const dimension of DIMENSIONS) {
      const names = BUCKETS[dimension];
      expect(names.at(-1)).toBe('unknown');
      expect(new Set(names).size).toBe(names.length);
      for (const locale of LOCALES) {
        for (const bucket of names) expect(DICTIONARIES[locale][bucketLabelKey(dimension, bucket as never)]?.trim(), `${locale} ${dimension}.${bucket}`).toBeTruthy();
        expect(DICTIONARIES[locale][`table.${dimension}`]?.trim(), `${locale} table.${dimension}`).toBeTruthy();
        // The client panel's sentence for a ratio computed from counts.
        if (DIMENSION_SPECS[dimension].source.type === 'ratio') {
          expect(DICTIONARIES[locale][`detail.why.counts.${dimension}`]?.trim(), `${locale} detail.why.counts.${dimension}`).toBeTruthy();
        }
      }
    }
  });

  test('classifiers return only their own bucket names, unknown for NaN', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIMENSIONS), fc.double(), (dimension, value) => {
        const classify = DIMENSION_SPECS[dimension].classify as (v: number) => string;
        expect(BUCKETS[dimension]).toContain(classify(value));
        expect(classify(NaN)).toBe('unknown');
      }),
    );
  });

  test('ratios are computed from counts and a percent, day counts from a date', () => {
    for (const dimension of DIMENSIONS) {
      const source = DIMENSION_SPECS[dimension].source;
      const kinds = sourceFields(dimension).map((f) => FIELDS[f].kind);
      expect(kinds, dimension).toEqual(source.type === 'ratio' ? ['count', 'count', 'percent'] : ['date']);
    }
  });

  test('the list sorts by the name, each dimension, the next step, the activation deadline and the last outreach', () => {
    expect(SORT_COLUMNS).toEqual(['client', ...DIMENSIONS, 'nextStep', 'deadline', 'lastOutreach']);
  });

  const cases: { description: string; input: (typeof FIELD_IDS)[number][]; expected: string[] }[] = [
    { description: 'Adobe: licences, assigned, anniversary date', input: ['client', 'seatsPurchased', 'seatsAssigned', 'renewalDate'], expected: ['deployment', 'renewal'] },
    { description: 'percent columns alone', input: ['client', 'activationPct', 'deploymentPct', 'usagePct'], expected: ['activation', 'deployment', 'usage'] },
    { description: 'a count without its denominator measures nothing', input: ['client', 'activeUsers'], expected: [] },
    { description: 'dates', input: ['client', 'startDate', 'renewalDate'], expected: ['stage', 'renewal'] },
  ];
  for (const { description, input, expected } of cases) {
    test(`measurableFrom: ${description}`, () => expect(measurableFrom(input)).toEqual(expected));
  }
});
