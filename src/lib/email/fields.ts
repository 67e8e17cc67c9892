/**
 * Merge fields a template may use, written `{name}` in subject and body.
 * The content build rejects a template using any other name (one source:
 * the site shows them, the tracker fills them).
 */
export const MERGE_FIELDS = [
  'client',
  'adminName',
  'adminEmail',
  'product',
  'activationLink',
  'deadline',
  'bookingLink',
  'repName',
  'seatsPurchased',
  'seatsAssigned',
  'usersActivated',
  'activeUsers',
  'activationPct',
  'deploymentPct',
  'usagePct',
  'startDate',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const FIELD_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Names used in a text, in order of first use: 'Hi {adminName}, {client}' → ['adminName', 'client']. */
export function mergeFieldsIn(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(FIELD_PATTERN)) seen.add(match[1]!);
  return [...seen];
}

/** True for a known merge field name. */
export function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}
