import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STEP_REFS, type StepRef } from '../../../src/lib/content/ids';
import { DIMENSIONS, bucketsAt, computeBuckets, countBuckets } from '../../../src/lib/tracker/buckets';
import { FIELD_IDS, type FieldId, type Mapping } from '../../../src/lib/tracker/registry';
import {
  RULES,
  computeNextSteps,
  completeSteps,
  isOverdue,
  lazyNextSteps,
  PENDING,
  missingValuesAt,
  nextStep,
  statusAt,
  statusOf,
  stepAt,
  stepSortKey,
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
const ON_TRACK: ClientBuckets = { activation: 'full', deployment: 'full', usage: 'good', stage: 'ongoing', renewal: 'later' };

describe('nextStep', () => {
  // Rule numbers are those of tracker.md §4.
  const cases: { description: string; input: [Partial<ClientBuckets>, OutreachFacts]; expected: StepRef | null }[] = [
    // rules 1–3 and their precedence over every later rule
    { description: '1: activation none, no email', input: [{ activation: 'none' }, NO_EMAIL], expected: 'activation/email-admins' },
    { description: '1 beats the stage rules', input: [{ activation: 'none', stage: 'week-1' }, NO_EMAIL], expected: 'activation/email-admins' },
    { description: '1 beats a lapsed renewal', input: [{ activation: 'none', renewal: 'lapsed' }, NO_EMAIL], expected: 'activation/email-admins' },
    { description: '1 even with a deadline but no email', input: [{ activation: 'none' }, { emailLogged: false, deadlineDay: DAY - 9 }], expected: 'activation/email-admins' },
    { description: '2: email logged, deadline ahead', input: [{ activation: 'none' }, ON_TIME], expected: 'activation/monitor' },
    { description: '2: the deadline day itself is not passed', input: [{ activation: 'none' }, DEADLINE_TODAY], expected: 'activation/monitor' },
    { description: '2: email logged without a deadline', input: [{ activation: 'none' }, NO_DEADLINE], expected: 'activation/monitor' },
    { description: '2 beats the stage rules', input: [{ activation: 'none', stage: 'weeks-5-6' }, ON_TIME], expected: 'activation/monitor' },
    { description: '3: deadline passed', input: [{ activation: 'none' }, OVERDUE], expected: 'activation/call' },
    { description: '3 beats the renewal call', input: [{ activation: 'none', renewal: 'within-45' }, OVERDUE], expected: 'activation/call' },
    { description: 'facts are ignored once activation is not none', input: [{ activation: 'partial' }, OVERDUE], expected: null },
    { description: 'unknown activation is not none', input: [{ activation: 'unknown' }, NO_EMAIL], expected: null },
    // rules 4–5: renewal, before every stage rule
    { description: '4: renewal lapsed', input: [{ renewal: 'lapsed' }, NO_EMAIL], expected: 'renewal/lapsed-check' },
    { description: '4 beats week 1', input: [{ renewal: 'lapsed', stage: 'week-1' }, NO_EMAIL], expected: 'renewal/lapsed-check' },
    { description: '5: renewal within 45 days', input: [{ renewal: 'within-45' }, NO_EMAIL], expected: 'renewal/renewal-call' },
    { description: '5 beats no deployment', input: [{ renewal: 'within-45', deployment: 'none', stage: 'weeks-7-10' }, NO_EMAIL], expected: 'renewal/renewal-call' },
    // rules 6–11
    { description: '6: week 1', input: [{ stage: 'week-1', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'onboarding/welcome-email' },
    { description: '7: weeks 2–3, deployment partial', input: [{ stage: 'weeks-2-3', deployment: 'partial' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: '7: weeks 2–3, deployment none', input: [{ stage: 'weeks-2-3', deployment: 'none' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: '7: weeks 2–3, deployment unknown', input: [{ stage: 'weeks-2-3', deployment: 'unknown' }, NO_EMAIL], expected: 'onboarding/deployment-follow-up' },
    { description: 'not 7: weeks 2–3, deployment full', input: [{ stage: 'weeks-2-3', deployment: 'full', usage: 'low' }, NO_EMAIL], expected: null },
    { description: 'not 7: weeks 2–3, deployment over', input: [{ stage: 'weeks-2-3', deployment: 'over', usage: 'none' }, NO_EMAIL], expected: null },
    { description: '8: week 4', input: [{ stage: 'week-4', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/encourage-usage' },
    { description: '9: weeks 5–6', input: [{ stage: 'weeks-5-6', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/resources-call' },
    { description: '10: weeks 7–10, deployment none', input: [{ stage: 'weeks-7-10', deployment: 'none', usage: 'none' }, NO_EMAIL], expected: 'usage/no-deployment-reminder' },
    { description: '10: ongoing, deployment none', input: [{ stage: 'ongoing', deployment: 'none' }, NO_EMAIL], expected: 'usage/no-deployment-reminder' },
    { description: '10 beats the pre-renewal review', input: [{ stage: 'ongoing', deployment: 'none', renewal: 'within-90' }, NO_EMAIL], expected: 'usage/no-deployment-reminder' },
    { description: '11: weeks 7–10, deployment partial', input: [{ stage: 'weeks-7-10', deployment: 'partial', usage: 'low' }, NO_EMAIL], expected: 'usage/partial-deployment' },
    { description: '11: ongoing, deployment partial', input: [{ stage: 'ongoing', deployment: 'partial' }, NO_EMAIL], expected: 'usage/partial-deployment' },
    // rule 12: within 90 days of renewal with weak figures
    { description: '12: within 90, usage low', input: [{ renewal: 'within-90', usage: 'low' }, NO_EMAIL], expected: 'renewal/pre-renewal-review' },
    { description: '12: within 90, usage none', input: [{ renewal: 'within-90', usage: 'none' }, NO_EMAIL], expected: 'renewal/pre-renewal-review' },
    { description: '12: within 90, deployment partial, stage unknown', input: [{ renewal: 'within-90', deployment: 'partial', stage: 'unknown' }, NO_EMAIL], expected: 'renewal/pre-renewal-review' },
    { description: '12: within 90, deployment none, stage unknown', input: [{ renewal: 'within-90', deployment: 'none', stage: 'unknown' }, NO_EMAIL], expected: 'renewal/pre-renewal-review' },
    { description: '12 beats the training offer', input: [{ renewal: 'within-90', usage: 'none', stage: 'ongoing' }, NO_EMAIL], expected: 'renewal/pre-renewal-review' },
    { description: 'not 12: within 90 with good figures', input: [{ renewal: 'within-90' }, NO_EMAIL], expected: null },
    { description: 'not 12: later renewal, usage low → 13', input: [{ renewal: 'later', usage: 'low' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    // rule 13
    { description: '13: ongoing, full, usage none', input: [{ usage: 'none' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '13: ongoing, over, usage low', input: [{ deployment: 'over', usage: 'low' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '13: weeks 7–10, deployment unknown, usage low', input: [{ stage: 'weeks-7-10', deployment: 'unknown', usage: 'low' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: '13: unknown stage is not an early stage', input: [{ stage: 'unknown', usage: 'none' }, NO_EMAIL], expected: 'adoption-metrics/offer-training' },
    { description: 'not 13: upcoming', input: [{ stage: 'upcoming', usage: 'none' }, NO_EMAIL], expected: null },
    // rule 14: no step
    { description: '14: good usage', input: [{}, NO_EMAIL], expected: null },
    { description: '14: inflated usage', input: [{ usage: 'inflated' }, NO_EMAIL], expected: null },
    { description: '14: everything unknown', input: [{ usage: 'unknown', stage: 'unknown', deployment: 'unknown', activation: 'unknown', renewal: 'unknown' }, NO_EMAIL], expected: null },
    { description: '14: upcoming with no deployment', input: [{ stage: 'upcoming', deployment: 'none' }, NO_EMAIL], expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(nextStep({ ...ON_TRACK, ...input[0] }, input[1], DAY)).toBe(expected));
  }
});

describe('RULES', () => {
  test('rules 1–13 in the order of tracker.md §4, each a real playbook step, each once', () => {
    expect(RULES.map((r) => r.rule)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(RULES.every((r) => STEP_REFS.includes(r.step))).toBe(true);
    expect(new Set(RULES.map((r) => r.step)).size).toBe(RULES.length);
  });
});

describe('statusOf', () => {
  const cases: { description: string; input: [StepRef | null, unknown[]]; expected: string }[] = [
    { description: 'a step is an action', input: ['activation/call', []], expected: 'action' },
    { description: 'a step wins over missing data', input: ['activation/call', [{}]], expected: 'action' },
    { description: 'no step, a value missing: needs data', input: [null, [{}]], expected: 'needs-data' },
    { description: 'no step, nothing missing: on track', input: [null, []], expected: 'on-track' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(statusOf(...input)).toBe(expected));
  }
});

describe('isOverdue', () => {
  const cases: { description: string; input: [ClientBuckets['activation'], OutreachFacts | undefined]; expected: boolean }[] = [
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

describe('lazyNextSteps', () => {
  test('computes nothing until a row is read, then only that row', () => {
    const { table } = buildClientTable(['Client', 'Seats', 'Assigned'], [['A', '10', '0'], ['B', '10', '10'], ['C', '10', '5']], { client: 'Client', seatsPurchased: 'Seats', seatsAssigned: 'Assigned' }, { decimal: '.', dayFirst: false });
    const lazy = lazyNextSteps(computeBuckets(table, DAY), table, new Map(), DAY);
    expect([...lazy.rule]).toEqual([PENDING, PENDING, PENDING]);
    expect(stepAt(lazy, 1)).toBe(stepAt(computeNextSteps(computeBuckets(table, DAY), table, new Map(), DAY), 1));
    expect(lazy.rule[0]).toBe(PENDING);
    expect(lazy.rule[1]).not.toBe(PENDING);
    expect(lazy.rule[2]).toBe(PENDING);
  });
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
      const steps = computeNextSteps(columns, table, input, DAY);
      expect(Array.from({ length: table.size }, (_, i) => stepAt(steps, i))).toEqual(expected);
    });
  }

  test('an out-of-range bucket code reads as unknown', () => {
    const broken = { ...columns, activation: Uint8Array.from([99, 0, 0, 0]), stage: Uint8Array.from([99, 1, 1, 1]) };
    const steps = computeNextSteps(broken, table, new Map(), DAY);
    // Client 0: activation unknown (not none), stage unknown, usage unknown → no step.
    expect(stepAt(steps, 0)).toBeNull();
    const all = computeNextSteps(
      { activation: Uint8Array.from([1]), deployment: Uint8Array.from([99]), usage: Uint8Array.from([99]), stage: Uint8Array.from([2]), renewal: Uint8Array.from([99]) },
      table,
      new Map(),
      DAY,
    );
    // Deployment unknown in weeks 2–3 is not full: the follow-up step.
    expect(stepAt(all, 0)).toBe('onboarding/deployment-follow-up');
  });

  test('agrees with nextStep client by client', () => {
    const facts = new Map([['id:T-2', OVERDUE]]);
    const steps = computeNextSteps(columns, table, facts, DAY);
    for (let i = 0; i < table.size; i++) {
      expect(stepAt(steps, i)).toBe(nextStep(bucketsAt(columns, i), facts.get(stringAt(table.key, i)) ?? NO_EMAIL, DAY));
    }
  });

  test('English sample: steps worked out by hand', () => {
    const { headers, rows, mapping, options } = englishSample();
    const { table: sample } = buildClientTable(headers, rows, mapping, options);
    const steps = computeNextSteps(computeBuckets(sample, SAMPLE_AS_OF), sample, new Map(), SAMPLE_AS_OF);
    const at = (name: string) => {
      const index = Array.from({ length: sample.size }, (_, i) => clientAt(sample, i).client).indexOf(name);
      return { step: stepAt(steps, index), status: statusAt(steps, index) };
    };
    expect(at('Acme Design')).toEqual({ step: 'activation/email-admins', status: 'action' }); // 0 of 10 activated
    expect(at('Kestrel Video')).toEqual({ step: 'usage/partial-deployment', status: 'action' }); // 9 of 120 assigned, 86 days in
    expect(at('Juniper Publishing')).toEqual({ step: 'usage/no-deployment-reminder', status: 'action' }); // 0 of 50 assigned, 104 days in
    expect(at('Fjord Engineering')).toEqual({ step: 'adoption-metrics/offer-training', status: 'action' }); // all assigned, 0 active
    expect(at('Iris Motion')).toEqual({ step: null, status: 'on-track' }); // low usage but only 15 days in, fully deployed
    expect(at('Oakridge Partners II')).toEqual({ step: 'usage/resources-call', status: 'action' }); // 29 days in
    expect(at('Granite Works')).toEqual({ step: null, status: 'on-track' }); // 50/50 assigned, 50 active of 50
    // Renewal rules (tracker.md §4 rules 4, 5, 12), before the stage rules; activation still comes first.
    expect(at('Meridian Build')).toEqual({ step: 'renewal/lapsed-check', status: 'action' }); // renewal 2026-11-15, passed
    expect(at('Pioneer Animation')).toEqual({ step: 'renewal/renewal-call', status: 'action' }); // in 28 days
    expect(at('Helix Labs II')).toEqual({ step: 'renewal/pre-renewal-review', status: 'action' }); // in 61 days, 0 active of 120
    expect(at('Lighthouse Agency')).toEqual({ step: 'activation/email-admins', status: 'action' }); // in 30 days, but 0 activated
    // Every value of every mapped column is readable: no client needs data.
    expect(Array.from({ length: sample.size }, (_, i) => statusAt(steps, i)).includes('needs-data')).toBe(false);
  });

  test('French sample: stage rules alone (no activation column)', () => {
    const { headers, rows, mapping, options } = frenchSample();
    const { table: sample } = buildClientTable(headers, rows, mapping, options);
    const steps = computeNextSteps(computeBuckets(sample, SAMPLE_AS_OF), sample, new Map(), SAMPLE_AS_OF);
    expect(stepAt(steps, 0)).toBe('usage/encourage-usage'); // Acme Design, 21 days in
    expect(stepAt(steps, 2)).toBe('usage/no-deployment-reminder'); // Cobalt Media, 0 of 5 assigned
    expect(stepAt(steps, 8)).toBeNull(); // Iris Motion, 15 days in, fully deployed
    expect(statusAt(steps, 8)).toBe('on-track');
  });

  describe('status and missing values', () => {
    const H = ['Client', 'Sold', 'Assigned', 'Active', 'Start', 'Renewal'];
    const M: Mapping = { client: 'Client', seatsPurchased: 'Sold', seatsAssigned: 'Assigned', activeUsers: 'Active', startDate: 'Start', renewalDate: 'Renewal' };
    // As of 2026-03-01: everyone started long ago, fully deployed, good usage, renewal far away, unless a cell is empty.
    const rows = [
      ['Full', '10', '10', '8', '2025-01-01', '2027-01-01'],
      ['No active', '10', '10', '', '2025-01-01', '2027-01-01'],
      ['Bad renewal', '10', '10', '8', '2025-01-01', 'soon'],
      ['Zero seats', '0', '0', '0', '2025-01-01', '2027-01-01'],
      ['No start', '10', '10', '8', '', '2027-01-01'],
    ];
    const { table } = buildClientTable(H, rows, M, { decimal: '.', dayFirst: false });
    const columns = computeBuckets(table, DAY);
    const steps = computeNextSteps(columns, table, new Map(), DAY);
    const cases: { description: string; input: number; expected: { status: string; missing: FieldId[] } }[] = [
      { description: 'every value present: on track', input: 0, expected: { status: 'on-track', missing: [] } },
      { description: 'active users empty: needs data, says which', input: 1, expected: { status: 'needs-data', missing: ['activeUsers'] } },
      { description: 'unreadable renewal date: needs data', input: 2, expected: { status: 'needs-data', missing: ['renewalDate'] } },
      // Activation is not in the file at all: never a reason for needs-data.
      { description: '0 licences purchased is not missing data', input: 3, expected: { status: 'on-track', missing: [] } },
      { description: 'empty start date: needs data', input: 4, expected: { status: 'needs-data', missing: ['startDate'] } },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => {
        const missing = missingValuesAt(table, columns, input).flatMap((m) => m.fields);
        expect({ status: statusAt(steps, input), missing }).toEqual(expected);
      });
    }

    test('no step sorts after every step, needs-data before on-track', () => {
      const keys = Array.from({ length: table.size }, (_, i) => stepSortKey(steps, i));
      expect(keys[1]).toBe(RULES.length);
      expect(keys[0]).toBe(RULES.length + 1);
    });
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
        const steps = computeNextSteps(columns, table, factsByKey, asOfDay);
        // The lazy columns the page reads (a few rows, in list order) give the same rows, read in any order.
        const lazy = lazyNextSteps(columns, table, factsByKey, asOfDay);
        for (let i = table.size - 1; i >= 0; i -= 2) {
          expect([stepAt(lazy, i), statusAt(lazy, i), stepSortKey(lazy, i)]).toEqual([stepAt(steps, i), statusAt(steps, i), stepSortKey(steps, i)]);
        }
        const complete = completeSteps(lazy);
        expect(complete.fill).toBeUndefined();
        expect([...complete.rule]).toEqual([...steps.rule]);
        expect([...complete.status]).toEqual([...steps.status]);
        for (let i = 0; i < table.size; i++) {
          const step = stepAt(steps, i);
          expect(step === null || STEP_REFS.includes(step)).toBe(true);
          expect(statusAt(steps, i)).toBe(step === null ? (missingValuesAt(table, columns, i).length > 0 ? 'needs-data' : 'on-track') : 'action');
        }
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
