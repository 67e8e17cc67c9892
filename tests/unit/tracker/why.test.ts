import { describe, expect, test } from 'vitest';
import { whyText } from '../../../src/components/tracker/why';
import { createT } from '../../../src/i18n/client';
import { LOCALE_TAGS, type Locale } from '../../../src/i18n/locales';
import en from '../../../src/i18n/en.json';
import fr from '../../../src/i18n/fr.json';
import pt from '../../../src/i18n/pt.json';
import ja from '../../../src/i18n/ja.json';
import type { Explanation } from '../../../src/lib/tracker/explain';

const dictionaries: Record<Locale, Record<string, string>> = { en, fr, pt, ja };
const explanation = { dimension: 'usage', bucket: 'low', reason: { kind: 'percent', percent: 45, percentField: 'usagePct', ratio: 0.45 } } as Explanation;

describe('whyText', () => {
  // The dimension's label is followed by each locale's own "label: value" separator.
  const cases: { lang: Locale; starts: string }[] = [
    { lang: 'en', starts: `${en['dimension.usage']}: ` },
    { lang: 'fr', starts: `${fr['dimension.usage']}\u00a0: ` },
    { lang: 'pt', starts: `${pt['dimension.usage']}: ` },
    { lang: 'ja', starts: `${ja['dimension.usage']}：` },
  ];
  for (const { lang, starts } of cases) {
    test(`${lang}: the label is written the locale's way`, () => {
      const t = createT(lang, dictionaries[lang]);
      const text = whyText({ t, tag: LOCALE_TAGS[lang], mapping: { usagePct: 'Usage %' } }, explanation);
      expect(text.startsWith(starts)).toBe(true);
      expect(text).toContain('Usage %');
    });
  }
});
