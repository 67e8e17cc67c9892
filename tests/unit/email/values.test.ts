import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import type { MergeValues } from '../../../src/lib/email/fill';
import { formatDay, httpsLink, mergeValues, textValue, wholePercent, type MergeClient, type MergeContext } from '../../../src/lib/email/values';
import { CLIENT, CONTEXT } from '../fixtures/email/templates';

describe('mergeValues', () => {
  describe('formats per locale', () => {
    const client: MergeClient = { ...CLIENT, seatsPurchased: 1200, activeUsers: 1234567, activationPct: 45, deploymentPct: 99.6, usagePct: 130 };
    const cases: { description: string; input: Locale; expected: MergeValues }[] = [
      {
        description: 'English',
        input: 'en',
        expected: { seatsPurchased: '1,200', activeUsers: '1,234,567', activationPct: '45%', deploymentPct: '99%', usagePct: '130%', startDate: 'March 1, 2026', deadline: 'March 15, 2026' },
      },
      {
        description: 'French',
        input: 'fr',
        expected: { seatsPurchased: '1\u202f200', activeUsers: '1\u202f234\u202f567', activationPct: '45\u00a0%', deploymentPct: '99\u00a0%', usagePct: '130\u00a0%', startDate: '1er mars 2026', deadline: '15 mars 2026' },
      },
      {
        description: 'Brazilian Portuguese',
        input: 'pt',
        expected: { seatsPurchased: '1.200', activeUsers: '1.234.567', activationPct: '45%', deploymentPct: '99%', usagePct: '130%', startDate: '1º de março de 2026', deadline: '15 de março de 2026' },
      },
      {
        description: 'Japanese',
        input: 'ja',
        expected: { seatsPurchased: '1,200', activeUsers: '1,234,567', activationPct: '45%', deploymentPct: '99%', usagePct: '130%', startDate: '2026年3月1日', deadline: '2026年3月15日' },
      },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(mergeValues(client, { ...CONTEXT, locale: input })).toMatchObject(expected));
    }
  });

  test('every merge field of a complete client', () => {
    expect(mergeValues(CLIENT, { ...CONTEXT, locale: 'en' })).toEqual({
      client: 'Contoso Ltd',
      adminName: 'Ana Souza',
      adminEmail: 'ana@contoso.example',
      product: 'Microsoft 365 E3',
      activationLink: 'https://example.org/activate/5000',
      deadline: 'March 15, 2026',
      bookingLink: 'https://cal.example.com/marie',
      repName: 'Marie Dupont',
      repCompany: null,
      repPhone: null,
      seatsPurchased: '1,200',
      seatsAssigned: '540',
      usersActivated: '500',
      activeUsers: '300',
      activationPct: null,
      deploymentPct: null,
      usagePct: null,
      startDate: 'March 1, 2026',
      renewalDate: 'March 1, 2027',
      adminPhone: '+55 11 3000-0000',
    });
  });

  test('the rep’s company and phone, and the renewal date, when the tracker has them', () => {
    expect(mergeValues({ ...CLIENT, renewalDate: 20878 }, { ...CONTEXT, locale: 'fr', repCompany: ' Partenaire SA ', repPhone: '+33 1 23 45 67 89' })).toMatchObject({
      repCompany: 'Partenaire SA',
      repPhone: '+33 1 23 45 67 89',
      renewalDate: '1er mars 2027',
    });
  });

  describe('percent fields', () => {
    const base: MergeContext = { ...CONTEXT, locale: 'en' };
    const cases: { description: string; input: [Partial<MergeClient>, MergeContext]; expected: MergeValues }[] = [
      {
        description: 'the ratios when given',
        input: [{ activationPct: 10, deploymentPct: 20, usagePct: 30 }, { ...base, ratios: { activation: 0.5, deployment: 0.25, usage: 1.2 } }],
        expected: { activationPct: '50%', deploymentPct: '25%', usagePct: '120%' },
      },
      {
        description: 'the percent column where a ratio is unknown',
        input: [{ activationPct: 10, deploymentPct: 20, usagePct: null }, { ...base, ratios: { activation: null, deployment: 0.25, usage: null } }],
        expected: { activationPct: '10%', deploymentPct: '25%', usagePct: null },
      },
      {
        description: 'the percent columns without ratios',
        input: [{ activationPct: 0, deploymentPct: 100, usagePct: 45.5 }, base],
        expected: { activationPct: '0%', deploymentPct: '100%', usagePct: '46%' },
      },
      {
        description: 'NaN and Infinity are missing, not "NaN%"',
        input: [{ activationPct: Number.NaN, deploymentPct: null }, { ...base, ratios: { activation: null, deployment: Number.POSITIVE_INFINITY, usage: null } }],
        expected: { activationPct: null, deploymentPct: null },
      },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(mergeValues({ ...CLIENT, ...input[0] }, input[1])).toMatchObject(expected));
    }
  });

  describe('missing and hostile values', () => {
    const cases: { description: string; input: [Partial<MergeClient>, Partial<MergeContext>]; expected: MergeValues }[] = [
      {
        description: 'empty and blank text is null',
        input: [{ client: '', adminName: '  ', adminEmail: '\t', product: '' }, { repName: '' }],
        expected: { client: null, adminName: null, adminEmail: null, product: null, repName: null },
      },
      {
        description: 'text is trimmed',
        input: [{ adminName: '  Ana Souza ' }, { repName: ' Marie ' }],
        expected: { adminName: 'Ana Souza', repName: 'Marie' },
      },
      {
        description: 'missing counts and dates are null',
        input: [{ seatsPurchased: null, seatsAssigned: null, usersActivated: null, activeUsers: null, startDate: null }, { deadlineDay: null }],
        expected: { seatsPurchased: null, seatsAssigned: null, usersActivated: null, activeUsers: null, startDate: null, deadline: null },
      },
      {
        description: 'a javascript: activation link is dropped',
        input: [{ activationLink: 'javascript:alert(1)' }, {}],
        expected: { activationLink: null },
      },
      {
        description: 'an http: link is dropped (https only)',
        input: [{ activationLink: 'http://example.org/activate' }, { bookingLink: 'http://cal.example.com' }],
        expected: { activationLink: null, bookingLink: null },
      },
      {
        description: 'an HTML client name stays text',
        input: [{ client: '<script>alert(1)</script>' }, {}],
        expected: { client: '<script>alert(1)</script>' },
      },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => expect(mergeValues({ ...CLIENT, ...input[0] }, { ...CONTEXT, locale: 'en', ...input[1] })).toMatchObject(expected));
    }
  });
});

