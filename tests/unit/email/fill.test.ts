import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { fillTemplate, segmentsToText, type Filled, type MergeValues, type Segment } from '../../../src/lib/email/fill';
import { mergeValues } from '../../../src/lib/email/values';
import { CLIENT, CONTEXT, PARTIAL_DEPLOYMENT } from '../fixtures/email/templates';

const bracket = (field: string) => `[${field}]`;

describe('fillTemplate', () => {
  const cases: { description: string; input: [{ subject: string; body: string }, MergeValues]; expected: Filled }[] = [
    {
      description: 'text and filled fields',
      input: [{ subject: 'Hi {adminName}', body: '{client} is ready.' }, { adminName: 'Ana', client: 'Acme' }],
      expected: {
        subject: [{ kind: 'text', text: 'Hi ' }, { kind: 'field', field: 'adminName', value: 'Ana' }],
        body: [{ kind: 'field', field: 'client', value: 'Acme' }, { kind: 'text', text: ' is ready.' }],
        missing: [],
      },
    },
    {
      description: 'missing, null and blank values are gaps, listed once in order of first use',
      input: [
        { subject: '{client} before {deadline}', body: '{adminName}, {deadline}, {repName} {client}' },
        { deadline: null, adminName: '   ', client: 'Acme' },
      ],
      expected: {
        subject: [
          { kind: 'field', field: 'client', value: 'Acme' },
          { kind: 'text', text: ' before ' },
          { kind: 'field', field: 'deadline', value: null },
        ],
        body: [
          { kind: 'field', field: 'adminName', value: null },
          { kind: 'text', text: ', ' },
          { kind: 'field', field: 'deadline', value: null },
          { kind: 'text', text: ', ' },
          { kind: 'field', field: 'repName', value: null },
          { kind: 'text', text: ' ' },
          { kind: 'field', field: 'client', value: 'Acme' },
        ],
        missing: ['deadline', 'adminName', 'repName'],
      },
    },
    {
      description: 'an unknown name is a gap, never sent as {name}',
      input: [{ subject: '{nickname}', body: '' }, { client: 'Acme' }],
      expected: { subject: [{ kind: 'field', field: 'nickname', value: null }], body: [], missing: ['nickname'] },
    },
    {
      description: 'braces that are not placeholders stay text',
      input: [{ subject: '{ } {1x} {}', body: 'a {client' }, { client: 'Acme' }],
      expected: { subject: [{ kind: 'text', text: '{ } {1x} {}' }], body: [{ kind: 'text', text: 'a {client' }], missing: [] },
    },
    {
      description: 'a value that looks like HTML or a placeholder stays plain text',
      input: [{ subject: '{client}', body: '{adminName}' }, { client: '<script>alert(1)</script>', adminName: '{repName}' }],
      expected: {
        subject: [{ kind: 'field', field: 'client', value: '<script>alert(1)</script>' }],
        body: [{ kind: 'field', field: 'adminName', value: '{repName}' }],
        missing: [],
      },
    },
    {
      description: 'a value that is not text at run time is a gap',
      input: [{ subject: '{seatsPurchased}', body: '' }, { seatsPurchased: 12 as unknown as string }],
      expected: { subject: [{ kind: 'field', field: 'seatsPurchased', value: null }], body: [], missing: ['seatsPurchased'] },
    },
    {
      description: 'empty template',
      input: [{ subject: '', body: '' }, {}],
      expected: { subject: [], body: [], missing: [] },
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(fillTemplate(...input)).toEqual(expected));
  }

  describe('in the four languages, with the client’s values in that locale', () => {
    const cases: { description: string; input: Locale; expected: { subject: string; body: string } }[] = [
      {
        description: 'English',
        input: 'en',
        expected: {
          subject: 'Contoso Ltd: 45% of your licenses are assigned',
          body: 'Hi Ana Souza,\n\n540 of 1,200 licenses are assigned at Contoso Ltd since March 1, 2026.\nBook a call before March 15, 2026: https://cal.example.com/marie\n\nMarie Dupont',
        },
      },
      {
        description: 'French (narrow no-break space in thousands, no-break space before %)',
        input: 'fr',
        expected: {
          subject: 'Contoso Ltd : 45\u00a0% de vos licences sont attribuées',
          body: 'Bonjour Ana Souza,\n\n540 licences sur 1\u202f200 sont attribuées chez Contoso Ltd depuis le 1er mars 2026.\nRéservez un appel avant le 15 mars 2026 : https://cal.example.com/marie\n\nMarie Dupont',
        },
      },
      {
        description: 'Brazilian Portuguese',
        input: 'pt',
        expected: {
          subject: 'Contoso Ltd: 45% das suas licenças estão atribuídas',
          body: 'Olá, Ana Souza!\n\n540 de 1.200 licenças estão atribuídas na empresa Contoso Ltd desde 1º de março de 2026.\nAgende uma conversa até 15 de março de 2026: https://cal.example.com/marie\n\nMarie Dupont',
        },
      },
      {
        description: 'Japanese',
        input: 'ja',
        expected: {
          subject: 'Contoso Ltd様：ライセンスの45%が割り当て済みです',
          body: 'Ana Souza様\n\nContoso Ltd様では2026年3月1日以降、1,200ライセンス中540ライセンスが割り当て済みです。\n2026年3月15日までにご予約ください：https://cal.example.com/marie\n\nMarie Dupont',
        },
      },
    ];
    for (const { description, input, expected } of cases) {
      test(description, () => {
        const values = mergeValues(CLIENT, { ...CONTEXT, locale: input, ratios: { activation: 500 / 1200, deployment: 540 / 1200, usage: 300 / 540 } });
        const filled = fillTemplate(PARTIAL_DEPLOYMENT[input], values);
        expect(filled.missing).toEqual([]);
        expect({ subject: segmentsToText(filled.subject, bracket), body: segmentsToText(filled.body, bracket) }).toEqual(expected);
      });
    }

    test('a client without counts, deadline or rep name gets gaps, never undefined or null', () => {
      const values = mergeValues(
        { ...CLIENT, adminName: '', seatsAssigned: null, seatsPurchased: null },
        { locale: 'fr', deadlineDay: null, repName: ' ', bookingLink: '' },
      );
      const filled = fillTemplate(PARTIAL_DEPLOYMENT.fr, values);
      const body = segmentsToText(filled.body, (f) => `[${f}]`);
      expect(filled.missing).toEqual(['deploymentPct', 'adminName', 'seatsAssigned', 'seatsPurchased', 'deadline', 'bookingLink', 'repName']);
      expect(body).toContain('Bonjour [adminName],');
      expect(body).toContain('[seatsAssigned] licences sur [seatsPurchased]');
      expect(body).not.toMatch(/undefined|null|NaN/);
    });
  });
});

describe('segmentsToText', () => {
  const segments: Segment[] = [
    { kind: 'text', text: 'Hello ' },
    { kind: 'field', field: 'adminName', value: null },
    { kind: 'text', text: ' from ' },
    { kind: 'field', field: 'client', value: 'Acme' },
  ];
  const cases: { description: string; input: [readonly Segment[], (field: string) => string]; expected: string }[] = [
    { description: 'gaps written by the caller', input: [segments, (f) => `[${f}]`], expected: 'Hello [adminName] from Acme' },
    { description: 'localized gap labels', input: [segments, (f) => (f === 'adminName' ? '[nom de l’administrateur]' : '?')], expected: 'Hello [nom de l’administrateur] from Acme' },
    { description: 'empty gaps', input: [segments, () => ''], expected: 'Hello  from Acme' },
    { description: 'no segments', input: [[], bracket], expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(segmentsToText(...input)).toBe(expected));
  }
});
