/**
 * Scripts and steps tell the rep which control to use to log a call, quoting
 * its label: the quote must be the label the interface shows (the row button
 * or the dialog title), or the rep looks for a button that does not exist.
 */
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.json';
import fr from '../../../src/i18n/fr.json';
import ja from '../../../src/i18n/ja.json';
import pt from '../../../src/i18n/pt.json';
import { entriesOf } from './entries';

/** A dictionary label without the trailing colon some dialog titles carry, e.g. "Registrar ligação:" → "Registrar ligação". */
const bare = (label: string) => label.replace(/[\s\u00a0]*[:：]$/u, '');

// How each locale quotes a control that logs a call: « Enregistrer … », "Registrar …", 「…記録」.
const QUOTED: Record<string, { dict: Record<string, string>; pattern: RegExp }> = {
  fr: { dict: fr, pattern: /«\u00a0(Enregistrer [^»]*?)\u00a0»/gu },
  pt: { dict: pt, pattern: /"(Registrar [^"]*?)"/gu },
  ja: { dict: ja, pattern: /「(通話[^」]*記録)」/gu },
};

describe('content quotes the call-logging control by its real label', () => {
  for (const [locale, { dict, pattern }] of Object.entries(QUOTED)) {
    test(locale, () => {
      const labels = [dict['table.logCall'], dict['detail.logCallFor']].map((l) => bare(l!));
      const quotes = ['scripts', 'steps'].flatMap((c) =>
        entriesOf(c)
          .filter((e) => e.id.startsWith(`${locale}/`))
          .flatMap((e) => [...(e.body ?? '').matchAll(pattern)].map((m) => ({ id: `${c}/${e.id}`, label: m[1]! }))),
      );
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.filter((q) => !labels.includes(q.label))).toEqual([]);
    });
  }
});

/**
 * Steps send the rep to a tracker category (a bucket: activation, deployment,
 * usage, stage) by quoting its name. The quote must be the label the tracker
 * shows: « aucune », "parcial" or 「一部展開」 are names nobody sees on screen.
 */
const BUCKET_QUOTES: Record<string, { dict: Record<string, string>; pattern: RegExp }> = {
  en: { dict: en, pattern: /\b(?:activation|deployment|usage) "([^"]+)" bucket/gu },
  fr: { dict: fr, pattern: /(?:catégorie d’activation|catégorie de déploiement|catégorie d’utilisation|en étape) «\u00a0([^»]+?)\u00a0»/gu },
  pt: { dict: pt, pattern: /categoria de (?:ativação|implantação|uso) "([^"]+)"/gu },
  ja: { dict: ja, pattern: /(?:分類|段階が)「([^」]+)」/gu },
};

describe('content quotes a tracker category by the label the tracker shows', () => {
  for (const [locale, { dict, pattern }] of Object.entries(BUCKET_QUOTES)) {
    test(locale, () => {
      const labels = Object.entries(dict).filter(([key]) => key.startsWith('bucket.')).map(([, value]) => value);
      const quotes = ['steps', 'playbooks', 'scripts'].flatMap((c) =>
        entriesOf(c)
          .filter((e) => e.id.startsWith(`${locale}/`))
          .flatMap((e) => [...(e.body ?? '').matchAll(pattern)].map((m) => ({ id: `${c}/${e.id}`, label: m[1]! }))),
      );
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.filter((q) => !labels.includes(q.label))).toEqual([]);
    });
  }
});
