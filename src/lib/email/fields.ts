/**
 * Merge fields a template may use, written `{name}` in subject and body.
 * The content build rejects a template using any other name (one source:
 * the site shows them, the tracker fills them).
 */
import { CLIENT_MERGE_FIELDS, type ClientMergeField } from '../tracker/registry';

/** The client's own values come from the tracker's field registry; the rest from the composer and the rep's settings. */
export const MERGE_FIELDS = [
  ...CLIENT_MERGE_FIELDS.map((m) => m.merge),
  'deadline',
  'bookingLink',
  'repName',
] as const satisfies readonly string[];
export type MergeField = ClientMergeField | 'deadline' | 'bookingLink' | 'repName';

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
