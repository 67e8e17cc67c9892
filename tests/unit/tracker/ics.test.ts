import { describe, expect, test } from 'vitest';
import { foldLine, icsDate, icsStamp, icsText, reminderIcs } from '../../../src/lib/tracker/ics';

describe('icsDate', () => {
  test.each([
    [20513, '20260301'],
    [0, '19700101'],
    [20819, '20270101'],
  ])('%i → %s', (day, expected) => expect(icsDate(day)).toBe(expected));
});

describe('icsStamp', () => {
  test('UTC date-time', () => expect(icsStamp(new Date(Date.UTC(2026, 2, 1, 9, 5, 7)))).toBe('20260301T090507Z'));
});

describe('icsText', () => {
  const cases = [
    { description: 'special characters are escaped', input: 'a;b,c\\d', expected: 'a\\;b\\,c\\\\d' },
    { description: 'every newline form becomes \\n', input: 'a\r\nb\rc\nd', expected: 'a\\nb\\nc\\nd' },
    { description: 'control and bidi override characters are dropped', input: 'Ac\u0000me\u202E\u2066 Corp\u0007', expected: 'Acme Corp' },
    { description: 'Japanese text is kept', input: '株式会社サンプル御中', expected: '株式会社サンプル御中' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(icsText(input)).toBe(expected));
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;
  test('a short line is unchanged', () => expect(foldLine('SUMMARY:Call')).toBe('SUMMARY:Call'));
  test('a long line folds at 75 octets with a leading space on each continuation', () => {
    const lines = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });
  test('a fold never splits a multi-byte character', () => {
    const line = `SUMMARY:${'株式会社'.repeat(20)}`;
    const lines = foldLine(line).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('reminderIcs', () => {
  const ics = reminderIcs({ uid: 'acme;1', day: 20513, summary: 'Call Acme, about activation', description: 'Deadline given\nin the email', now: new Date(Date.UTC(2026, 1, 20)) });
  test('an all-day event on the deadline, with CRLF line ends and an alarm', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260301\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20260302\r\n');
    expect(ics).toContain('BEGIN:VALARM\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  test('values are escaped', () => {
    expect(ics).toContain('UID:acme\\;1@adoption-playbook');
    expect(ics).toContain('SUMMARY:Call Acme\\, about activation');
    expect(ics).toContain('DESCRIPTION:Deadline given\\nin the email');
  });
});
