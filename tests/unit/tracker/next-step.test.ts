import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STEP_REFS, type StepRef } from '../../../src/lib/content/ids';
import {
  ACTIVATION_BUCKETS,
  DEPLOYMENT_BUCKETS,
  DIMENSIONS,
  STAGE_BUCKETS,
  USAGE_BUCKETS,
  computeBuckets,
  countBuckets,
} from '../../../src/lib/tracker/buckets';
import { FIELD_IDS, type FieldId, type Mapping } from '../../../src/lib/tracker/fields';
import {
  NEXT_STEPS,
  computeNextSteps,
  isOverdue,
  nextStep,
  type ClientBuckets,
  type OutreachFacts,
} from '../../../src/lib/tracker/next-step';
import { buildClientTable, clientAt, stringAt } from '../../../src/lib/tracker/table';
import { SAMPLE_AS_OF, englishSample, frenchSample } from '../fixtures/tracker/samples';

const DAY = 20513;
const NO_EMAIL: OutreachFacts = { emailLogged: false, deadlineDay: null };
const ON_TIME: OutreachFacts = { emailLogged: true, deadlineDay: DAY + 3 };
const DEADLINE_TODAY: OutreachFacts = { emailLogged: true, deadlineDay: DAY };
const OVERDUE: OutreachFacts = { emailLogged: true, deadlineDay: DAY - 1 };
const NO_DEADLINE: OutreachFacts = { emailLogged: true, deadlineDay: null };
/** A client that no rule but the last would match. */
const ON_TRACK: ClientBuckets = { activation: 'full', deployment: 'full', usage: 'good', stage: 'ongoing' };