describe('formatDay', () => {
  const cases: { description: string; input: [number, Locale]; expected: string }[] = [
    { description: 'French 1st: 1er', input: [20513, 'fr'], expected: '1er mars 2026' },
    { description: 'French 2nd: plain number', input: [20514, 'fr'], expected: '2 mars 2026' },
    { description: 'French 11th is not 1er', input: [20523, 'fr'], expected: '11 mars 2026' },
    { description: 'Portuguese 1st: 1º', input: [20513, 'pt'], expected: '1º de março de 2026' },
    { description: 'Portuguese 21st is not 1º', input: [20533, 'pt'], expected: '21 de março de 2026' },
    { description: 'English 1st as Intl writes it', input: [20513, 'en'], expected: 'March 1, 2026' },
    { description: 'Japanese 1st as Intl writes it', input: [20513, 'ja'], expected: '2026年3月1日' },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(formatDay(...input)).toBe(expected));
});

describe('httpsLink', () => {
  const cases: { description: string; input: string; expected: string | null }[] = [
    { description: 'https', input: 'https://example.org/activate/5000', expected: 'https://example.org/activate/5000' },
    { description: 'upper-case scheme, trimmed, normalized', input: '  HTTPS://Example.org/a?b=1 ', expected: 'https://example.org/a?b=1' },
    { description: 'a newline inside is refused (the URL parser would drop it silently)', input: 'https://example.org/a\n/b', expected: null },
    { description: 'credentials that disguise the host', input: 'https://bank.example@evil.example/x', expected: null },
    { description: 'javascript:', input: 'javascript:alert(1)', expected: null },
    { description: 'javascript: disguised with spaces and case', input: ' JavaScript:alert(1)', expected: null },
    { description: 'data:', input: 'data:text/html,<script>alert(1)</script>', expected: null },
    { description: 'http:', input: 'http://example.org', expected: null },
    { description: 'mailto:', input: 'mailto:a@b.co', expected: null },
    { description: 'relative', input: '/activate/5000', expected: null },
    { description: 'no host', input: 'https://', expected: null },
    { description: 'empty', input: '', expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(httpsLink(input)).toBe(expected));
  }
});

describe('textValue', () => {
  const cases: { description: string; input: string; expected: string | null }[] = [
    { description: 'text', input: 'Acme', expected: 'Acme' },
    { description: 'padded', input: ' Acme ', expected: 'Acme' },
    { description: 'blank', input: ' \t\n', expected: null },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(textValue(input)).toBe(expected));
  }
});

describe('wholePercent', () => {
  const cases = [
    { description: 'rounds to the nearest', input: 0.456, expected: 46 },
    { description: 'exact', input: 0.45, expected: 45 },
    { description: 'zero', input: 0, expected: 0 },
    { description: 'full', input: 1, expected: 100 },
    { description: 'almost full is not shown as full', input: 0.996, expected: 99 },
    { description: 'barely over full is shown over', input: 1.004, expected: 101 },
    { description: 'a little is not shown as none', input: 0.004, expected: 1 },
    { description: 'just under half is not shown as half', input: 0.497, expected: 49 },
    { description: 'half', input: 0.5, expected: 50 },
    { description: 'inflated', input: 1.3, expected: 130 },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(wholePercent(input)).toBe(expected));
  }
});
