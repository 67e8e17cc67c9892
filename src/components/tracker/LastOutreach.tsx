/** One line for the latest outreach of a client, and the full entry text for the history. */
import type { LogEntry } from '../../lib/state/persisted';
import { isoFromDay } from '../../lib/dates';
import { useEnv, type TrackerEnv } from './context';

/** Localized text of a log entry, dates in the page locale. */
export function describeEntry(entry: LogEntry, env: Pick<TrackerEnv, 't' | 'tag' | 'templates' | 'lang'>): string {
  const date = (day: number) => new Intl.DateTimeFormat(env.tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoFromDay(day)}T00:00:00Z`));
  switch (entry.kind) {
    case 'email': {
      const template = env.templates[env.lang][entry.template].title;
      return entry.deadlineDay !== null
        ? env.t('outreach.emailSent', { date: date(entry.day), template, deadline: date(entry.deadlineDay) })
        : env.t('outreach.emailSentNoDeadline', { date: date(entry.day), template });
    }
    case 'call':
      return (
        (entry.deadlineDay !== null
          ? env.t('outreach.callDeadline', { date: date(entry.day), outcome: env.t(`outcome.${entry.outcome}`), deadline: date(entry.deadlineDay) })
          : env.t('outreach.call', { date: date(entry.day), outcome: env.t(`outcome.${entry.outcome}`) })) + (entry.note ? ` — ${entry.note}` : '')
      );
    case 'note':
      return `${env.t('ui.labelled', { label: env.t('outreach.note', { date: date(entry.day) }) })}${entry.text}`;
  }
}

export function LastOutreach({ entries }: { entries: LogEntry[] | undefined }) {
  const env = useEnv();
  const last = entries?.[entries.length - 1];
  return last ? <span>{describeEntry(last, env)}</span> : <span className="muted">{env.t('outreach.none')}</span>;
}
