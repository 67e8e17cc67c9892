/**
 * The one recommended next step of each client (tracker.md §4): the first
 * rule that matches wins. Rules are written once, on bucket names; the column
 * version feeds them a reused object per client.
 */
import type { StepRef } from '../content/ids';
import {
  ACTIVATION_BUCKETS,
  DEPLOYMENT_BUCKETS,
  STAGE_BUCKETS,
  USAGE_BUCKETS,
  type ActivationBucket,
  type BucketColumns,
  type DeploymentBucket,
  type StageBucket,
  type UsageBucket,
} from './buckets';
import { stringAt, type ClientTable } from './table';

/** The latest activation email logged for a client and the deadline it gave (epoch day). */
export interface OutreachFacts {
  emailLogged: boolean;
  deadlineDay: number | null;
}

export interface ClientBuckets {
  activation: ActivationBucket;
  deployment: DeploymentBucket;
  usage: UsageBucket;
  stage: StageBucket;
}

/** Code table of computeNextSteps: index 0 = null (on track). */
export const NEXT_STEPS: readonly (StepRef | null)[] = [
  null,
  'activation/email-admins',
  'activation/monitor',
  'activation/call',
  'onboarding/welcome-email',
  'onboarding/deployment-follow-up',
  'usage/encourage-usage',
  'usage/resources-call',
  'usage/no-deployment-reminder',
  'usage/partial-deployment',
  'adoption-metrics/offer-training',
];

/** Too early to judge usage (rule 10). */
const EARLY_STAGES: ReadonlySet<StageBucket> = new Set(['upcoming', 'week-1', 'weeks-2-3']);

const NO_FACTS: OutreachFacts = { emailLogged: false, deadlineDay: null };

/** The deadline day itself is not passed: deadlinePassed({ …, deadlineDay: 10 }, 10) → false. */
function deadlinePassed(facts: OutreachFacts, asOfDay: number): boolean {
  return facts.deadlineDay !== null && asOfDay > facts.deadlineDay;
}

/** §4 as an index into NEXT_STEPS. */
function nextStepCode(b: ClientBuckets, facts: OutreachFacts, asOfDay: number): number {
  if (b.activation === 'none') {
    if (!facts.emailLogged) return 1;
    return deadlinePassed(facts, asOfDay) ? 3 : 2;
  }
  const late = b.stage === 'weeks-7-10' || b.stage === 'ongoing';
  if (b.stage === 'week-1') return 4;
  if (b.stage === 'weeks-2-3' && b.deployment !== 'full' && b.deployment !== 'over') return 5;
  if (b.stage === 'week-4') return 6;
  if (b.stage === 'weeks-5-6') return 7;
  if (late && b.deployment === 'none') return 8;
  if (late && b.deployment === 'partial') return 9;
  if ((b.usage === 'none' || b.usage === 'low') && !EARLY_STAGES.has(b.stage)) return 10;
  return 0;
}

/**
 * The step to take for one client, null when on track.
 * nextStep({ activation: 'none', … }, { emailLogged: false, deadlineDay: null }, day) → 'activation/email-admins'
 */
export function nextStep(b: ClientBuckets, facts: OutreachFacts, asOfDay: number): StepRef | null {
  return NEXT_STEPS[nextStepCode(b, facts, asOfDay)]!;
}

/**
 * Next-step codes (index in NEXT_STEPS) of every client; facts are looked up by merge key.
 * computeNextSteps(columns, table, new Map(), day)[0] → 1 ('activation/email-admins')
 */
export function computeNextSteps(
  columns: BucketColumns,
  table: ClientTable,
  factsByKey: ReadonlyMap<string, OutreachFacts>,
  asOfDay: number,
): Uint8Array {
  const out = new Uint8Array(table.size);
  const b: ClientBuckets = { activation: 'unknown', deployment: 'unknown', usage: 'unknown', stage: 'unknown' };
  const lookUp = factsByKey.size > 0;
  for (let i = 0; i < table.size; i++) {
    b.activation = ACTIVATION_BUCKETS[columns.activation[i]!] ?? 'unknown';
    b.deployment = DEPLOYMENT_BUCKETS[columns.deployment[i]!] ?? 'unknown';
    b.usage = USAGE_BUCKETS[columns.usage[i]!] ?? 'unknown';
    b.stage = STAGE_BUCKETS[columns.stage[i]!] ?? 'unknown';
    // Only activation `none` reads the facts: skip the key lookup for everyone else.
    const facts = lookUp && b.activation === 'none' ? (factsByKey.get(stringAt(table.key, i)) ?? NO_FACTS) : NO_FACTS;
    out[i] = nextStepCode(b, facts, asOfDay);
  }
  return out;
}

/**
 * Activation `none`, an email logged, and its deadline passed: the call list.
 * isOverdue('none', { emailLogged: true, deadlineDay: 10 }, 11) → true; (…, 10) → false
 */
export function isOverdue(activation: ActivationBucket, facts: OutreachFacts | undefined, asOfDay: number): boolean {
  return activation === 'none' && facts !== undefined && facts.emailLogged && deadlinePassed(facts, asOfDay);
}
