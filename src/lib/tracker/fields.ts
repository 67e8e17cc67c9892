/**
 * The canonical fields of tracker.md §2. Every header of a rep's export is
 * mapped onto one of these ids; the rest of the domain code speaks only ids.
 */
export const FIELD_IDS = [
  'client',
  'clientId',
  'product',
  'adminName',
  'adminEmail',
  'language',
  'activationLink',
  'seatsPurchased',
  'seatsAssigned',
  'usersActivated',
  'activeUsers',
  'activationPct',
  'deploymentPct',
  'usagePct',
  'startDate',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

/** Fields holding counts (seats, users). */
export const COUNT_FIELDS = ['seatsPurchased', 'seatsAssigned', 'usersActivated', 'activeUsers'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Fields holding a percentage (0–100, or above for inflated usage). */
export const PERCENT_FIELDS = ['activationPct', 'deploymentPct', 'usagePct'] as const;
export type PercentField = (typeof PERCENT_FIELDS)[number];

/** Fields holding free text. */
export const TEXT_FIELDS = ['client', 'clientId', 'product', 'adminName', 'adminEmail', 'language', 'activationLink'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A mapping from field id to the header text exactly as it appears in the file. */
export type Mapping = Partial<Record<FieldId, string>>;

/** True for ids of the canonical fields, e.g. isFieldId('client') → true. */
export function isFieldId(value: string): value is FieldId {
  return (FIELD_IDS as readonly string[]).includes(value);
}
