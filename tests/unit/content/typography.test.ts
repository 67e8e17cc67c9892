/**
 * French content keeps one apostrophe style, the typographic ’ the UI
 * dictionary uses, and the no-break space French puts before : ; ? ! and %.
 * Email templates have their own owner and test, except for the apostrophe:
 * one style across every French item and the French dictionary.
 */
import { describe, expect, test } from 'vitest';
import fr from '../../../src/i18n/fr.json';
import ja from '../../../src/i18n/ja.json';
import { entriesOf } from './entries';

const COLLECTIONS = ['playbooks', 'steps', 'scripts', 'objections', 'glossary', 'vendors'];

describe('French typography', () => {
  for (const collection of COLLECTIONS) {
    const french = entriesOf(collection).filter((e) => e.id.startsWith('fr/'));
    test(`${collection}: typographic apostrophes only`, () => {
      const straight = french.filter((e) => /\p{L}'\p{L}/u.test(`${JSON.stringify(e.data)}${e.body}`)).map((e) => e.id);
      expect(straight).toEqual([]);
    });
    test(`${collection}: a no-break space, never a plain one, before : ; ? !`, () => {
      const plain = french.filter((e) => /\S [;?!]|\S :(?!\/)/u.test(`${JSON.stringify(e.data)}${e.body}`)).map((e) => e.id);
      expect(plain).toEqual([]);
    });
  }
});

describe('French apostrophes: the typographic ’ only, whatever follows it', () => {
  // "l'[outil de suivi](…)" or "d'{client}" escape a letter-to-letter check: any ASCII ' is the other style.
  for (const collection of [...COLLECTIONS, 'templates']) {
    test(`${collection}: no straight apostrophe, not even before a link or a field`, () => {
      const french = entriesOf(collection).filter((e) => e.id.startsWith('fr/'));
      const straight = french.flatMap((e) => [...`${JSON.stringify(e.data)}${e.body}`.matchAll(/.{0,12}'.{0,12}/gu)].map((m) => `${e.id}: ${m[0]}`));
      expect(straight).toEqual([]);
    });
  }
  test('no mis-encoded apostrophe (’ read as Latin-1 gives â plus two C1 controls)', () => {
    const all = [...COLLECTIONS, 'templates'].flatMap((c) => entriesOf(c));
    expect(all.filter((e) => /[\u0080-\u009f]/u.test(`${JSON.stringify(e.data)}${e.body}`)).map((e) => e.id)).toEqual([]);
  });
  test('the French dictionary: a no-break space, never a plain one, before : ; ? ! and inside « »', () => {
    expect(Object.entries(fr).filter(([, value]) => /\S [:;?!»]|« /u.test(value)).map(([key]) => key)).toEqual([]);
  });
  test('the French dictionary', () => {
    expect(Object.entries(fr).filter(([, value]) => value.includes("'")).map(([key]) => key)).toEqual([]);
  });
});

describe('Japanese spacing', () => {
  for (const collection of [...COLLECTIONS, 'templates']) {
    test(`${collection}: a space between Latin words and Japanese text`, () => {
      const japanese = entriesOf(collection).filter((e) => e.id.startsWith('ja/'));
      const glued = /[A-Za-z][\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff][A-Za-z]/u;
      const unspaced = japanese.filter((e) => glued.test(`${JSON.stringify(e.data)}${e.body}`.replace(/\d+(?:TB|GB)/g, '0'))).map((e) => e.id);
      expect(unspaced).toEqual([]);
    });
  }
  test('the Japanese dictionary follows the same rule, so that content quoting a UI label quotes it exactly', () => {
    const glued = /[A-Za-z][\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff][A-Za-z]/u;
    const text = (value: string) => value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\d+(?:KB|MB|GB|TB)/g, '0');
    expect(Object.entries(ja).filter(([, value]) => glued.test(text(value))).map(([key]) => key)).toEqual([]);
  });
});
