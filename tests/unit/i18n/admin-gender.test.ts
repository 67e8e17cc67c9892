/**
 * The interface names the customer's admin without guessing their gender
 * (issue 13), like the content does: "contact admin" in French, "contato de
 * administração" / "quem administra a assinatura" in Portuguese. A field
 * label also ends up inside a filled email as a gap to complete
 * ("[Nom de l’administrateur]"), so it is email text too.
 */
import { describe, expect, test } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/utils';

const GENDERED: Record<'fr' | 'pt', RegExp> = {
  fr: /\badministrat(?:eur|rice)s?\b/iu,
  pt: /\badministrador(?:a|es|as)?\b/iu,
};

describe('no gendered noun for the customer\'s admin in the interface', () => {
  for (const [locale, pattern] of Object.entries(GENDERED) as ['fr' | 'pt', RegExp][]) {
    test(locale, () => {
      const found = Object.entries(DICTIONARIES[locale]).filter(([, value]) => pattern.test(value)).map(([key, value]) => `${key}: ${value}`);
      expect(found).toEqual([]);
    });
  }
});
