import { describe, expect, test } from 'vitest';
import ja from '../../src/i18n/ja.json';
import { japanesePhrases, phrasesOf } from '../../src/lib/phrases';

// Where a Japanese bucket label may break, written by hand: between its phrases, never inside
// アクティベーション (seen broken as 未アクティベー/ション at 1366 px) or 割り当て.
const EXPECTED: Record<string, string> = {
  'bucket.activation.none': '未アクティベーション',
  'bucket.activation.partial': '一部|アクティベーション済み',
  'bucket.activation.full': 'アクティベーション|完了',
  'bucket.activation.unknown': '不明',
  'bucket.deployment.none': '割り当てなし',
  'bucket.deployment.partial': '一部|割り当て済み',
  'bucket.deployment.full': 'すべて|割り当て済み',
  'bucket.deployment.over': '購入数を|超えて|割り当て',
  'bucket.deployment.unknown': '不明',
  'bucket.usage.none': '利用なし',
  'bucket.usage.low': '低い|（50%未満）',
  'bucket.usage.good': '良好|（50～100%）',
  'bucket.usage.inflated': '100%超',
  'bucket.usage.unknown': '不明',
  'bucket.stage.upcoming': '開始前',
  'bucket.stage.week-1': '第1週',
  'bucket.stage.weeks-2-3': '第2～3週',
  'bucket.stage.week-4': '第4週',
  'bucket.stage.weeks-5-6': '第5～6週',
  'bucket.stage.weeks-7-10': '第7～10週',
  'bucket.stage.ongoing': '第11週|以降',
  'bucket.stage.unknown': '不明',
  'bucket.renewal.lapsed': '更新日|経過',
  'bucket.renewal.within-45': '45日以内',
  'bucket.renewal.within-90': '46～90日後',
  'bucket.renewal.later': '91日以上先',
  'bucket.renewal.unknown': '不明',
};

describe('phrasesOf: word segments (as ICU cuts them) joined into phrases', () => {
  test('katakana cut into pieces is one word again', () => {
    expect(phrasesOf(['一部', 'アク', 'テ', 'ィ', 'ベ', 'ー', 'ション', '済み'])).toEqual(['一部', 'アクティベーション済み']);
  });
  test('a one-kanji prefix joins the next word, a one-kanji suffix the previous', () => {
    expect(phrasesOf(['未', 'アク', 'テ', 'ィ', 'ベ', 'ー', 'ション'])).toEqual(['未アクティベーション']);
    expect(phrasesOf(['更新', '日', '経過'])).toEqual(['更新日', '経過']);
  });
  test('particles and okurigana join the word before; a kanji after a particle starts a phrase', () => {
    expect(phrasesOf(['購入', '数', 'を', '超', 'えて', '割り当て'])).toEqual(['購入数を', '超えて', '割り当て']);
    expect(phrasesOf(['利用', 'なし'])).toEqual(['利用なし']);
  });
  test('figures, signs and brackets stay with their words', () => {
    expect(phrasesOf(['良好', '（', '50', '～', '100', '%', '）'])).toEqual(['良好', '（50～100%）']);
    expect(phrasesOf(['第', '11', '週', '以降'])).toEqual(['第11週', '以降']);
    expect(phrasesOf(['100', '%', '超'])).toEqual(['100%超']);
  });
  test('nothing to join, nothing lost', () => {
    expect(phrasesOf([])).toEqual([]);
    expect(phrasesOf(['不明'])).toEqual(['不明']);
  });
});

describe('japanesePhrases: every Japanese bucket label, cut by this runtime’s segmenter', () => {
  const labels = Object.entries(ja as Record<string, string>).filter(([key]) => key.startsWith('bucket.'));
  test('every label is listed here', () => {
    expect(labels.map(([key]) => key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [key, label] of labels) {
    test(`${key}: ${EXPECTED[key]}`, () => {
      const phrases = japanesePhrases(label);
      expect(phrases.join('')).toBe(label);
      expect(phrases.join('|')).toBe(EXPECTED[key]);
    });
  }
});
