/**
 * The real content library, read from disk: the same parity rules the build
 * applies, plus what the tracker relies on (each template's merge fields, each
 * step's links resolving to existing items). A quicker signal than a build.
 */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { checkParity } from '../../../src/lib/content/parity';
import { entriesOf } from './entries';
import { STRUCTURE, templateFields, type CollectionName } from '../../../src/lib/content/structure';
import { OBJECTION_IDS, SCRIPT_IDS, STEP_REFS, TEMPLATE_IDS } from '../../../src/lib/content/ids';
import { withoutPlaceholders } from '../../../src/lib/email/fields';

/**
 * Each template's fields, from tracker.md §6 and src/content/README.md. Every
 * email names the rep's company (Japanese introduces the sender as
 * 「{repCompany}の{repName}です」); the no-deployment email no longer gives a
 * start date (Adobe's only date column is the renewal date).
 */
const TEMPLATE_FIELDS: Record<string, string[]> = {
  'activation-request': ['adminName', 'client', 'activationLink', 'deadline', 'bookingLink', 'repName', 'repCompany'],
  welcome: ['adminName', 'client', 'product', 'bookingLink', 'repName', 'repCompany'],
  'deployment-follow-up': ['adminName', 'client', 'seatsPurchased', 'seatsAssigned', 'bookingLink', 'repName', 'repCompany'],
  'usage-encouragement': ['adminName', 'client', 'product', 'repName', 'repCompany'],
  'no-deployment-reminder': ['adminName', 'client', 'seatsPurchased', 'bookingLink', 'repName', 'repCompany'],
  'partial-deployment': ['adminName', 'client', 'seatsAssigned', 'seatsPurchased', 'deploymentPct', 'bookingLink', 'repName', 'repCompany'],
  'training-offer': ['adminName', 'client', 'activeUsers', 'seatsAssigned', 'bookingLink', 'repName', 'repCompany'],
  'activation-thanks': ['adminName', 'client', 'bookingLink', 'repName', 'repCompany'],
  'voicemail-follow-up': ['adminName', 'client', 'bookingLink', 'repName', 'repCompany', 'repPhone'],
  'roles-recap': ['adminName', 'client', 'bookingLink', 'repName', 'repCompany'],
  'resources-follow-up': ['adminName', 'client', 'product', 'bookingLink', 'repName', 'repCompany'],
  'renewal-reminder': ['adminName', 'client', 'product', 'renewalDate', 'seatsPurchased', 'seatsAssigned', 'bookingLink', 'repName', 'repCompany'],
};

describe('content library', () => {
  for (const collection of Object.keys(STRUCTURE) as CollectionName[]) {
    test(`${collection}: every item in every locale, same structure`, () => {
      const entries = entriesOf(collection);
      expect(entries.length).toBeGreaterThan(0);
      expect(checkParity(entries, LOCALES, STRUCTURE[collection])).toEqual([]);
    });
  }

  for (const entry of entriesOf('templates')) {
    test(`template ${entry.id} uses exactly its merge fields`, () => {
      const item = entry.id.split('/')[1]!;
      expect(TEMPLATE_IDS).toContain(item);
      expect(templateFields(entry)).toEqual([...TEMPLATE_FIELDS[item]!].sort());
      // A brace left around anything but a merge field or a count phrase would reach the customer.
      expect(withoutPlaceholders(`${String(entry.data['subject'])}\n${entry.body}`)).not.toMatch(/[{}]/);
    });
  }

  test('every step links only to existing templates, scripts and objections', () => {
    for (const entry of entriesOf('steps')) {
      for (const id of entry.data['templates'] as string[]) expect(TEMPLATE_IDS).toContain(id);
      for (const id of entry.data['scripts'] as string[]) expect(SCRIPT_IDS).toContain(id);
      for (const id of entry.data['objections'] as string[]) expect(OBJECTION_IDS).toContain(id);
    }
  });

  test('templates and scripts point at existing steps', () => {
    for (const entry of [...entriesOf('templates'), ...entriesOf('scripts')]) expect(STEP_REFS).toContain(entry.data['step']);
  });

  test('the step a template or script names links it back (the page and the tracker agree on where it is used)', () => {
    const steps = new Map(entriesOf('steps').map((e) => [e.id, e]));
    const unlinked: string[] = [];
    for (const [collection, list] of [['templates', 'templates'], ['scripts', 'scripts']] as const) {
      for (const entry of entriesOf(collection)) {
        const [locale, item] = entry.id.split('/') as [string, string];
        const step = steps.get(`${locale}/${String(entry.data['step'])}`);
        if (!((step?.data[list] ?? []) as string[]).includes(item)) unlinked.push(`${collection}/${entry.id} → ${String(entry.data['step'])}`);
      }
    }
    expect(unlinked).toEqual([]);
  });

  test('a number and its % never break apart: no plain space before % (French uses a no-break space)', () => {
    for (const collection of Object.keys(STRUCTURE) as CollectionName[]) {
      for (const entry of entriesOf(collection)) {
        const text = `${JSON.stringify(entry.data)}\n${entry.body}`;
        expect(`${collection}/${entry.id}: ${text.match(/.{0,20}\d %/)?.[0] ?? ''}`).toBe(`${collection}/${entry.id}: `);
      }
    }
  });

  test('templates outside English keep no English greeting or sign-off', () => {
    const english = /\b(Hi|Hello|Dear|Best regards|Kind regards|Thanks)\b/;
    for (const entry of entriesOf('templates').filter((e) => !e.id.startsWith('en/'))) {
      expect(`${entry.id}: ${entry.body}`).not.toMatch(english);
    }
  });
});
