import { describe, expect, it } from 'vitest';
import { buildToc, headingText, slug } from '../../../src/utils/toc';

describe('buildToc', () => {
  it('gives missing ids, keeps existing ones, lists h2 in order', () => {
    const { html, entries } = buildToc('<h1>T</h1><h2>Tips</h2><p>x</p><h2 id="log" class="a">What to <em>log</em></h2><h3>Sub</h3>');
    expect(entries).toEqual([
      { id: 'tips', text: 'Tips', level: 2 },
      { id: 'log', text: 'What to log', level: 2 },
    ]);
    expect(html).toBe('<h1>T</h1><h2 id="tips">Tips</h2><p>x</p><h2 id="log" class="a">What to <em>log</em></h2><h3>Sub</h3>');
  });

  it('lists h3 when asked, and never reuses an id the page has', () => {
    const { entries } = buildToc('<div id="tips"></div><h2>Tips</h2><h3 class="x">Tips</h3>', 3);
    expect(entries.map((e) => [e.id, e.level])).toEqual([['tips-2', 2], ['tips-3', 3]]);
  });

  it('skips headings marked data-toc-skip or empty', () => {
    expect(buildToc('<h2 data-toc-skip>On this page</h2><h2><svg></svg></h2>').entries).toEqual([]);
  });
});

describe('slug and headingText', () => {
  it('keep any script and decode entities', () => {
    expect(slug('Étape 2 : bilan')).toBe('étape-2-bilan');
    expect(slug('次のステップ（第2～3週）')).toBe('次のステップ-第2-3週');
    expect(slug('!!!')).toBe('section');
    expect(headingText('<a href="#x">Tips &amp; <b>tricks</b></a> &#39;a&#x27;')).toBe("Tips & tricks 'a'");
  });
});
