/**
 * Fills a template's placeholders with a client's values, keeping each value
 * as its own segment so the UI can highlight filled values and show missing
 * ones as gaps to complete (tracker.md §6). Filled text must read natively
 * whatever the value: count phrases take the locale's plural form, vendor
 * blocks reach only that vendor's customers, and a Japanese name that already
 * carries 様 or 御中 is not given a second honorific.
 */
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import type { VendorId } from '../content/ids';
import { isMergeField, PLACEHOLDER, pluralForms, type MergeField } from './fields';
import { bodyFor } from './vendor-blocks';

export type Segment = { kind: 'text'; text: string } | { kind: 'field'; field: string; value: string | null };

export interface Filled {
  subject: Segment[];
  body: Segment[];
  /** Field names without a value, in order of first use (subject first). */
  missing: string[];
}

export type MergeValues = Partial<Record<MergeField, string | null>>;

export interface FillOptions {
  /** Language of the email: picks the plural form of count phrases (default 'en'). */
  locale?: Locale;
  /** The client's vendor: its `:::vendor` blocks are kept, the others dropped; null or absent keeps none. */
  vendor?: VendorId | null;
}

/** A value worth writing into an email, or null: missing, blank, or (at run time) not text. */
function valueOf(values: MergeValues, name: string): string | null {
  // An unknown name has no value: it shows as a gap rather than as `{name}` in a sent email.
  const value: unknown = isMergeField(name) ? values[name] : null;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The whole number a formatted count stands for, null when it is not one,
 * e.g. '1 200' → 1200, '1.200' → 1200, '1,200' → 1200, '12 %' → null.
 * Counts are whole, so every separator of the four locales is a group separator.
 */
export function countOf(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f.,']/g, '');
  return /^\d+$/.test(compact) ? Number(compact) : null;
}

/** One plural-rules object per locale (made once: a merge CSV asks for every client). */
const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_TAGS[locale])));
  return rules;
}

/** The form of a count phrase for a value: an exact `=n` first, then the locale's plural category, then `other`. */
function formFor(forms: [string, string][], value: string | null, locale: Locale): string {
  const other = forms.find(([key]) => key === 'other')?.[1] ?? forms[forms.length - 1]?.[1] ?? '#';
  const n = value === null ? null : countOf(value);
  if (n === null) return other; // a gap reads best in the general form: "[seats] licences"
  const exact = forms.find(([key]) => key === `=${n}`);
  if (exact) return exact[1];
  const category = pluralOf(locale).select(n);
  return forms.find(([key]) => key === category)?.[1] ?? other;
}

function segmentsOf(text: string, values: MergeValues, locale: Locale): Segment[] {
  const segments: Segment[] = [];
  const pushText = (t: string) => {
    if (t === '') return;
    const prev = segments[segments.length - 1];
    if (prev?.kind === 'text') prev.text += t;
    else segments.push({ kind: 'text', text: t });
  };
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    pushText(text.slice(last, match.index));
    const field = match[1]!;
    const value = valueOf(values, field);
    if (match[2] === undefined) segments.push({ kind: 'field', field, value });
    else {
      // '#' stands for the value itself, written as the locale writes numbers.
      formFor(pluralForms(match[2]), value, locale)
        .split('#')
        .forEach((piece, i) => {
          if (i > 0) segments.push({ kind: 'field', field, value });
          pushText(piece);
        });
    }
    last = match.index + match[0].length;
  }
  pushText(text.slice(last));
  return withoutDoubleHonorifics(segments);
}

// Japanese honorifics a name or company may already carry in the export.
const HONORIFIC_END = /(?:様|さま|御中|殿|各位)$/u;
const HONORIFIC_START = /^[ \u3000]?(?:様|さま|御中|殿)/u;

/** Drops the template's 様 / 御中 right after a value that already ends with one: '山田様' + ' 様' → '山田様', never '様様'. */
function withoutDoubleHonorifics(segments: Segment[]): Segment[] {
  return segments
    .map((s, i) => {
      const prev = segments[i - 1];
      if (s.kind !== 'text' || prev?.kind !== 'field' || prev.value === null || !HONORIFIC_END.test(prev.value.trim())) return s;
      return { kind: 'text' as const, text: s.text.replace(HONORIFIC_START, '') };
    })
    .filter((s) => s.kind !== 'text' || s.text !== '');
}

function missingIn(segments: readonly Segment[], into: string[]): void {
  for (const s of segments) if (s.kind === 'field' && s.value === null && !into.includes(s.field)) into.push(s.field);
}

/**
 * Subject and body as text and field segments,
 * e.g. ({ subject: 'Hi {adminName}', body: '' }, { adminName: 'Ana' }) →
 * { subject: [{ kind: 'text', text: 'Hi ' }, { kind: 'field', field: 'adminName', value: 'Ana' }], body: [], missing: [] };
 * ({ subject: '{n, plural, one {# licence} other {# licences}}', … }, { seatsPurchased: '1' }, { locale: 'fr' }) → '1 licence'.
 */
export function fillTemplate(template: { subject: string; body: string }, values: MergeValues, options: FillOptions = {}): Filled {
  const locale = options.locale ?? 'en';
  const subject = segmentsOf(template.subject, values, locale);
  const body = segmentsOf(bodyFor(template.body, options.vendor ?? null), values, locale);
  const missing: string[] = [];
  missingIn(subject, missing);
  missingIn(body, missing);
  return { subject, body, missing };
}

/** Plain text of segments, gaps written by `gap`, e.g. ([text 'Hi ', field adminName null], f => `[${f}]`) → 'Hi [adminName]'. */
export function segmentsToText(segments: readonly Segment[], gap: (field: string) => string): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : (s.value ?? gap(s.field)))).join('');
}
