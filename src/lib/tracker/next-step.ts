/**
 * The one recommended next step of each client (tracker.md §4): the first
 * rule that matches wins. Rules are written once, on bucket names, in the
 * spec's order; a client no rule matches gets a status saying why
 * (`on-track`, or `needs-data` with the values it lacks).
 */
import type { StepRef } from '../content/ids';
import { bucketAt, type BucketColumns } from './buckets';
import {
  BUCKETS,
  DIMENSIONS,
  measurableFrom,
  sourceFields,
  type ClientBuckets,
  type Dimension,
  type FieldId,
} from './registry';
import { hasValueAt, stringAt, valueColumn, type ClientTable } from './table';

export type { ClientBuckets } from './registry';

/** The latest activation email logged for a client and the deadline it gave (epoch day). */
export interface OutreachFacts {
  emailLogged: boolean;
  deadlineDay: number | null;
}

/** Why a client is listed: it has a step, it is on track, or the export lacks one of its values. */
export type ClientStatus = 'action' | 'on-track' | 'needs-data';
export const CLIENT_STATUSES: readonly ClientStatus[] = ['action', 'on-track', 'needs-data'];

/** The deadline day itself is not passed: deadlinePassed({ …, deadlineDay: 10 }, 10) → false. */
function deadlinePassed(facts: OutreachFacts, asOfDay: number): boolean {
  return facts.deadlineDay !== null && asOfDay > facts.deadlineDay;
}

const late = (b: ClientBuckets) => b.stage === 'weeks-7-10' || b.stage === 'ongoing';
const lowUsage = (b: ClientBuckets) => b.usage === 'none' || b.usage === 'low';

export interface Rule {
  /** Its number in tracker.md §4. */
  rule: number;
  step: StepRef;
  when: (b: ClientBuckets, facts: OutreachFacts, asOfDay: number) => boolean;
}

/** §4 rules 1–13, in order; rule 14 is "no step" (see statusOf). */
export const RULES: readonly Rule[] = [
  { rule: 1, step: 'activation/email-admins', when: (b, f) => b.activation === 'none' && !f.emailLogged },
  { rule: 2, step: 'activation/monitor', when: (b, f, day) => b.activation === 'none' && f.emailLogged && !deadlinePassed(f, day) },
  { rule: 3, step: 'activation/call', when: (b, f, day) => b.activation === 'none' && deadlinePassed(f, day) },
  { rule: 4, step: 'renewal/lapsed-check', when: (b) => b.renewal === 'lapsed' },
  { rule: 5, step: 'renewal/renewal-call', when: (b) => b.renewal === 'within-45' },
  { rule: 6, step: 'onboarding/welcome-email', when: (b) => b.stage === 'week-1' },
  { rule: 7, step: 'onboarding/deployment-follow-up', when: (b) => b.stage === 'weeks-2-3' && b.deployment !== 'full' && b.deployment !== 'over' },
  { rule: 8, step: 'usage/encourage-usage', when: (b) => b.stage === 'week-4' },
  { rule: 9, step: 'usage/resources-call', when: (b) => b.stage === 'weeks-5-6' },
  { rule: 10, step: 'usage/no-deployment-reminder', when: (b) => late(b) && b.deployment === 'none' },
  { rule: 11, step: 'usage/partial-deployment', when: (b) => late(b) && b.deployment === 'partial' },
  {
    rule: 12,
    step: 'renewal/pre-renewal-review',
    when: (b) => b.renewal === 'within-90' && (lowUsage(b) || b.deployment === 'none' || b.deployment === 'partial'),
  },
  {
    rule: 13,
    step: 'adoption-metrics/offer-training',
    when: (b) => lowUsage(b) && b.stage !== 'upcoming' && b.stage !== 'week-1' && b.stage !== 'weeks-2-3',
  },
];

/** Index of the first matching rule, -1 for none. */
function ruleIndex(b: ClientBuckets, facts: OutreachFacts, asOfDay: number): number {
  for (let r = 0; r < RULES.length; r++) if (RULES[r]!.when(b, facts, asOfDay)) return r;
  return -1;
}

/**
 * The step to take for one client, null when no rule matches.
 * nextStep({ activation: 'none', … }, { emailLogged: false, deadlineDay: null }, day) → 'activation/email-admins'
 */
