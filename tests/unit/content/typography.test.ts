/**
 * French content keeps one apostrophe style, the typographic ’ the UI
 * dictionary uses, and the no-break space French puts before : ; ? ! and %.
 * Email templates have their own owner and test.
 */
import { describe, expect, test } from 'vitest';
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

describe('Japanese spacing', () => {
  for (const collection of COLLECTIONS) {
    test(`${collection}: a space between Latin words and Japanese text`, () => {
      const japanese = entriesOf(collection).filter((e) => e.id.startsWith('ja/'));
      const glued = /[A-Za-z][\u3040-\u30ff\u4e00-\u9fff]|[\u3040-\u30ff\u4e00-\u9fff][A-Za-z]/u;
      const unspaced = japanese.filter((e) => glued.test(`${JSON.stringify(e.data)}${e.body}`.replace(/\d+(?:TB|GB)/g, '0'))).map((e) => e.id);
      expect(unspaced).toEqual([]);
    });
  }
});
