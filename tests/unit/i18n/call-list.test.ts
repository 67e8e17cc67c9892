/**
 * The call list has one name per language (issue 13): the name the list's
 * toggle shows (« À appeler », 電話リスト…). A rep told that "la liste
 * d’appels has no phone numbers" or to open the 架電リスト looks for a second
 * list that does not exist. The printed call sheet is another thing (it
 * prints whatever the list shows, call list or not), so it must not borrow
 * the call list's name either.
 */
import { describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { DICTIONARIES } from '../../../src/i18n/utils';
import { entriesOf } from '../content/entries';

/** The toggle's label without its count: 'Call list ({{count, number}})' → 'Call list', '電話リスト（{{count, number}}社）' → '電話リスト'. */
const termOf = (label: string) => label.replace(/\s*[（(][^）)]*\{\{[^}]*\}\}[^）)]*[）)]\s*$/u, '').trim();
const has = (text: string, term: string) => text.toLocaleLowerCase().includes(term.toLocaleLowerCase());

/** Other names for the call list seen in earlier versions, per locale. */
const VARIANTS: Record<Locale, RegExp> = {
  en: /calling list|phone list/iu,
  fr: /liste d[’']appels?\b|liste des appels/iu,
  pt: /lista para ligar|lista de chamadas/iu,
  ja: /架電リスト|コールリスト|電話一覧/u,
};

describe('the call list has the toggle\'s name everywhere', () => {
  for (const locale of LOCALES) {
    const dict = DICTIONARIES[locale];
    const term = termOf(dict['table.filter.callList']!);

    test(`${locale}: the toggle has a name ("${term}")`, () => {
      expect(term).not.toMatch(/\{|\}|\d/);
      expect(term.length).toBeGreaterThan(1);
    });

    test(`${locale}: the missing-phone warning and the other strings that name it use that name`, () => {
      for (const key of ['summary.off.adminPhone', 'table.filter.overdueChip', 'detail.newDeadlineHint']) {
        expect(`${key}: ${has(dict[key]!, term)}`).toBe(`${key}: true`);
      }
    });

    test(`${locale}: no interface string calls it anything else`, () => {
      expect(Object.entries(dict).filter(([, value]) => VARIANTS[locale].test(value)).map(([key, value]) => `${key}: ${value}`)).toEqual([]);
    });

    test(`${locale}: the printed call sheet is not named like the call list`, () => {
      const named = Object.entries(dict).filter(([key, value]) => key.startsWith('outreach.callSheet.') && has(value, term));
      expect(named.map(([key, value]) => `${key}: ${value}`)).toEqual([]);
    });

    test(`${locale}: the playbook content calls it so too`, () => {
      const content = ['steps', 'playbooks', 'scripts'].flatMap((c) =>
        entriesOf(c)
          .filter((e) => e.id.startsWith(`${locale}/`))
          .map((e) => ({ id: `${c}/${e.id}`, text: `${JSON.stringify(e.data)}\n${e.body}` })),
      );
      expect(content.filter(({ text }) => VARIANTS[locale].test(text)).map(({ id, text }) => `${id}: ${text.match(VARIANTS[locale])![0]}`)).toEqual([]);
    });
  }
});
