/**
 * Suggests which header of an export holds which canonical field
 * (tracker.md §2). A suggestion only: the rep reviews it in the mapping form,
 * and the chosen mapping is remembered per header set (headerSetKey).
 */
import { FIELDS, FIELD_IDS, isFieldId, measurableFrom, ratioSources, type FieldId, type Mapping } from '../tracker/registry';
import { headerTokens, normalizeHeader } from './normalize';
import { SYNONYMS } from './synonyms';

/** Fields an import cannot do without. */
export const REQUIRED_FIELDS: readonly FieldId[] = ['client'];

/** Below this score a header is left for the rep to map. */
export const MIN_SCORE = 50;

// What a header says about the kind of value it holds, whatever its subject:
// 'Customer Email' is an email, not a customer; 'Licences attribuées (%)' is
// a percentage, not a count.
type Marker = 'pct' | 'email' | 'link' | 'id';
type Kind = Marker | 'count' | 'text';

const MARKER_TOKENS: Record<Marker, readonly string[]> = {
  pct: ['percent', 'percentage', 'pourcentage', 'porcentagem', 'percentual', 'pct', 'taux', 'taxa', 'rate', 'ratio'],
  email: ['email', 'mail', 'courriel'],
  link: ['link', 'url', 'lien', 'uri', 'href'],
  id: ['id', 'identifier', 'identifiant', 'identificador', 'guid', 'uuid'],
};
// Markers that are not words: symbols and Japanese.
const MARKER_TEXT: Record<Marker, readonly string[]> = {
  pct: ['%', '率', '割合'],
  email: ['メール'],
  link: ['リンク'],
  id: ['識別子'],
};

/** How a header of each field is recognised, from the registry's kinds and markers. */
function kindOf(field: FieldId): Kind {
  const spec = FIELDS[field];
  if (spec.kind === 'count') return 'count';
  if (spec.kind === 'percent') return 'pct';
  if (spec.kind === 'text' && 'marker' in spec) return spec.marker;
  return 'text';
}
const KIND = Object.fromEntries(FIELD_IDS.map((f) => [f, kindOf(f)])) as Record<FieldId, Kind>;

/** A percent column named like a count is that count's percentage: 'Assigned %' → deploymentPct. */
const PERCENT_OF_COUNT: Partial<Record<FieldId, FieldId>> = Object.fromEntries(
  FIELD_IDS.flatMap((f) => {
    const spec = FIELDS[f];
    return spec.kind === 'percent' ? [[f, spec.percentOf as FieldId]] : [];
  }),
);

// Little words that do not tell columns apart ('Number of licences' ~ 'licences').
const STOP_WORDS = new Set([
  'of', 'the', 'and', 'in', 'per', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'par', 'pour', 'da', 'do',
  'das', 'dos', 'e', 'em', 'no', 'na', 'para', 'a', 'o',
]);

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Plural-blind word: 'licences' and 'licence' compare equal. */
function stem(token: string): string {
  return token.length > 3 && token.endsWith('s') ? token.slice(0, -1) : token;
}

interface Form {
  /** normalizeHeader text. */
  text: string;
  /** Stemmed words without stop words. */
  words: string[];
  /** True for Japanese text, compared by substring (no spaces between words). */
  japanese: boolean;
  /** A synonym written with '%' ('% de uso'): only a header marked as a percentage matches it. */
  percent: boolean;
}

function formOf(text: string): Form {
  const words = headerTokens(text)
    .filter((t) => !STOP_WORDS.has(t))
    .map(stem);
  return { text: normalizeHeader(text), words, japanese: JAPANESE.test(text), percent: text.includes('%') };
}

const FORMS: Record<FieldId, Form[]> = Object.fromEntries(
  FIELD_IDS.map((field) => [field, SYNONYMS[field].map(formOf)]),
) as Record<FieldId, Form[]>;

