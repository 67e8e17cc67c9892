/**
 * Stable ids of content.md. They appear in URLs, in the tracker's next-step
 * rules and in links trainers share: never rename one, add freely.
 */
export const PLAYBOOK_STEPS = {
  activation: ['email-admins', 'monitor', 'call', 'assign-roles'],
  onboarding: ['welcome-email', 'onboarding-session', 'welcome-call', 'deployment-follow-up', 'follow-up-call'],
  usage: ['encourage-usage', 'resources-call', 'no-deployment-reminder', 'partial-deployment'],
  'adoption-metrics': ['read-the-numbers', 'offer-training', 'self-service-support'],
  renewal: ['pre-renewal-review', 'renewal-call', 'lapsed-check'],
} as const;

export type PlaybookId = keyof typeof PLAYBOOK_STEPS;
export const PLAYBOOK_IDS = Object.keys(PLAYBOOK_STEPS) as PlaybookId[];

/** `playbook/step`, e.g. `activation/email-admins`. */
export type StepRef = {
  [P in PlaybookId]: `${P}/${(typeof PLAYBOOK_STEPS)[P][number]}`;
}[PlaybookId];

export const TEMPLATE_IDS = [
  'activation-request',
  'welcome',
  'deployment-follow-up',
  'usage-encouragement',
  'no-deployment-reminder',
  'partial-deployment',
  'training-offer',
  'activation-thanks',
  'voicemail-follow-up',
  'roles-recap',
  'resources-follow-up',
  'renewal-reminder',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const SCRIPT_IDS = ['activation-call', 'welcome-call', 'follow-up-call', 'usage-call', 'renewal-call', 'roles-session'] as const;
export type ScriptId = (typeof SCRIPT_IDS)[number];

export const OBJECTION_IDS = [
  'not-all-tools',
  'control-updates',
  'file-sharing',
  'accessible-support',
  'unclear-value',
  'many-how-to-questions',
] as const;
export type ObjectionId = (typeof OBJECTION_IDS)[number];

export const GLOSSARY_IDS = [
  'entitlement',
  'assigned-licenses',
  'activated-users',
  'active-users',
  'activation-rate',
  'deployment-rate',
  'usage-rate',
  'inflated-usage',
] as const;

export const VENDOR_IDS = ['microsoft', 'adobe', '3dexperience'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

/** Each vendor's name as its customers read it (a brand: the same in every locale). */
export const VENDOR_NAMES: Record<VendorId, string> = {
  microsoft: 'Microsoft',
  adobe: 'Adobe',
  '3dexperience': '3DEXPERIENCE',
};

/** Every step ref in playbook order, e.g. ['activation/email-admins', …]. */
export const STEP_REFS: StepRef[] = PLAYBOOK_IDS.flatMap((p) =>
  PLAYBOOK_STEPS[p].map((s) => `${p}/${s}` as StepRef),
);
