import { describe, expect, it } from 'vitest';
import { SYNONYMS, expandQuery } from '../../../src/utils/search-synonyms';

describe('expandQuery', () => {
  it('swaps a known word for each synonym, keeping the rest of the query', () => {
    expect(expandQuery('有効化 手順', SYNONYMS.ja)).toEqual(['有効化 手順', 'アクティベーション 手順', 'アクティベート 手順', 'activation 手順']);
  });

  it('matches whatever the case, and finds English words on the Japanese site', () => {
    expect(expandQuery('Renewal', SYNONYMS.ja)).toEqual(['Renewal', '更新', '契約更新']);
  });

  it('covers the pairs readers asked for', () => {
    expect(expandQuery('implementação', SYNONYMS.pt)).toContain('implantação');
    expect(expandQuery('déploiement', SYNONYMS.fr)).toContain('attribution');
  });

  it('leaves an unknown query alone and caps the variants', () => {
    expect(expandQuery('nothing here', SYNONYMS.en)).toEqual(['nothing here']);
    expect(expandQuery('deployment', SYNONYMS.en, 3)).toHaveLength(3);
  });
});
