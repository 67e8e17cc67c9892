/** What the build compares between locales for a template: step, merge fields (count phrases included) and vendor blocks. */
import { describe, expect, test } from 'vitest';
import { checkParity, type LocalizedEntry } from '../../../src/lib/content/parity';
import { STRUCTURE } from '../../../src/lib/content/structure';

const entry = (id: string, body: string, subject = 'Hi {adminName}'): LocalizedEntry => ({ id, data: { step: 'renewal/renewal-call', subject }, body });
const ADOBE = '\n\n:::vendor adobe\nAdobe only.\n:::\n';

describe('STRUCTURE.templates', () => {
  test('step, sorted fields (count phrases included) and vendors', () => {
    expect(STRUCTURE.templates(entry('en/x', `{client}: {seatsPurchased, plural, one {# licence} other {# licences}}${ADOBE}`))).toEqual({
      step: 'renewal/renewal-call',
      fields: ['adminName', 'client', 'seatsPurchased'],
      vendors: ['adobe'],
    });
  });
  test('an unknown merge field is named', () => expect(() => STRUCTURE.templates(entry('en/x', '{nickname}'))).toThrow(/unknown merge fields: nickname/));
  test('a block for an unknown vendor is named', () => expect(() => STRUCTURE.templates(entry('en/x', ':::vendor oracle\nx\n:::'))).toThrow(/unknown vendors: oracle/));
  test('a locale missing a vendor block is a parity problem', () => {
    const problems = checkParity([entry('en/x', `Text.${ADOBE}`), entry('fr/x', 'Texte.')], ['en', 'fr'], STRUCTURE.templates);
    expect(problems.map((p) => `${p.locale}/${p.item} ${p.kind}`)).toEqual(['fr/x structure']);
  });
});