export function nextStep(b: ClientBuckets, facts: OutreachFacts, asOfDay: number): StepRef | null {
  const r = ruleIndex(b, facts, asOfDay);
  return r < 0 ? null : RULES[r]!.step;
}

/** Dimensions a table can measure at all (see registry.measurableFrom). */
export function measurableDimensions(mapped: readonly FieldId[]): Dimension[] {
  return measurableFrom(mapped);
}

/**
 * The values one client lacks although its file has their columns: for each
 * measurable dimension left `unknown`, the mapped source fields empty or
 * unreadable for this client. [] when nothing is missing (an unknown ratio
 * because 0 licences were purchased is not missing data).
 * missingValuesAt(table, columns, 3) → [{ dimension: 'usage', fields: ['activeUsers'] }]
 */
export function missingValuesAt(
  table: ClientTable,
  columns: BucketColumns,
  index: number,
  measurable: readonly Dimension[] = measurableDimensions(table.mapped),
  mapped: ReadonlySet<FieldId> = new Set(table.mapped),
): { dimension: Dimension; fields: FieldId[] }[] {
  const out: { dimension: Dimension; fields: FieldId[] }[] = [];
  for (const dimension of measurable) {
    if (bucketAt(columns, dimension, index) !== 'unknown') continue;
    const fields = sourceFields(dimension).filter((f) => mapped.has(f) && !hasValueAt(table, f, index));
    if (fields.length > 0) out.push({ dimension, fields });
  }
  return out;
}

/**
 * Status of a client from its step and the values it lacks (§4 rule 14).
 * statusOf('activation/call', []) → 'action'; statusOf(null, [{…}]) → 'needs-data'; statusOf(null, []) → 'on-track'
 */
export function statusOf(step: StepRef | null, missing: readonly unknown[]): ClientStatus {
  if (step !== null) return 'action';
  return missing.length > 0 ? 'needs-data' : 'on-track';
}

/** Every client's step and status, as columns (read them with stepAt / statusAt). */
export interface NextStepColumns {
  /** 0 = no step, r + 1 = RULES[r]; PENDING while a lazy column (lazyNextSteps) has not computed the row. */
  rule: Uint8Array;
  /** Index in CLIENT_STATUSES. */
  status: Uint8Array;
  /** Lazy columns only: computes row `index` into `rule` and `status` (stepAt and statusAt call it). */
  fill?: (index: number) => void;
}

/** A row a lazy column has not computed yet (no rule has this number). */
export const PENDING = 255;

const NO_FACTS: OutreachFacts = { emailLogged: false, deadlineDay: null };

/**
 * Writes row i's step and status into `rule` and `status`. Without a log
 * entry the step depends on the buckets alone, so it is computed once per
 * combination of bucket codes (a few thousand at most) and cached: this runs
 * for every client on the page each time the date or the log changes.
 */
function stepper(
  columns: BucketColumns,
  table: ClientTable,
  factsByKey: ReadonlyMap<string, OutreachFacts>,
  asOfDay: number,
  rule: Uint8Array,
  status: Uint8Array,
): (i: number) => void {
  const b = {} as ClientBuckets;
  const target = b as Record<Dimension, string>;
  const lookUp = factsByKey.size > 0;
  const measurable = measurableDimensions(table.mapped);
  const mapped = new Set(table.mapped);
  const dims = DIMENSIONS.map((d) => ({ d, names: BUCKETS[d] as readonly string[], codes: columns[d] }));
  const activation = dims.findIndex((x) => x.d === 'activation');
  // For needs-data: each measurable dimension's unknown code and the columns of its mapped sources.
  const unknownChecks = dims
    .filter((x) => measurable.includes(x.d))
    .map((x) => ({ codes: x.codes, unknown: x.names.length - 1, sources: sourceFields(x.d).filter((f) => mapped.has(f)).map((f) => valueColumn(table, f)) }));
  const cache = new Int8Array(dims.reduce((n, x) => n * x.names.length, 1)).fill(-2);
  const fill = (i: number) => {
    for (let k = 0; k < dims.length; k++) target[dims[k]!.d] = dims[k]!.names[dims[k]!.codes[i]!] ?? 'unknown';
  };
  return (i: number) => {
    let key = 0;
    for (let k = 0; k < dims.length; k++) {
      const n = dims[k]!.names.length;
      // An out-of-range code reads as unknown (the last name).
      key = key * n + Math.min(dims[k]!.codes[i]!, n - 1);
    }
    const { names, codes } = dims[activation]!;
    // Only activation `none` reads the facts: skip the key lookup for everyone else.
    const facts = lookUp && names[codes[i]!] === 'none' ? factsByKey.get(stringAt(table.key, i)) : undefined;
    let r: number;
    if (facts === undefined) {
      r = cache[key]!;
      if (r === -2) {
        fill(i);
        r = ruleIndex(b, NO_FACTS, asOfDay);
        cache[key] = r;
      }
    } else {
      fill(i);
      r = ruleIndex(b, facts, asOfDay);
    }
    rule[i] = r + 1;
    let state: ClientStatus = 'action';
    if (r < 0) {
      // Same test as missingValuesAt, on the columns directly (no list is built per client).
      let missing = false;
      for (const check of unknownChecks) {
        if (Math.min(check.codes[i]!, check.unknown) !== check.unknown) continue;
        for (const column of check.sources) if (Number.isNaN(column[i]!)) missing = true;
      }
      state = missing ? 'needs-data' : 'on-track';
    }
    status[i] = CLIENT_STATUSES.indexOf(state);
  };
}

