/**
 * What must be identical in every locale, per collection: the values the
 * parity check compares (ids, order, step lists, merge fields, export
 * columns). Pure, so the content config and the unit tests share one rule.
 */
import { MERGE_FIELDS, mergeFieldsIn } from '../email/fields';
import { isVendorId, vendorsIn } from '../email/vendor-blocks';
import type { LocalizedEntry } from './parity';

export type CollectionName = 'playbooks' | 'steps' | 'templates' | 'scripts' | 'objections' | 'glossary' | 'vendors';

const pick =
  (...keys: string[]) =>
  (entry: LocalizedEntry) =>
    keys.map((k) => entry.data[k] ?? null);

/** Merge fields of a template (subject and body), sorted: ['adminName', 'client', …]. */
export function templateFields(entry: LocalizedEntry): string[] {
  return mergeFieldsIn(`${String(entry.data['subject'] ?? '')}\n${entry.body ?? ''}`).sort();
}

/**
 * A template's step, fields and vendor blocks (the same vendors in every
 * locale); an unknown merge field or vendor is an authoring error named in the build.
 */
function templateStructure(entry: LocalizedEntry) {
  const fields = templateFields(entry);
  const unknown = fields.filter((f) => !(MERGE_FIELDS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`Template ${entry.id} uses unknown merge fields: ${unknown.join(', ')}`);
  const vendors = vendorsIn(entry.body ?? '');
  const strangers = vendors.filter((v) => !isVendorId(v));
  if (strangers.length > 0) throw new Error(`Template ${entry.id} has blocks for unknown vendors: ${strangers.join(', ')}`);
  return { step: entry.data['step'], fields, vendors };
}

/** Vendors an item has a note for, sorted: vendorsNoted({ data: { vendorNotes: [{ vendor: 'adobe' }] } }) → ['adobe']. */
export function vendorsNoted(entry: LocalizedEntry): string[] {
  const notes = (entry.data['vendorNotes'] ?? []) as { vendor?: unknown }[];
  return [...new Set(notes.map((n) => String(n.vendor)))].sort();
}

/** Steps: the linked items, whether the step is optional and which vendors have a note (content.md "Facts"). */
function stepStructure(entry: LocalizedEntry) {
  return [...pick('weeks', 'channel', 'templates', 'scripts', 'objections')(entry), entry.data['optional'] === true, vendorsNoted(entry)];
}

/** structureOf per collection (templates: { step, fields, vendors }): STRUCTURE.steps(entry) → [weeks, channel, templates, scripts, objections, optional, vendors]. */
export const STRUCTURE: Record<CollectionName, (entry: LocalizedEntry) => unknown> = {
  playbooks: pick('order', 'steps'),
  steps: stepStructure,
  templates: templateStructure,
  scripts: pick('step', 'templates', 'objections'),
  objections: (entry) => [entry.data['order'] ?? null, vendorsNoted(entry)],
  // Whether a term has a formula is structure: a formula missing in one locale is a missing fact.
  glossary: (entry) => [entry.data['order'] ?? null, typeof entry.data['formula'] === 'string'],
  vendors: pick('order', 'columns'),
};
