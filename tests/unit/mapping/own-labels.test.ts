import { describe, expect, test } from 'vitest';
import { suggestMapping } from '../../../src/lib/mapping/match';
import { FIELD_IDS } from '../../../src/lib/tracker/fields';
import en from '../../../src/i18n/en.json';
import fr from '../../../src/i18n/fr.json';
import ja from '../../../src/i18n/ja.json';
import pt from '../../../src/i18n/pt.json';

// The list export writes the interface's field labels as its column headers
// (ExportList.tsx): a rep who imports that file again, in any language, must
// get the same fields without mapping them by hand. A relabelled field
// (« Nom du contact admin ») that the registry does not know would break it.
const DICTIONARIES = { en, fr, pt, ja } as Record<string, Record<string, string>>;
const EXPORTED = ['clientId', 'adminName', 'adminEmail', 'adminPhone'] as const;

describe('the list export’s own headers map back to their fields', () => {
  for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
    test(locale, () => {
      const headers = EXPORTED.map((field) => dictionary[`field.${field}`]!);
      const mapping = suggestMapping(headers) as Record<string, string>;
      for (const [i, field] of EXPORTED.entries()) expect(mapping[field], `${locale} ${headers[i]}`).toBe(headers[i]);
    });
  }

  test('every field label of every dictionary maps to its field on its own', () => {
    const misses: string[] = [];
    for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
      for (const field of FIELD_IDS) {
        const label = dictionary[`field.${field}`];
        if (!label) continue;
        const mapping = suggestMapping([label]) as Record<string, string>;
        if (mapping[field] !== label) misses.push(`${locale} ${field}: ${label} → ${Object.keys(mapping).join(',') || 'nothing'}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