function markersOf(header: string, tokens: readonly string[]): Set<Marker> {
  const text = header.normalize('NFKC');
  const found = new Set<Marker>();
  for (const marker of Object.keys(MARKER_TOKENS) as Marker[]) {
    if (tokens.some((t) => MARKER_TOKENS[marker].includes(t)) || MARKER_TEXT[marker].some((m) => text.includes(m))) {
      found.add(marker);
    }
  }
  return found;
}

/** True when `needle` appears as consecutive words of `hay`. */
function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let start = 0; start + needle.length <= hay.length; start++) {
    if (needle.every((word, i) => hay[start + i] === word)) return true;
  }
  return false;
}

/** How well a header matches one synonym, 0–100. */
function synonymScore(header: Form, synonym: Form): number {
  if (synonym.text === '') return 0;
  if (header.text === synonym.text) return 100;
  if (header.words.length > 0 && header.words.join('') === synonym.words.join('')) return 95;
  // Containment: the synonym is part of the header ('Total Licences Purchased'
  // ⊃ 'Licences Purchased'); Japanese has no spaces, so by substring there.
  const contained = synonym.japanese
    ? synonym.text.length >= 2 && header.text.includes(synonym.text)
    : containsWords(header.words, synonym.words);
  if (contained) return 60 + (30 * synonym.text.length) / header.text.length;
  // Shared words in any order ('Licences total' ~ 'Total licences').
  const common = header.words.filter((w) => synonym.words.includes(w)).length;
  return (70 * common) / Math.max(header.words.length, synonym.words.length, 1);
}

function bestScore(header: Form, field: FieldId, isPercent: boolean): number {
  let best = 0;
  for (const synonym of FORMS[field]) if (isPercent || !synonym.percent) best = Math.max(best, synonymScore(header, synonym));
  return best;
}

/** Score of a header for a field, kind markers applied; exported for tests. */
export function fieldScore(header: string, field: FieldId): number {
  const form = formOf(header);
  if (form.text === '') return 0;
  const markers = markersOf(header, headerTokens(header));
  const isPercent = markers.has('pct');
  let score = bestScore(form, field, isPercent);
  const kind = KIND[field];
  const count = PERCENT_OF_COUNT[field];
  if (kind === 'pct' && count && isPercent) score = Math.max(score, bestScore(form, count, isPercent));
  // Markers confirm or refute a match; they never make one out of a weak
  // likeness ('Licenses Purchased %' shares a word with 'Activated Licenses').
  if (score < MIN_SCORE) return score;
  for (const marker of markers) {
    if (marker === kind) score += marker === 'pct' ? 30 : 20;
    else score -= marker === 'pct' && kind === 'count' ? 60 : 30;
  }
  // Without a percent sign or word, a header is a count or text before it is a percentage.
  if (kind === 'pct' && !markers.has('pct')) score -= 20;
  return score;
}

/**
 * Best guess of the field each header holds; each header and each field used
 * at most once, best scores first,
 * e.g. ['Customer Name', 'Licences attribuées', 'Taux de déploiement'] →
 * { client: 'Customer Name', seatsAssigned: 'Licences attribuées', deploymentPct: 'Taux de déploiement' }.
 */
export function suggestMapping(headers: readonly string[]): Mapping {
  const candidates: { field: FieldId; header: number; score: number }[] = [];
  headers.forEach((header, index) => {
    for (const field of FIELD_IDS) {
      const score = fieldScore(header, field);
      if (score >= MIN_SCORE) candidates.push({ field, header: index, score });
    }
  });
  // Ties go to the earlier column, then to the field listed first.
  candidates.sort((a, b) => b.score - a.score || a.header - b.header || FIELD_IDS.indexOf(a.field) - FIELD_IDS.indexOf(b.field));
  const mapping: Mapping = {};
  const usedHeaders = new Set<string>();
  for (const { field, header } of candidates) {
    const text = headers[header]!;
    if (mapping[field] !== undefined || usedHeaders.has(text)) continue;
    mapping[field] = text;
    usedHeaders.add(text);
  }
  return mapping;
}

