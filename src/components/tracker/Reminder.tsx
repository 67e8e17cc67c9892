/**
 * "Add a reminder to my calendar": an .ics file for a deadline, built in the
 * page (reminderIcs) and downloaded; the rep's own calendar, no server.
 */
import { reminderIcs } from '../../lib/tracker/ics';
import { formatDay } from '../../lib/email/values';
import { useEnv } from './context';
import { downloadText, fileSafe } from './download';

export function ReminderButton({ client, clientKey, day, admin }: { client: string; clientKey: string; day: number; admin: string }) {
  const { t, lang } = useEnv();
  const download = () => {
    const ics = reminderIcs({
      uid: `${clientKey}-deadline-${day}`,
      day,
      summary: t('outreach.reminderSummary', { client }),
      description: admin ? t('outreach.reminderDescription', { client, admin, date: formatDay(day, lang) }) : t('outreach.reminderDescriptionNoAdmin', { client, date: formatDay(day, lang) }),
      now: new Date(),
    });
    downloadText(`${fileSafe(client)}-deadline.ics`, ics, 'text/calendar;charset=utf-8');
  };
  return <button type="button" data-testid="ics-reminder" onClick={download}>{t('outreach.reminder')}</button>;
}
