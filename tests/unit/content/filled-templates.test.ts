/**
 * Every template of the library, in every locale, filled with the values that
 * break naive text (tracker.md §6): a vowel-initial client (French elision), a
 * masculine Portuguese company, counts of 0 and 1, dates on the 1st, Japanese
 * names that already carry 様 or 御中, and no values at all. The filled text
 * must still read as a native would write it, for a client of each vendor and
 * of none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { TEMPLATE_IDS, VENDOR_IDS, type VendorId } from '../../../src/lib/content/ids';
import { fillTemplate, segmentsToText } from '../../../src/lib/email/fill';
import { mergeValues, type MergeClient, type MergeContext } from '../../../src/lib/email/values';

const ROOT = join(__dirname, '../../../src/content/templates');

function template(locale: Locale, id: string): { subject: string; body: string } {
  const text = readFileSync(join(ROOT, locale, `${id}.md`), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${locale}/${id} has no frontmatter`);
  const data = parse(match[1]!) as { subject: string };
  return { subject: data.subject, body: match[2]!.trim() };
}

const MARCH_1 = 20513; // 2026-03-01
const BASE: MergeClient = {
  client: 'Orange',
  adminName: 'Élodie Martin',
  adminEmail: 'elodie@orange.example',
  product: 'Acrobat Pro',
  activationLink: 'https://example.org/activate/1',
  seatsPurchased: 1,
  seatsAssigned: 1,
  usersActivated: 1,
  activeUsers: 1,
  activationPct: null,
  deploymentPct: null,
  usagePct: null,
  startDate: MARCH_1,
  renewalDate: MARCH_1 + 365, // 2027-03-01
  adminPhone: '+33 6 12 34 56 78',
};
const CONTEXT: Omit<MergeContext, 'locale'> = {
  deadlineDay: MARCH_1 + 31, // 2026-04-01
  repName: 'Marie Dupont',
  repCompany: 'Partenaire Conseil',
  repPhone: '+33 1 23 45 67 89',
  bookingLink: 'https://cal.example.com/marie',
  ratios: { activation: 1, deployment: 1, usage: 1 },
};

const SCENARIOS: { name: string; client: MergeClient; ctx: Omit<MergeContext, 'locale'> }[] = [
  { name: 'vowel-initial client, one licence, dates on the 1st', client: BASE, ctx: CONTEXT },
  { name: 'masculine Portuguese company, none assigned', client: { ...BASE, client: 'Banco Inter', seatsPurchased: 40, seatsAssigned: 0, activeUsers: 0 }, ctx: CONTEXT },
  { name: 'admin ending in 様, company ending in 御中', client: { ...BASE, client: '株式会社サンプル御中', adminName: '山田太郎様', seatsPurchased: 1200, seatsAssigned: 1 }, ctx: { ...CONTEXT, repName: '佐藤花子', repCompany: 'パートナー株式会社' } },
  { name: 'admin ending in 御中, company ending in 様', client: { ...BASE, client: 'サンプル商事様', adminName: '情報システム部御中' }, ctx: CONTEXT },
  {
    name: 'no values at all',
    client: { ...BASE, client: '', adminName: ' ', adminEmail: '', product: '', activationLink: '', seatsPurchased: null, seatsAssigned: null, usersActivated: null, activeUsers: null, startDate: null, renewalDate: null, adminPhone: '' },
    ctx: { deadlineDay: null, repName: '', repCompany: '', repPhone: '', bookingLink: '' },
  },
];

/** Plural nouns that must never follow the number 1, per locale. */
const ONE_WITH_PLURAL: Record<Locale, RegExp> = {
  en: /(?<![\d.,])1 (?:licenses|licences|users|people|seats|colleagues|companies)\b/,
  fr: /(?<![\d.,\u202f])1 (?:licences|utilisateurs|personnes|collègues|postes)\b/,
  pt: /(?<![\d.,])1 (?:licenças|usuários|pessoas|colegas)\b/,
  ja: /(?!)/,
};

const gap = (field: string) => `[${field}]`;

