/**
 * A client's merge values, written the way the email's locale writes them:
 * `1 200` and `45 %` in French, `2026年3月1日` in Japanese (tracker.md §6).
 */
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import type { MergeValues } from './fill';
import type { ClientView } from '../tracker/table';
import { safeHttpsUrl } from '../url';

/** What mergeValues reads of a client: a part of the tracker's view of one client. */
export type MergeClient = Pick<
  ClientView,
  | 'client' | 'adminName' | 'adminEmail' | 'product' | 'activationLink'
  | 'seatsPurchased' | 'seatsAssigned' | 'usersActivated' | 'activeUsers'
  | 'activationPct' | 'deploymentPct' | 'usagePct' | 'startDate' | 'renewalDate' | 'adminPhone'
>;

export interface MergeContext {
  locale: Locale;
  deadlineDay: number | null;
  repName: string;
  /** The rep's company: Japanese emails introduce the sender as 「{repCompany}の{repName}です」. */
  repCompany?: string;
  repPhone?: string;
  bookingLink: string;
  /** Exact ratios (1 = 100 %) computed by the tracker from counts, preferred over the percent columns. */
  ratios?: { activation: number | null; deployment: number | null; usage: number | null };
}

const DAY_MS = 86_400_000;

/** Trimmed text, or null when blank, e.g. '  Ana ' → 'Ana'. */
export function textValue(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A link safe to put in an email: the site's one https check (src/lib/url.ts),
 * e.g. 'javascript:alert(1)' → null, 'https://bank.example@evil.example/x' → null,
 * ' https://example.org/a ' → 'https://example.org/a'.
 */
export function httpsLink(value: string): string | null {
  return safeHttpsUrl(value);
}

/**
 * Whole percent of a ratio that never crosses a bucket edge: 0.996 is shown
 * as 99 %, not 100 % (the client is not fully activated), 0.004 as 1 %, not
 * 0 %, e.g. wholePercent(0.456) → 46.
 */
export function wholePercent(ratio: number): number {
  const rounded = Math.round(ratio * 100);
  if (rounded === 100 && ratio < 1) return 99;
  if (rounded === 100 && ratio > 1) return 101;
  if (rounded === 0 && ratio > 0) return 1;
  if (rounded === 50 && ratio < 0.5) return 49; // usage: below half is `low`
  return rounded;
}

/**
 * Formatters made once per locale: making one costs more than formatting
 * with it, and a mail-merge CSV fills values for every listed client (the
 * issue measured 0.8 ms per client, most of it here).
 */
const formatters = new Map<Locale, { numbers: Intl.NumberFormat; percents: Intl.NumberFormat; date: Intl.DateTimeFormat }>();
function formattersOf(locale: Locale) {
  let found = formatters.get(locale);
  if (!found) {
    const tag = LOCALE_TAGS[locale];
    found = {
      numbers: new Intl.NumberFormat(tag),
      percents: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
    };
    formatters.set(locale, found);
  }
  return found;
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A date as natives write it in the locale: Intl's long date, except the
 * first of the month, which French writes `1er` and Portuguese `1º`,
 * e.g. (20513, 'fr') → '1er mars 2026', (20513, 'pt') → '1º de março de 2026', (20514, 'fr') → '2 mars 2026'.
 */
export function formatDay(day: number, locale: Locale): string {
  const date = new Date(Math.floor(day) * DAY_MS);
  const parts = formattersOf(locale).date.formatToParts(date);
  const first = locale === 'fr' ? '1er' : locale === 'pt' ? '1º' : null;
  return parts.map((p) => (p.type === 'day' && first !== null && Number(p.value) === 1 ? first : p.value)).join('');
}

/**
 * Merge values of one client in one locale,
 * e.g. ({ client: 'Acme', seatsPurchased: 1200, deploymentPct: 45, startDate: 20513, … }, { locale: 'fr', … }) →
 * { client: 'Acme', seatsPurchased: '1 200', deploymentPct: '45 %', startDate: '1er mars 2026', … }.
 */
export function mergeValues(client: MergeClient, ctx: MergeContext): MergeValues {
  const { numbers, percents } = formattersOf(ctx.locale);
  const count = (value: number | null) => (finite(value) ? numbers.format(value) : null);
  const day = (value: number | null | undefined) => (finite(value) ? formatDay(value, ctx.locale) : null);
  const percent = (ratio: number | null | undefined, pct: number | null) => {
    const r = finite(ratio) ? ratio : finite(pct) ? pct / 100 : null;
    return r === null ? null : percents.format(wholePercent(r) / 100);
  };
  return {
    client: textValue(client.client),
    adminName: textValue(client.adminName),
    adminEmail: textValue(client.adminEmail),
    product: textValue(client.product),
    activationLink: httpsLink(client.activationLink),
    deadline: day(ctx.deadlineDay),
    bookingLink: httpsLink(ctx.bookingLink),
    repName: textValue(ctx.repName),
    repCompany: textValue(ctx.repCompany ?? ''),
    repPhone: textValue(ctx.repPhone ?? ''),
    seatsPurchased: count(client.seatsPurchased),
    seatsAssigned: count(client.seatsAssigned),
    usersActivated: count(client.usersActivated),
    activeUsers: count(client.activeUsers),
    activationPct: percent(ctx.ratios?.activation, client.activationPct),
    deploymentPct: percent(ctx.ratios?.deployment, client.deploymentPct),
    usagePct: percent(ctx.ratios?.usage, client.usagePct),
    startDate: day(client.startDate),
    renewalDate: day(client.renewalDate),
    adminPhone: textValue(client.adminPhone),
  };
}
