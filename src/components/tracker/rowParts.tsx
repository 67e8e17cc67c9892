/**
 * What one client row shows, shared by the desktop table and the phone
 * cards: bucket labels with their figure, the next step, the activation
 * deadline, the latest outreach in short, and the optional columns.
 */
import type { ReactNode } from 'react';
import { useSaved, useTracker } from '../../store';
import { missingValuesAt, stepAt, statusAt } from '../../lib/tracker/next-step';
import { bucketAt, valueAt } from '../../lib/tracker/buckets';
import { explain } from '../../lib/tracker/explain';
import { bucketLabelKey, DIMENSION_SPECS, type Dimension } from '../../lib/tracker/registry';
import { dayAt, numberAt, stringAt, textAt, type ClientTable } from '../../lib/tracker/table';
import { deadlineAt } from '../../lib/tracker/view';
import { isoFromDay } from '../../lib/dates';
import type { LogEntry } from '../../lib/state/persisted';
import { useEnv } from './context';
import { fieldList, formattersOf, whyText, type WhyContext } from './why';
import { describeEntry } from './LastOutreach';
import type { Derived } from './useDerived';
import type { OptionalColumn } from './optionalColumns';
import { japanesePhrases } from '../../lib/phrases';

export function useRowParts(derived: Derived, deadlines: Float64Array) {
  const env = useEnv();
  const { t, tag, steps, stepHref } = env;
  const { table, columns, nextSteps, asOfDay } = derived;
  const mapping = useTracker((s) => s.loaded?.mapping);
  const log = useSaved((s) => s.log);
  const why: WhyContext = { t, tag, mapping: mapping ?? {} };
  // Made once per language (four Intl objects were made on every render, i.e. every scroll).
  const { percent, figure: number, relative, shortDate: dateFormat } = formattersOf(tag);
  const date = (day: number) => dateFormat.format(new Date(`${isoFromDay(day)}T00:00:00Z`));

  /** A ratio's percentage, a date still to come its distance (days to renewal), else null. */
  const figureOf = (dimension: Dimension, i: number): string | null => {
    const source = DIMENSION_SPECS[dimension].source;
    const value = valueAt(table, dimension, i, asOfDay);
    if (value === null) return null;
    if (source.type === 'ratio') return percent.format(value);
    return source.direction === 'until' ? relative.format(value, 'day') : null;
  };

  // Japanese breaks only between phrases (each one unbroken, tracker.css), never inside アクティベーション.
  const labelText = (label: string): ReactNode =>
    env.lang === 'ja'
      ? japanesePhrases(label).flatMap((phrase, k) => [...(k === 0 ? [] : [<wbr key={`b${k}`} />]), <span key={k} className="phrase">{phrase}</span>])
      : label;
  const bucket = (dimension: Dimension, i: number, withFigure = true): ReactNode => {
    const name = bucketAt(columns, dimension, i);
    const figure = withFigure ? figureOf(dimension, i) : null;
    return (
      <>
        <span className="bucket-label"><span className="bucket-dot" aria-hidden="true" />{labelText(t(bucketLabelKey(dimension, name)))}</span>
        {figure !== null && <span className="figure" data-figure={dimension}>{figure}</span>}
      </>
    );
  };

  const bucketTitle = (dimension: Dimension, i: number) => whyText(why, explain(table, dimension, i, asOfDay));

  const nextStep = (i: number): ReactNode => {
    const step = stepAt(nextSteps, i);
    const status = statusAt(nextSteps, i);
    if (step) return <a href={stepHref(step)}>{steps[step]?.title ?? step}</a>;
    if (status === 'needs-data') {
      const missing = [...new Set(missingValuesAt(table, columns, i).flatMap((m) => m.fields))];
      return <span className="needs-data">{t('table.needsData', { fields: fieldList(why, missing) })}</span>;
    }
    return <span className="muted">{t('table.onTrack')}</span>;
  };

  const deadlinePassed = (i: number) => deadlineAt(deadlines, i) < asOfDay; // NaN < day is false
  const deadline = (i: number): ReactNode => {
    const day = deadlineAt(deadlines, i);
    if (Number.isNaN(day)) return <span className="muted">{t('outreach.none')}</span>;
    return (
      <>
        <span className="figure" data-figure="deadline">{date(day)}</span>
        {day < asOfDay && <span className="passed"><span aria-hidden="true">⚠ </span>{t('table.deadlinePassed')}</span>}
      </>
    );
  };

  const entriesOf = (i: number): LogEntry[] | undefined => {
    const key = stringAt(table.key, i);
    return Object.hasOwn(log, key) ? log[key] : undefined;
  };
  /** The latest outreach in short (kind and date); the whole entry is in the details and the tooltip. */
  const outreach = (i: number): { short: string; full: string } | null => {
    const last = entriesOf(i)?.at(-1);
    if (!last) return null;
    const short = last.kind === 'email' ? t('outreach.short.email', { date: date(last.day) })
      : last.kind === 'call' ? t('outreach.call', { date: date(last.day), outcome: t(`outcome.${last.outcome}`) })
        : t('outreach.note', { date: date(last.day) });
    return { short, full: describeEntry(last, env) };
  };

  const optional = (column: OptionalColumn, i: number): ReactNode => {
    const none = <span className="muted">{t('outreach.none')}</span>;
    switch (column) {
      case 'seats': {
        const assigned = numberAt(table, 'seatsAssigned', i);
        const purchased = numberAt(table, 'seatsPurchased', i);
        if (assigned === null && purchased === null) return none;
        const show = (n: number | null) => (n === null ? '?' : number.format(n));
        return <span className="figure" data-figure="seats">{t('table.seatsValue', { assigned: show(assigned), purchased: show(purchased) })}</span>;
      }
      case 'admin': {
        const name = textAt(table, 'adminName', i);
        const email = textAt(table, 'adminEmail', i);
        if (!name && !email) return none;
        return <>{name && <bdi className="admin-name">{name}</bdi>}{email && <a className="admin-email" href={`mailto:${email}`}>{email}</a>}</>;
      }
      case 'phone': {
        const phone = textAt(table, 'adminPhone', i);
        return phone ? <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a> : none;
      }
      case 'renewalDate': {
        const day = dayAt(table, 'renewalDate', i);
        return day === null ? none : <span className="figure" data-figure="renewal-date">{date(day)}</span>;
      }
    }
  };

  return { t, bucket, bucketTitle, nextStep, deadline, deadlinePassed, outreach, optional };
}

/** A client's actions, the same in a table row and on a phone card: email, details, log a call. */
export function RowActions({ clientKey, table, row }: { clientKey: string; table: ClientTable; row: number }) {
  const { t } = useEnv();
  const patch = useTracker((s) => s.patchSession);
  return (
    <>
      <button type="button" data-testid="compose-email" onClick={() => patch({ composer: { table, rows: Int32Array.of(row) } })}>{t('table.compose')}</button>
      <button type="button" data-testid="client-details" onClick={() => patch({ detailKey: clientKey })}>{t('table.details')}</button>
      <button type="button" data-testid="log-call" onClick={() => patch({ callKey: clientKey })}>{t('table.logCall')}</button>
    </>
  );
}
