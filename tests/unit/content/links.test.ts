/**
 * Links written inside content bodies (`[text](/fr/scripts/renewal-call/)`)
 * point at pages the site builds, in the entry's own locale, and objection
 * anchors at existing objections: a trainer's click never lands on a 404.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { OBJECTION_IDS } from '../../../src/lib/content/ids';
import { routesOf } from '../../e2e/routes';
import { ROOT, filesUnder } from './entries';

/** Every page path of content.md in one locale, e.g. '/fr/playbooks/renewal/renewal-call/' (the list the e2e route tests visit). */
const pagesOf = (lang: string) => new Set(routesOf(lang));

describe('links inside content bodies', () => {
  for (const file of filesUnder(ROOT)) {
    const id = relative(ROOT, file).replace(/\\/g, '/');
    const lang = id.split('/')[1]!;
    if (!(LOCALES as readonly string[]).includes(lang)) continue;
    const links = [...readFileSync(file, 'utf8').matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);
    if (links.length === 0) continue;
    test(id, () => {
      for (const link of links) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        expect(`${link} → ${pagesOf(lang).has(path)}`).toBe(`${link} → true`);
        if (path.endsWith('/objections/') && anchor !== undefined) expect(OBJECTION_IDS).toContain(anchor);
      }
    });
  }
});
