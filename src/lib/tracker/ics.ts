/**
 * A deadline reminder as an iCalendar file (RFC 5545) the rep opens in their
 * own calendar: an all-day event on the deadline with an alarm the morning
 * before. Built here, downloaded by the page: no server, no calendar account.
 */
import { civilDate } from './calendar';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE value of an epoch day: icsDate(20513) → '20260301'. */
export function icsDate(day: number): string {
  const { year, month, day: d } = civilDate(day);
  return `${pad(year, 4)}${pad(month)}${pad(d)}`;
}

/** UTC DATE-TIME value: icsStamp(new Date(Date.UTC(2026, 2, 1, 9, 5, 7))) → '20260301T090507Z'. */
export function icsStamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/**
 * TEXT value escaped (backslash, semicolon, comma, newline) with control
 * characters removed: client names are file text. icsText('a;b,c\nd') → 'a\\;b\\,c\\nd'
 */
export function icsText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface Reminder {
  /** Stable across downloads of the same reminder, so a calendar updates instead of duplicating. */
  uid: string;
  /** The deadline, as an epoch day. */
  day: number;
  summary: string;
  description: string;
  now: Date;
}

/**
 * The whole .ics file, CRLF line ends.
 * reminderIcs({ uid: 'acme-20513', day: 20513, summary: 'Call Acme', description: '', now }) → 'BEGIN:VCALENDAR\r\n…'
 */
export function reminderIcs(r: Reminder): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Adoption Playbook//Tracker//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(r.uid)}@adoption-playbook`,
    `DTSTAMP:${icsStamp(r.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(r.day)}`,
    `DTEND;VALUE=DATE:${icsDate(r.day + 1)}`,
    `SUMMARY:${icsText(r.summary)}`,
    `DESCRIPTION:${icsText(r.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${icsText(r.summary)}`,
    // The evening before the deadline day: time to act on it.
    'TRIGGER:-PT6H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