/**
 * Next step and status of every client; facts are looked up by merge key.
 * stepAt(computeNextSteps(columns, table, new Map(), day), 0) → 'activation/email-admins'
 */
export function computeNextSteps(
  columns: BucketColumns,
  table: ClientTable,
  factsByKey: ReadonlyMap<string, OutreachFacts>,
  asOfDay: number,
): NextStepColumns {
  const rule = new Uint8Array(table.size);
  const status = new Uint8Array(table.size);
  const step = stepper(columns, table, factsByKey, asOfDay, rule, status);
  for (let i = 0; i < table.size; i++) step(i);
  return { rule, status };
}

/**
 * The same columns, each row computed the first time stepAt or statusAt
 * reads it: the page shows a few dozen rows of 1,000,000 and need not
 * compute the others (the list's order is the view worker's, tracker-view.ts).
 * completeSteps gives the full columns when every row is needed.
 */
export function lazyNextSteps(
  columns: BucketColumns,
  table: ClientTable,
  factsByKey: ReadonlyMap<string, OutreachFacts>,
  asOfDay: number,
): NextStepColumns {
  const rule = new Uint8Array(table.size).fill(PENDING);
  const status = new Uint8Array(table.size);
  return { rule, status, fill: stepper(columns, table, factsByKey, asOfDay, rule, status) };
}

/** Every row computed, and plain columns (no function: they can cross to a worker). */
export function completeSteps(steps: NextStepColumns): NextStepColumns {
  const { rule, status, fill } = steps;
  if (fill) for (let i = 0; i < rule.length; i++) if (rule[i] === PENDING) fill(i);
  return { rule, status };
}

/** Row `index` of a lazy column computed when it is not yet. */
function ready(steps: NextStepColumns, index: number): void {
  if (steps.fill && steps.rule[index] === PENDING) steps.fill(index);
}

/** One client's step, null when none: stepAt(steps, 4) → 'renewal/renewal-call'. */
export function stepAt(steps: NextStepColumns, index: number): StepRef | null {
  ready(steps, index);
  const r = steps.rule[index] ?? 0;
  return r === 0 ? null : RULES[r - 1]!.step;
}

/** One client's status: statusAt(steps, 4) → 'action'. */
export function statusAt(steps: NextStepColumns, index: number): ClientStatus {
  ready(steps, index);
  return CLIENT_STATUSES[steps.status[index] ?? 1] ?? 'on-track';
}

/**
 * Sort key of a client's step: rules in §4 order, clients without a step
 * after every step (needs-data before on-track). stepSortKey(steps, i) → 0…RULES.length + 1
 */
export function stepSortKey(steps: NextStepColumns, index: number): number {
  ready(steps, index);
  const r = steps.rule[index] ?? 0;
  if (r > 0) return r - 1;
  return statusAt(steps, index) === 'needs-data' ? RULES.length : RULES.length + 1;
}

/**
 * Activation `none`, an email logged, and its deadline passed: the call list.
 * isOverdue('none', { emailLogged: true, deadlineDay: 10 }, 11) → true; (…, 10) → false
 */
export function isOverdue(activation: string, facts: OutreachFacts | undefined, asOfDay: number): boolean {
  return activation === 'none' && facts !== undefined && facts.emailLogged && deadlinePassed(facts, asOfDay);
}
