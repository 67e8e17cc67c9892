/**
 * Puts a bucket's explanation (lib/tracker/explain.ts) into words in the
 * page's language, naming the columns of the rep's own file.
 */
import type { TFunction } from 'i18next';
import type { Explanation } from '../../lib/tracker/explain';
import { bucketLabelKey, dimensionLabelKey, fieldLabelKey, type Dimension, type FieldId, type Mapping } from '../../lib/tracker/registry';
import { isoFromDay } from '../../lib/dates';

export interface WhyContext {
  t: TFunction;
  tag: string;
  /** The mapping of the loaded file: field → header, to name the source columns. */
  mapping: Mapping;
}

/**
 * One formatter per language and kind, made once: a new Intl formatter costs
 * a fraction of a millisecond, and the list asks for five sentences per row
 * on every render (the profile of a 200,000-row import put them first).
 */
const formatters = new Map<string, { percent: Intl.NumberFormat; number: Intl.NumberFormat; figure: Intl.NumberFormat; date: Intl.DateTimeFormat; shortDate: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat; list: Intl.ListFormat }>();
/** Also the list rows' formats (rowParts.tsx): `figure` and `shortDate` are theirs. */
export function formattersOf(tag: string) {
  let found = formatters.get(tag);
  if (!found) {
    found = {
      percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
      number: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
      figure: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
      shortDate: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }),
      relative: new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
      list: new Intl.ListFormat(tag, { type: 'conjunction' }),
    };
    formatters.set(tag, found);
  }
  return found;
}

/** The header a field came from, else the field's label. */
function column(ctx: WhyContext, field: FieldId): string {
  return ctx.mapping[field] ?? ctx.t(fieldLabelKey(field));
}

/** Field labels joined the locale's way: 'Licences purchased and Active users'. */
export function fieldList(ctx: WhyContext, fields: readonly FieldId[]): string {
  const labels = fields.map((f) => ctx.t(fieldLabelKey(f)));
  return formattersOf(ctx.tag).list.format(labels);
}

/** One sentence for one bucket: 'Deployment: 12 of 40 licences assigned (Licenses Assigned / Licenses) = 30% → Partly assigned'. */
export function whyText(ctx: WhyContext, e: Explanation): string {
  const { t, tag } = ctx;
  const r = e.reason;
  const f = formattersOf(tag);
  const percent = (ratio: number) => f.percent.format(ratio);
  const number = f.number;
  const date = (day: number) => f.date.format(new Date(`${isoFromDay(day)}T00:00:00Z`));
  const when = (days: number) => f.relative.format(days, 'day');
  let text: string;
  switch (r.kind) {
    case 'counts':
      text = t(`detail.why.counts.${e.dimension}`, { count: number.format(r.count), total: number.format(r.total), countColumn: column(ctx, r.countField), totalColumn: column(ctx, r.totalField), percent: percent(r.ratio) });
      break;
    case 'percent':
      text = t('detail.why.percent', { percent: percent(r.ratio), column: column(ctx, r.percentField) });
      break;
    case 'zeroTotal':
      text = t('detail.why.zeroTotal', { column: column(ctx, r.totalField) });
      break;
    case 'missing':
      text = t('detail.why.missing', { fields: fieldList(ctx, r.fields) });
      break;
    case 'notInFile':
      text = t('detail.why.notInFile', { fields: fieldList(ctx, r.fields) });
      break;
    case 'days': {
      // `since` counts days after the date; the phrase wants the date's distance from the as-of day.
      const distance = r.direction === 'since' ? -r.days : r.days;
      const key = r.direction === 'since' ? 'detail.why.since' : r.days < 0 ? 'detail.why.lapsed' : 'detail.why.until';
      text = t(key, { date: date(r.day), column: column(ctx, r.dateField), when: when(distance) });
      break;
    }
  }
  // 'label: ' is the locale's own: a no-break space before the colon in French, a full-width colon in Japanese.
  return `${t('ui.labelled', { label: t(dimensionLabelKey(e.dimension as Dimension)) })}${text} → ${t(bucketLabelKey(e.dimension, e.bucket))}`;
}
