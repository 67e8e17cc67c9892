/**
 * Fills a template's `{field}` placeholders with a client's values, keeping
 * each value as its own segment so the UI can highlight filled values and
 * show missing ones as gaps to complete (tracker.md §6).
 */
import { isMergeField, type MergeField } from './fields';

export type Segment = { kind: 'text'; text: string } | { kind: 'field'; field: string; value: string | null };

export interface Filled {
  subject: Segment[];
  body: Segment[];
  /** Field names without a value, in order of first use (subject first). */
  missing: string[];
}

export type MergeValues = Partial<Record<MergeField, string | null>>;

// Same placeholder syntax as `mergeFieldsIn` (fields.ts).
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A value worth writing into an email, or null: missing, blank, or (at run time) not text. */
function valueOf(values: MergeValues, name: string): string | null {
  // An unknown name has no value: it shows as a gap rather than as `{name}` in a sent email.
  const value: unknown = isMergeField(name) ? values[name] : null;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function segmentsOf(text: string, values: MergeValues): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const field = match[1]!;
    segments.push({ kind: 'field', field, value: valueOf(values, field) });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

function missingIn(segments: readonly Segment[], into: string[]): void {
  for (const s of segments) if (s.kind === 'field' && s.value === null && !into.includes(s.field)) into.push(s.field);
}

/**
 * Subject and body as text and field segments,
 * e.g. ({ subject: 'Hi {adminName}', body: '' }, { adminName: 'Ana' }) →
 * { subject: [{ kind: 'text', text: 'Hi ' }, { kind: 'field', field: 'adminName', value: 'Ana' }], body: [], missing: [] }.
 */
export function fillTemplate(template: { subject: string; body: string }, values: MergeValues): Filled {
  const subject = segmentsOf(template.subject, values);
  const body = segmentsOf(template.body, values);
  const missing: string[] = [];
  missingIn(subject, missing);
  missingIn(body, missing);
  return { subject, body, missing };
}

/** Plain text of segments, gaps written by `gap`, e.g. ([text 'Hi ', field adminName null], f => `[${f}]`) → 'Hi [adminName]'. */
export function segmentsToText(segments: readonly Segment[], gap: (field: string) => string): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : (s.value ?? gap(s.field)))).join('');
}
