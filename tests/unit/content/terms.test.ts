/**
 * One name per thing, in the content and the interface alike (issue 13).
 * Portuguese: the tracker is the "painel de adoção"; "acompanhamento" is
 * the follow-up (the follow-up email, the follow-up call) and never the tool,
 * so a rep who reads "ligação de acompanhamento" never looks for a screen.
 */
import { describe, expect, test } from 'vitest';
import ja from '../../../src/i18n/ja.json';
import pt from '../../../src/i18n/pt.json';
import { entriesOf } from './entries';

const COLLECTIONS = ['playbooks', 'steps', 'templates', 'scripts', 'objections', 'glossary', 'vendors'];
const portuguese = COLLECTIONS.flatMap((c) => entriesOf(c).filter((e) => e.id.startsWith('pt/')).map((e) => ({ id: `${c}/${e.id}`, text: `${JSON.stringify(e.data)}\n${e.body}` })));

describe('Portuguese: the tracker has one name, "painel de adoção"', () => {
  test('the interface names it so and never calls it "acompanhamento"', () => {
    expect(pt['nav.tracker']).toBe('Painel de adoção');
    const clashing = Object.entries(pt).filter(([, value]) => /acompanhamento/i.test(value)).map(([key]) => key);
    expect(clashing).toEqual([]);
  });
  test('every link to the tracker in the content says "painel de adoção"', () => {
    const links = portuguese.flatMap(({ id, text }) => [...text.matchAll(/\[([^\]]*)\]\(\/pt\/tracker\/\)/g)].map((m) => `${id}: ${m[1]}`));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !/painel de adoção/i.test(l))).toEqual([]);
  });
  test('no other name for it in the content', () => {
    const other = /painel de acompanhamento|ferramenta de acompanhamento|planilha de acompanhamento|rastreador/i;
    expect(portuguese.filter(({ text }) => other.test(text)).map(({ id, text }) => `${id}: ${text.match(other)![0]}`)).toEqual([]);
  });
});

/**
 * Japanese (issue 13): 件 counts cases and inquiries, never licences or
 * companies (ライセンス, 社, 顧客数); the outcome of a call the customer does
 * not take up is 見送り, not 辞退 (a formal refusal); the subject of いただく
 * is the speaker, so 皆様が…いただける is wrong (皆様に…いただける).
 */
describe('Japanese wording', () => {
  const japanese = COLLECTIONS.flatMap((c) => entriesOf(c).filter((e) => e.id.startsWith('ja/')).map((e) => ({ id: `${c}/${e.id}`, text: `${JSON.stringify(e.data)}\n${e.body}` })));
  const faults: { description: string; pattern: RegExp }[] = [
    { description: '件 after a count of licences, seats or assignments', pattern: /(?:\]|\}|\d|数)件(?:のうち|が割り当て|の割り当て)|割り当て(?:済み)?が\s*0\s*件|顧客の件数|(?:分類|バケット)[^。]{0,40}の件数/u },
    { description: '辞退 as the outcome of a call', pattern: /辞退/u },
    { description: '皆様が … いただける', pattern: /皆様が[^。]{0,30}いただけ/u },
  ];
  for (const { description, pattern } of faults) {
    test(description, () => expect(japanese.filter(({ text }) => pattern.test(text)).map(({ id, text }) => `${id}: ${text.match(pattern)![0]}`)).toEqual([]));
  }
  test('the interface calls a declined call 見送り', () => {
    expect(ja['outcome.declined']).toBe('見送り');
  });
  test('the position of a step reads ステップ2／5, Japanese style (no space, full-width slash)', () => {
    expect(ja['step.of']).toBe('ステップ{{index}}／{{total}}');
  });
});

/**
 * Portuguese (issue 13): an article before the client's name guesses its
 * gender ("da Banco Inter"); a placeholder the rep reads aloud is no different.
 */
describe('Portuguese: no article before the client name', () => {
  test('neither before {client} nor before [empresa do cliente]', () => {
    const pattern = /\b(?:da|do|à|ao|na|no|pela|pelo|a|o|A|O) (?:\{client\}|\[empresa do cliente\])/u;
    expect(portuguese.filter(({ text }) => pattern.test(text)).map(({ id, text }) => `${id}: ${text.match(pattern)![0]}`)).toEqual([]);
  });
});

/**
 * Portuguese (issue 13): an email speaks to one person, the admin, as
 * "você"; "vocês" in the next sentence makes the reader wonder who else is
 * addressed. The team is "a sua equipe", its people "seus usuários". Call
 * scripts follow suit: the rep talks to one person on the phone, and the
 * same opening that said "o ambiente de vocês… chegou até você?" mixed both.
 */
describe('Portuguese: no gender assumed for the customer\'s admin', () => {
  // "o administrador" guesses a man: the content says "quem administra a assinatura", "a pessoa responsável pela
  // administração" or names the role ("função de administração"). Microsoft's role names stay as Partner Center writes them.
  const VENDOR_ROLES = /função de administrador global|administrador de gerenciamento de usuários|agente administrador/giu;
  const pattern = /\badministrador(?:a|es|as)?\b/iu;
  for (const collection of COLLECTIONS) {
    test(collection, () => {
      const texts = portuguese.filter(({ id }) => id.startsWith(`${collection}/`)).map(({ id, text }) => ({ id, text: text.replace(VENDOR_ROLES, '') }));
      expect(texts.filter(({ text }) => pattern.test(text)).map(({ id, text }) => `${id}: ${text.match(/[^.!?\n]*\badministrador\w*[^.!?\n]*/iu)![0]}`)).toEqual([]);
    });
  }
});

describe('Portuguese: one reader, "você", never "vocês"', () => {
  for (const collection of ['templates', 'scripts']) {
    test(collection, () => {
      const texts = portuguese.filter(({ id }) => id.startsWith(`${collection}/`));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter(({ text }) => /\bvocês\b/iu.test(text)).map(({ id, text }) => `${id}: ${text.match(/[^.!?\n]*\bvocês\b[^.!?\n]*/iu)![0]}`)).toEqual([]);
    });
  }
});

/**
 * French (issue 13): the person who administers the customer's subscription
 * may be a man or a woman, so the content does not call them
 * "l’administrateur": it says "le contact admin", "la personne qui
 * administre l’abonnement", or speaks of the role ("rôle d’administration").
 * A vendor's role name is quoted as the console writes it (Microsoft's
 * "administrateur général"); the familiar "l’admin" is not the register either.
 */
describe('French: no gender assumed for the customer\'s admin', () => {
  const VENDOR_ROLES = /rôle d’administrateur général|administrateur de la gestion des utilisateurs/gu;
  const french = COLLECTIONS.flatMap((c) => entriesOf(c).filter((e) => e.id.startsWith('fr/')).map((e) => ({ id: `${c}/${e.id}`, text: `${JSON.stringify(e.data)}\n${e.body}`.replace(VENDOR_ROLES, '') })));
  const faults: { description: string; pattern: RegExp }[] = [
    { description: '"administrateur(s)" or "administratrice(s)" as a noun', pattern: /\badministrat(?:eur|rice)s?\b/giu },
    { description: 'the familiar "l’admin", "son admin"', pattern: /(?:\bl’|\b(?:son|votre|leur|un|les|des|aux) )admins?\b(?! Console)/gu },
  ];
  for (const { description, pattern } of faults) {
    test(description, () => {
      const found = french.flatMap(({ id, text }) => [...text.matchAll(pattern)].map((m) => `${id}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}…`));
      expect(found).toEqual([]);
    });
  }
});