describe('nextStep', () => {
  const cases: { description: string; input: [Partial<ClientBuckets>, OutreachFacts]; expected: StepRef | null }[] = [
    // rules 1–3 and their precedence over every later rule
    { description: '1: activation none, no email', input: [{ activation: 'none' }, NO_EMAIL], expected: 'activation/email-admins' },
    { description: '1 beats the stage rules', input: [{ activation: 'none', stage: 'week-1' }, NO_EMAIL], expected: 'activation/email-admins' },
    { description: '1 even with a deadline but no email', input: [{ activation: 'none' }, { emailLogged: false, deadlineDay: DAY - 9 }], expected: 'activation/email-admins' },
    { description: '2: email logged, deadline ahead', input: [{ activation: 'none' }, ON_TIME], expected: 'activation/monitor' },
    { description: '2: the deadline day itself is not passed', input: [{ activation: 'none' }, DEADLINE_TODAY], expected: 'activation/monitor' },
    { description: '2: email logged without a deadline', input: [{ activation: 'none' }, NO_DEADLINE], expected: 'activation/monitor' },
    { description: '2 beats the stage rules', input: [{ activation: 'none', stage: 'weeks-5-6' }, ON_TIME], expected: 'activation/monitor' },
    { description: '3: deadline passed', input: [{ activation: 'none' }, OVERDUE], expected: 'activation/call' },
    { description: '3 beats the usage rule', input: [{ activation: 'none', usage: 'none' }, OVERDUE], expected: 'activation/call' },
    { description: 'facts are ignored once activation is not none', input: [{ activation: 'partial' }, OVERDUE], expected: null },
    { description: 'unknown activation is not none', input: [{ activation: 'unknown' }, NO_EMAIL], expected: null },
    // rules 4–9
    { description: '4: week 1', input: [{ stage: 'week-1', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'onboarding/welcome-email' },
    { description: '5: weeks 2–3, deployment partial', input: [{ stage: 'weeks-2-3', deployment: 'partial' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: '5: weeks 2–3, deployment none', input: [{ stage: 'weeks-2-3', deployment: 'none' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: '5: weeks 2–3, deployment unknown', input: [{ stage: 'weeks-2-3', deployment: 'unknown' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: 'not 5: weeks 2–3, deployment full', input: [{ stage: 'weeks-2-3', deployment: 'full', usage: 'low' }, NO_EMAIL], expected: null },
    { description: 'not 5: weeks 2–3, deployment over', input: [{ stage: 'weeks-2-3', deployment: 'over', usage: 'none' }, NO_EMAIL], expected: null },
    { description: '6: week 4', input: [{ stage: 'week-4', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/encourage-usage' },
    { description: '7: weeks 5–6', input: [{ stage: 'weeks-5-6', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/resources-call' },
    { description: '8: weeks 7–10, deployment none', input: [{ stage: 'weeks-7-10', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/no-deployment-reminder' },
    { description: '8: ongoing, deployment none', input: [{ stage: 'ongoing', deployment: 'none' }, NO_EMAIL], expected: 'usage/no-deployment-reminder' },
    { description: '9: weeks 7–10, deployment partial', input: [{ stage: 'weeks-7-10', deployment: 'partial', usage: 'low' }, NO_EMAIL], expected: 'usage/partial-deployment' },
    { description: '9: ongoing, deployment partial', input: [{ stage: 'ongoing', deployment: 'partial' }, NO_EMAIL], expected: 'usage/partial-deployment' },
    // rule 10
    { description: '10: ongoing, full, usage none', input: [{ usage: 'none' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '10: ongoing, over, usage low', input: [{ deployment: 'over', usage: 'low' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '10: weeks 7–10, deployment unknown, usage low', input: [{ stage: 'weeks-7-10', deployment: 'unknown', usage: 'low' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '10: unknown stage is not an early stage', input: [{ stage: 'unknown', usage: 'none' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: 'not 10: upcoming', input: [{ stage: 'upcoming', usage: 'none' }, NO_EMAIL], expected: null },
    // rule 11
    { description: '11: good usage', input: [{}, NO_EMAIL], expected: null },
    { description: '11: inflated usage', input: [{ usage: 'inflated' }, NO_EMAIL], expected: null },
    { description: '11: unknown usage', input: [{ usage: 'unknown', stage: 'unknown', deployment: 'unknown', activation: 'unknown' }, NO_EMAIL], expected: null },
    { description: '11: upcoming with no deployment', input: [{ stage: 'upcoming', deployment: 'none' }, NO_EMAIL], expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(nextStep({ ...ON_TRACK, ...input[0] }, input[1], DAY)).toBe(expected));
  }
});

describe('NEXT_STEPS', () => {
  test('code 0 is on track, the others are real playbook steps, each once', () => {
    expect(NEXT_STEPS[0]).toBeNull();
    const steps = NEXT_STEPS.slice(1);
    expect(steps.every((step) => step !== null && STEP_REFS.includes(step))).toBe(true);
    expect(new Set(steps).size).toBe(steps.length);
  });
});

describe('isOverdue', () => {
  const cases: { description: string; input: [(typeof ACTIVATION_BUCKETS)[number], OutreachFacts | undefined]; expected: boolean }[] = [
    { description: 'deadline passed', input: ['none', OVERDUE], expected: true },
    { description: 'deadline today', input: ['none', DEADLINE_TODAY], expected: false },
    { description: 'deadline ahead', input: ['none', ON_TIME], expected: false },
    { description: 'no deadline', input: ['none', NO_DEADLINE], expected: false },
    { description: 'no email logged', input: ['none', { emailLogged: false, deadlineDay: DAY - 5 }], expected: false },
    { description: 'nothing logged at all', input: ['none', undefined], expected: false },
    { description: 'activated since', input: ['partial', OVERDUE], expected: false },
    { description: 'unknown activation', input: ['unknown', OVERDUE], expected: false },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(isOverdue(input[0], input[1], DAY)).toBe(expected));
  }
});

describe('computeNextSteps', () => {
  const HEADERS = ['Client', 'Id', 'Sold', 'Activated', 'Start'];
  const MAPPING: Mapping = { client: 'Client', clientId: 'Id', seatsPurchased: 'Sold', usersActivated: 'Activated', startDate: 'Start' };
  const { table } = buildClientTable(
    HEADERS,
    [
      ['A', 'T-1', '10', '0', '2026-02-01'],
      ['B', 'T-2', '10', '0', '2026-02-01'],
      ['C', '', '10', '0', '2026-02-01'],
      ['D', 'T-4', '10', '5', '2026-02-27'],
    ],
    MAPPING,
    { decimal: '.', dayFirst: false },
  );
  const columns = computeBuckets(table, DAY);
  const cases: { description: string; input: Map<string, OutreachFacts>; expected: (StepRef | null)[] }[] = [
    {
      description: 'no log: everyone at activation none gets the email step',
      input: new Map(),
      expected: ['activation/email-admins', 'activation/email-admins', 'activation/email-admins', 'onboarding/welcome-email'],
    },
    {
      description: 'facts found by merge key (id or folded name)',
      input: new Map([
        ['id:T-1', ON_TIME],
        ['id:T-2', OVERDUE],
        ['name:c', NO_DEADLINE],
        ['id:T-4', OVERDUE],
      ]),
      expected: ['activation/monitor', 'activation/call', 'activation/monitor', 'onboarding/welcome-email'],
    },
    {
      description: 'facts under another key do not apply',
      input: new Map([['name:a', OVERDUE]]),
      expected: ['activation/email-admins', 'activation/email-admins', 'activation/email-admins', 'onboarding/welcome-email'],
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      expect([...computeNextSteps(columns, table, input, DAY)].map((code) => NEXT_STEPS[code])).toEqual(expected);
    });
  }

  test('an out-of-range bucket code reads as unknown', () => {
    const broken = { ...columns, activation: Uint8Array.from([99, 0, 0, 0]), stage: Uint8Array.from([99, 1, 1, 1]) };
    const codes = computeNextSteps(broken, table, new Map(), DAY);
    // Client 0: activation unknown (not none), stage unknown, usage unknown → on track.
    expect(NEXT_STEPS[codes[0]!]).toBeNull();
    const all = computeNextSteps(
      { activation: Uint8Array.from([1]), deployment: Uint8Array.from([99]), usage: Uint8Array.from([99]), stage: Uint8Array.from([2]) },
      table,
      new Map(),
      DAY,
    );
    // Deployment unknown in weeks 2–3 is not full: the follow-up step.
    expect(NEXT_STEPS[all[0]!]).toBe('onboarding/deployment-follow-up');
  });

  test('agrees with nextStep client by client', () => {
    const facts = new Map([['id:T-2', OVERDUE]]);
    const codes = computeNextSteps(columns, table, facts, DAY);
    for (let i = 0; i < table.size; i++) {
      const b: ClientBuckets = {
        activation: ACTIVATION_BUCKETS[columns.activation[i]!]!,
        deployment: DEPLOYMENT_BUCKETS[columns.deployment[i]!]!,
        usage: USAGE_BUCKETS[columns.usage[i]!]!,
        stage: STAGE_BUCKETS[columns.stage[i]!]!,
      };
      expect(NEXT_STEPS[codes[i]!]).toBe(nextStep(b, facts.get(stringAt(table.key, i)) ?? NO_EMAIL, DAY));
    }
  });

  test('English sample: steps worked out by hand', () => {
    const { headers, rows, mapping, options } = englishSample();
    const { table: sample } = buildClientTable(headers, rows, mapping, options);
    const codes = computeNextSteps(computeBuckets(sample, SAMPLE_AS_OF), sample, new Map(), SAMPLE_AS_OF);
    const step = (name: string) => {
      const index = Array.from({ length: sample.size }, (_, i) => clientAt(sample, i).client).indexOf(name);
      return NEXT_STEPS[codes[index]!];
    };
    const tally = new Map<StepRef | null, number>();
    for (const code of codes) tally.set(NEXT_STEPS[code]!, (tally.get(NEXT_STEPS[code]!) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toEqual({
      'activation/email-admins': 23,
      'usage/partial-deployment': 8,
      'adoption-metrics/offer-training': 4,
      null: 9,
      'usage/no-deployment-reminder': 7,
      'usage/resources-call': 4,
      'onboarding/welcome-email': 2,
      'onboarding/deployment-follow-up': 2,
      'usage/encourage-usage': 1,
    });
    expect(step('Acme Design')).toBe('activation/email-admins'); // 0 of 10 activated
    expect(step('Kestrel Video')).toBe('usage/partial-deployment'); // 9 of 120 assigned, 86 days in
    expect(step('Juniper Publishing')).toBe('usage/no-deployment-reminder'); // 0 of 50 assigned, 104 days in
    expect(step('Fjord Engineering')).toBe('adoption-metrics/offer-training'); // all assigned, 0 active
    expect(step('Iris Motion')).toBeNull(); // low usage but only 15 days in, fully deployed
    expect(step('Oakridge Partners II')).toBe('usage/resources-call'); // 29 days in
    expect(step('Granite Works')).toBeNull(); // 50/50 assigned, 50 active
  });

  test('French sample: stage rules alone (no activation column)', () => {
    const { headers, rows, mapping, options } = frenchSample();
    const { table: sample } = buildClientTable(headers, rows, mapping, options);
    const codes = computeNextSteps(computeBuckets(sample, SAMPLE_AS_OF), sample, new Map(), SAMPLE_AS_OF);
    expect(NEXT_STEPS[codes[0]!]).toBe('usage/encourage-usage'); // Acme Design, 21 days in
    expect(NEXT_STEPS[codes[2]!]).toBe('usage/no-deployment-reminder'); // Cobalt Media, 0 of 5 assigned
    expect(NEXT_STEPS[codes[8]!]).toBeNull(); // Iris Motion, 15 days in, fully deployed
  });

  /** Cells a rep's export might hold, good and bad. */
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', '-', 'n/a', 'Total', '合計', 'Totaux', '0', '1,200', '1.200,5', '45,5 %', '12abc', 'https://x.example/a', 'javascript:x'),
    fc.integer({ min: -5, max: 500 }).map(String),
    fc.double({ noNaN: false }).map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 2100 })).map(([a, b, y]) => `${a}/${b}/${y}`),
    fc.integer({ min: -10, max: 3_000_000 }).map(String),
  );
  const input = fc.integer({ min: 1, max: 6 }).chain((width) =>
    fc.record({
      headers: fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', ''), { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cell, { maxLength: width + 1 }), { maxLength: 40 }),
      mapping: fc.dictionary(fc.constantFrom(...FIELD_IDS), fc.constantFrom('A', 'B', 'C', 'D', 'E', 'Z')),
      decimal: fc.constantFrom(',' as const, '.' as const),
      dayFirst: fc.boolean(),
      asOfDay: fc.integer({ min: -30_000, max: 3_000_000 }),
      facts: fc.array(fc.record({ emailLogged: fc.boolean(), deadlineDay: fc.option(fc.integer({ min: -30_000, max: 3_000_000 })) }), { maxLength: 10 }),
    }),
  );

  test('random tables, mappings and values never throw and every client lands in one bucket per dimension', () => {
    fc.assert(
      fc.property(input, ({ headers, rows, mapping, decimal, dayFirst, asOfDay, facts }) => {
        const { table, summary, issues } = buildClientTable(headers, rows, mapping as Partial<Record<FieldId, string>>, { decimal, dayFirst });
        expect(table.size).toBe(summary.clients);
        expect(summary.rows).toBe(rows.length);
        expect(summary.clients + summary.merged + summary.skipped).toBe(summary.rows);
        expect(issues.every((issue) => issue.line >= 2 && issue.line <= rows.length + 1)).toBe(true);
        const columns = computeBuckets(table, asOfDay);
        const counts = countBuckets(columns);
        for (const dimension of DIMENSIONS) {
          expect(Object.values(counts[dimension]).reduce((a, b) => a + b, 0)).toBe(table.size);
        }
        const factsByKey = new Map<string, OutreachFacts>();
        facts.forEach((fact, i) => {
          if (i < table.size) factsByKey.set(stringAt(table.key, i), fact);
        });
        const codes = computeNextSteps(columns, table, factsByKey, asOfDay);
        expect(codes.length).toBe(table.size);
        expect(codes.every((code) => code < NEXT_STEPS.length)).toBe(true);
        for (let i = 0; i < table.size; i++) {
          const view = clientAt(table, i);
          expect(view.client.trim()).not.toBe('');
          expect(view.activationLink === '' || view.activationLink.startsWith('https://')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
