import { describe, expect, test } from 'vitest';
import { foldText, headerTokens, normalizeHeader } from '../../../src/lib/mapping/normalize';

describe('normalizeHeader', () => {
  const cases = [
    { description: 'French accents, parentheses and percent', input: 'Licences attribuées (%)', expected: 'licencesattribuees' },
    { description: 'full-width letters and ideographic space', input: 'ＣＵＳＴＯＭＥＲ　ＮＡＭＥ', expected: 'customername' },
    { description: 'camelCase', input: 'customerName', expected: 'customername' },
    { description: 'snake_case and kebab-case', input: 'start_date / start-date', expected: 'startdatestartdate' },
    { description: 'Portuguese cedilla and tilde', input: 'Taxa de implantação', expected: 'taxadeimplantacao' },
    { description: 'typographic apostrophe', input: 'Lien d’activation', expected: 'liendactivation' },
    { description: 'digits kept', input: 'Active Users (28 days)', expected: 'activeusers28days' },
    { description: 'full-width digits and parentheses', input: 'アクティブユーザー数（２８日間）', expected: 'アクティブユーザー数28日間' },
    { description: 'voiced kana stay composed (ガ is not カ + ゛)', input: 'ガイド', expected: 'ガイド' },
    { description: 'semi-voiced kana in decomposed input are composed', input: 'ハ\u309Aスワード', expected: 'パスワード' },
    { description: 'half-width katakana widened', input: 'ﾗｲｾﾝｽ数', expected: 'ライセンス数' },
    { description: 'prolonged sound mark kept', input: 'ユーザー', expected: 'ユーザー' },
    { description: 'Japanese middle dot removed', input: '会社・組織名', expected: '会社組織名' },
    { description: 'already decomposed accents', input: 'De\u0301but', expected: 'debut' },
    { description: 'byte-order mark and tabs', input: '\uFEFF\tClient ', expected: 'client' },
    { description: 'only punctuation', input: '#%()', expected: '' },
    { description: 'empty', input: '', expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(normalizeHeader(input)).toBe(expected));
  }
});

describe('foldText', () => {
  const cases = [
    { description: 'keeps spaces and punctuation', input: 'Licences Attribuées (%)', expected: 'licences attribuees (%)' },
    { description: 'widens and lower-cases', input: 'ＩＤ ｸﾗｲｱﾝﾄ', expected: 'id クライアント' },
    { description: 'Japanese unchanged', input: 'フランス語', expected: 'フランス語' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(foldText(input)).toBe(expected));
  }
});

describe('headerTokens', () => {
  const cases = [
    { description: 'spaces', input: 'Licences achetées', expected: ['licences', 'achetees'] },
    { description: 'camelCase', input: 'usagePercent', expected: ['usage', 'percent'] },
    { description: 'PascalCase with an upper-case acronym', input: 'CustomerTenantID', expected: ['customer', 'tenant', 'id'] },
    { description: 'digits apart', input: 'Active Users (28 days)', expected: ['active', 'users', '28', 'days'] },
    { description: 'Latin next to Japanese', input: 'テナントＩＤ', expected: ['テナント', 'id'] },
    { description: 'apostrophe splits', input: "Lien d'activation", expected: ['lien', 'd', 'activation'] },
    { description: 'punctuation only', input: '% - ()', expected: [] },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(headerTokens(input)).toEqual(expected));
  }
});