/**
 * Key under which a mapping is remembered: the same columns in any order,
 * case or spacing give the same key, e.g. ['Tenant ID', 'Customer Name'] → 'customername|tenantid'.
 */
export function headerSetKey(headers: readonly string[]): string {
  return headers.map(normalizeHeader).sort().join('|');
}

/** Required fields the mapping leaves out, e.g. missingRequired({ product: 'Offer' }) → ['client']. */
export function missingRequired(mapping: Mapping): FieldId[] {
  return REQUIRED_FIELDS.filter((field) => !mapping[field]);
}

/**
 * The part of a (remembered or edited) mapping that fits this file: unknown
 * field ids and headers the file lacks are dropped; a header the file spells
 * differently ('START DATE' for 'Start Date') is taken in the file's spelling,
 * e.g. ({ client: 'Client', product: 'Gone' }, ['client']) → { client: 'client' }.
 */
export function sanitizeMapping(mapping: Mapping, headers: readonly string[]): Mapping {
  const byText = new Set(headers);
  const byNormal = new Map<string, string>();
  for (const header of headers) {
    const key = normalizeHeader(header);
    if (key !== '' && !byNormal.has(key)) byNormal.set(key, header);
  }
  const clean: Mapping = {};
  // Persisted data may hold anything, even no object at all (a plain-object
  // lookup of a 'constructor' header set returns a function): check at run time.
  if (typeof mapping !== 'object' || mapping === null) return clean;
  for (const [field, header] of Object.entries(mapping) as [string, unknown][]) {
    if (!isFieldId(field) || typeof header !== 'string') continue;
    const found = byText.has(header) ? header : byNormal.get(normalizeHeader(header));
    if (found !== undefined) clean[field] = found;
  }
  return clean;
}

/**
 * True when the mapping takes at least one metric column (a count or a
 * percentage): without one every bucket but the dates is unknown, so the rep
 * is asked to map them rather than shown a list of "unknown".
 * hasMetricColumn({ client: 'Name' }) → false; hasMetricColumn({ client: 'Name', usagePct: '% de uso' }) → true
 */
export function hasMetricColumn(mapping: Mapping): boolean {
  return FIELD_IDS.some((f) => (FIELDS[f].kind === 'count' || FIELDS[f].kind === 'percent') && Boolean(mapping[f]));
}

/**
 * Fields the file lacks that turn something off, once each (tracker.md §2):
 * every unmapped text and date field, and for a ratio the file cannot
 * compute, its unmapped count and denominator (a percent column alone would
 * do, but a count is what reps look for).
 * Takes a mapping or the list of mapped fields (a table's `mapped`).
 * missingFields({ client: 'Customer', seatsPurchased: 'Licenses', seatsAssigned: 'Assigned', renewalDate: 'Anniversary Date' })
 *   → ['clientId', 'product', …, 'usersActivated', 'activeUsers', 'startDate']
 */
export function missingFields(mapping: Mapping | readonly FieldId[]): FieldId[] {
  const mapped = Array.isArray(mapping) ? (mapping as readonly FieldId[]) : FIELD_IDS.filter((f) => Boolean((mapping as Mapping)[f]));
  const has = new Set(mapped);
  const measurable = new Set(measurableFrom(mapped));
  const lacking = new Set<FieldId>();
  for (const f of FIELD_IDS) {
    const kind = FIELDS[f].kind;
    if (has.has(f) || f === 'client') continue;
    if (kind === 'text' || kind === 'date') lacking.add(f);
  }
  for (const { dimension, fields } of ratioSources()) {
    if (measurable.has(dimension)) continue;
    for (const f of fields) if (!has.has(f)) lacking.add(f);
  }
  return FIELD_IDS.filter((f) => lacking.has(f));
}