describe('every template, filled with awkward values, reads natively', () => {
  for (const locale of LOCALES) {
    for (const id of TEMPLATE_IDS) {
      for (const scenario of SCENARIOS) {
        test(`${locale}/${id}: ${scenario.name}`, () => {
          const values = mergeValues(scenario.client, { ...scenario.ctx, locale });
          const tpl = template(locale, id);
          for (const vendor of [null, ...VENDOR_IDS] as (VendorId | null)[]) {
            const filled = fillTemplate(tpl, values, { locale, vendor });
            const subject = segmentsToText(filled.subject, gap);
            const body = segmentsToText(filled.body, gap);
            const text = `${subject}\n${body}`;
            const where = `${locale}/${id} (vendor ${vendor ?? 'none'}): `;
            const fail = (pattern: RegExp) => expect(where + (text.match(pattern)?.[0] ?? '')).toBe(where);

            // Nothing technical reaches the customer; every gap is visible.
            fail(/undefined|null|NaN|[{}]|:::/);
            for (const field of filled.missing) expect(text).toContain(`[${field}]`);
            fail(ONE_WITH_PLURAL[locale]);

            if (locale === 'fr') {
              fail(/\b(?:de|que|le|la|du|jusque|lorsque|puisque) (?:Orange|Élodie)\b/); // elision can't depend on the value
              fail(/(?<!\d)1 (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/);
            }
            if (locale === 'pt') {
              fail(/\b(?:a|à|o|ao|da|do|na|no|pela|pelo|dessa|desse|desta|deste)\s+(?:Banco Inter|Orange)\b/i); // gender of the value unknown
              fail(/(?<!\d)1 de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)/);
              fail(/Um abraço|Abraços/);
            }
            if (locale === 'ja') {
              fail(/様\s*様|御中\s*様|様\s*御中|御中\s*御中/);
              fail(/(?:\d|\])\s*件/); // ライセンス and 社, never 件
              fail(/御社/); // 貴社 in writing
              const client = values.client ?? gap('client');
              const admin = values.adminName ?? gap('adminName');
              const addressee = /(?:様|御中)$/.test(admin) ? admin : `${admin} 様`;
              expect(body.startsWith(`${client}\n${addressee}\n`), `${where}address block:\n${body.slice(0, 80)}`).toBe(true);
              expect(body, where).toContain(`${values.repCompany ?? gap('repCompany')}の${values.repName ?? gap('repName')}です`);
            }
            if (vendor === null && (id === 'usage-encouragement' || id === 'welcome')) {
              fail(/expert|especialista|エキスパート|専門家|specialist|spécialis/i); // Adobe's entitlement, not every customer's
            }
          }
        });
      }
    }
  }
});

describe('dates on the 1st of the month', () => {
  const cases: { description: string; input: Locale; expected: string }[] = [
    { description: 'French writes 1er', input: 'fr', expected: '1er mars 2026' },
    { description: 'Portuguese writes 1º', input: 'pt', expected: '1º de março de 2026' },
    { description: 'English as Intl writes it', input: 'en', expected: 'March 1, 2026' },
    { description: 'Japanese as Intl writes it', input: 'ja', expected: '2026年3月1日' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(mergeValues(BASE, { ...CONTEXT, locale: input }).startDate).toBe(expected));
  }
});

describe('a client with a single licence, none assigned, is not written to about "licences"', () => {
  // Small businesses often buy one licence: the no-deployment reminder and the renewal reminder must then speak of that one licence.
  const plural: Record<Locale, RegExp> = {
    en: /\b(?:your|the|first|remaining) licen[cs]es\b|\blicen[cs]es (?:are|have)\b|\bcolleagues\b/u,
    fr: /\b(?:vos|les|des) (?:premières )?licences\b|aucune n’est|sur un total de 1\b/u, // « sur un total de 1 »: a total of one is no total
    pt: /\b(?:as|das) (?:primeiras )?licenças\b|de um total de 1\b/iu,
    ja: /最初のライセンス|ライセンスの一部|残りのライセンス|すべてのライセンス/u, // "the first of them", "all of them" when there is only one
  };
  for (const [locale, pattern] of Object.entries(plural) as [Locale, RegExp][]) {
    for (const id of ['no-deployment-reminder', 'renewal-reminder', 'deployment-follow-up']) {
      test(`${locale}/${id}`, () => {
        const values = mergeValues({ ...BASE, client: 'Banco Inter', seatsPurchased: 1, seatsAssigned: 0, activeUsers: 0 }, { ...CONTEXT, locale });
        for (const vendor of [null, ...VENDOR_IDS] as (VendorId | null)[]) {
          const filled = fillTemplate(template(locale, id), values, { locale, vendor });
          const text = `${segmentsToText(filled.subject, gap)}\n${segmentsToText(filled.body, gap)}`;
          expect(`${vendor}: ${text.match(pattern)?.[0] ?? ''}`).toBe(`${vendor}: `);
        }
      });
    }
  }
});

