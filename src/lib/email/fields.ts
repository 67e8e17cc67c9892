/**
 * Merge fields a template may use, written `{name}` in subject and body, or
 * as a count phrase `{name, plural, one {# licence} other {# licences}}`
 * (ICU MessageFormat's plural, so 0, 1 and many read right in every
 * language). The content build rejects a template using any other name (one
 * source: the site shows them, the tracker fills them).
 */
import { CLIENT_MERGE_FIELDS, type ClientMergeField } from '../tracker/registry';

/** The client's own values come from the tracker's field registry; the rest from the composer and the rep's settings. */
export const MERGE_FIELDS = [
  ...CLIENT_MERGE_FIELDS.map((m) => m.merge),
  'deadline',
  'bookingLink',
  'repName',
  'repCompany',
  'repPhone',
] as const satisfies readonly string[];
export type MergeField = ClientMergeField | 'deadline' | 'bookingLink' | 'repName' | 'repCompany' | 'repPhone';

/** Plural categories of Intl.PluralRules, and exact matches such as `=0`. */
const SELECTOR = String.raw`(?:=\d+|zero|one|two|few|many|other)`;
const FORM = String.raw`${SELECTOR}\s*\{[^{}]*\}`;

/**
 * One placeholder: group 1 is the field, group 2 (count phrases only) the
 * list of forms, e.g. ` one {# licence} other {# licences}`.
 */
export const PLACEHOLDER = new RegExp(String.raw`\{([A-Za-z][A-Za-z0-9]*)(?:,\s*plural,((?:\s*${FORM})+)\s*)?\}`, 'g');

/** The forms of a count phrase, e.g. ' one {# licence} other {# licences}' → [['one', '# licence'], ['other', '# licences']]. */
export function pluralForms(forms: string): [string, string][] {
  return [...forms.matchAll(new RegExp(String.raw`(${SELECTOR})\s*\{([^{}]*)\}`, 'g'))].map((m) => [m[1]!, m[2]!]);
}

/** Names used in a text, in order of first use: 'Hi {adminName}, {client}' → ['adminName', 'client']. */
export function mergeFieldsIn(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) seen.add(match[1]!);
  return [...seen];
}

/** The text with every placeholder removed, to find stray braces: 'a {client} {x, plural, other {#}} b' → 'a   b'. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, '');
}

/** True for a known merge field name. */
export function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}

/**
 * Count phrases in their general (`other`) form with the field in braces,
 * for showing a template on the site:
 * 'of {seatsPurchased, plural, one {# licence} other {# licences}}' → 'of {seatsPurchased} licences'.
 */
export function generalForm(text: string): string {
  return text.replace(PLACEHOLDER, (whole: string, field: string, forms: string | undefined) => {
    if (forms === undefined) return whole;
    const list = pluralForms(forms);
    const other = list.find(([key]) => key === 'other')?.[1] ?? list[list.length - 1]?.[1] ?? '#';
    return other.replace(/#/g, `{${field}}`);
  });
}
