/**
 * One name per thing, in the content and the interface alike (issue 13).
 * Portuguese: the tracker is the "painel de adoção"; "acompanhamento" is
 * the follow-up (the follow-up email, the follow-up call) and never the tool,
 * so a rep who reads "ligação de acompanhamento" never looks for a screen.
 */
import { describe, expect, test } from 'vitest';
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