describe('a client in weeks 2-3 with no licence assigned is not congratulated on a good start', () => {
  // next-step rule 7 sends the deployment follow-up to every incomplete deployment, 0 assigned included.
  const praise: Partial<Record<Locale, RegExp>> = { en: /good start/u, fr: /bon début/u, pt: /bom começo/u };
  for (const [locale, pattern] of Object.entries(praise) as [Locale, RegExp][]) {
    test(`${locale}/deployment-follow-up`, () => {
      const values = mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 0, activeUsers: 0 }, { ...CONTEXT, locale });
      const filled = fillTemplate(template(locale, 'deployment-follow-up'), values, { locale, vendor: null });
      expect(segmentsToText(filled.body, gap).match(pattern)?.[0] ?? '').toBe('');
      const some = fillTemplate(template(locale, 'deployment-follow-up'), mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 12 }, { ...CONTEXT, locale }), { locale, vendor: null });
      expect(segmentsToText(some.body, gap)).toMatch(pattern);
    });
  }
});

describe('Japanese: nobody is not counted as "0ライセンスが" or "0名の方"', () => {
  // A count of zero reads as a count only in a table; a sentence says that none is assigned or nobody used it.
  for (const id of TEMPLATE_IDS) {
    test(`ja/${id}`, () => {
      const values = mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 0, usersActivated: 0, activeUsers: 0 }, { ...CONTEXT, locale: 'ja' });
      const body = segmentsToText(fillTemplate(template('ja', id), values, { locale: 'ja', vendor: null }).body, gap);
      expect(body.match(/(?<![\d,])0(?:ライセンス|名|人)(?:が|を|は|の方|です|のうち)/u)?.[0] ?? '').toBe('');
    });
  }
  test('a count above zero is still written as a count', () => {
    const values = mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 12, activeUsers: 3 }, { ...CONTEXT, locale: 'ja' });
    expect(segmentsToText(fillTemplate(template('ja', 'deployment-follow-up'), values, { locale: 'ja' }).body, gap)).toContain('12ライセンス');
    expect(segmentsToText(fillTemplate(template('ja', 'training-offer'), values, { locale: 'ja' }).body, gap)).toContain('3名');
  });
});

describe('a training offer to a client where nobody used the software does not say "some of your colleagues"', () => {
  // The training offer goes to low usage, down to none: "une partie de vos collègues" / 利用していない方も ("some of them")
  // would then describe everybody. Japanese: が, not も.
  const some: Partial<Record<Locale, RegExp>> = { fr: /une partie de vos collègues/u, ja: /取り入れられていない方も/u };
  for (const [locale, pattern] of Object.entries(some) as [Locale, RegExp][]) {
    test(`${locale}/training-offer`, () => {
      const values = mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 12, activeUsers: 0 }, { ...CONTEXT, locale });
      const body = segmentsToText(fillTemplate(template(locale, 'training-offer'), values, { locale }).body, gap);
      expect(body.match(pattern)?.[0] ?? '').toBe('');
    });
  }
});

describe('English: one licensed user is not written to as a group', () => {
  // "1 person has a licence, and 1 of them has used it": a count phrase can't see the other count, so no "of them".
  test('en/training-offer', () => {
    for (const activeUsers of [0, 1]) {
      const values = mergeValues({ ...BASE, seatsPurchased: 40, seatsAssigned: 1, activeUsers }, { ...CONTEXT, locale: 'en' });
      const body = segmentsToText(fillTemplate(template('en', 'training-offer'), values, { locale: 'en' }).body, gap);
      expect(body.match(/\bof them\b|(?<![\d.,])0 (?:people|person)\b/u)?.[0] ?? '').toBe('');
    }
  });
});
