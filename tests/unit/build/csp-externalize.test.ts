import { describe, expect, it } from 'vitest';
import { externalize, inlineFileName } from '../../../scripts/csp-externalize.mjs';

describe('externalize (strict CSP: nothing inline)', () => {
  it('moves a classic inline script to a blocking file in the same place', () => {
    const { html, files } = externalize('<p>a</p><script>run()</script><p>b</p>');
    const name = inlineFileName('run()', 'js');
    expect(html).toBe(`<p>a</p><script src="/_astro/inline/${name}"></script><p>b</p>`);
    expect(files.get(name)).toBe('run()');
  });

  it('keeps a module a module', () => {
    const { html } = externalize('<script type="module">import("/x.js")</script>');
    expect(html).toMatch(/^<script type="module" src="\/_astro\/inline\/[0-9a-f]{16}\.js"><\/script>$/);
  });

  it('leaves external scripts, empty scripts and JSON data blocks alone', () => {
    const source = '<script src="/a.js"></script><script></script><script type="application/ld+json">{"a":1}</script>';
    const { html, files } = externalize(source);
    expect(html).toBe(source);
    expect(files.size).toBe(0);
  });

  it('turns a <style> block into a stylesheet link, keeping its media', () => {
    const { html, files } = externalize('<style media="print">a{color:red}</style>');
    const name = inlineFileName('a{color:red}', 'css');
    expect(html).toBe(`<link rel="stylesheet" href="/_astro/inline/${name}" media="print">`);
    expect(files.get(name)).toBe('a{color:red}');
  });

  it('names files by content: the same script on many pages is one file', () => {
    expect(inlineFileName('x', 'js')).toBe(inlineFileName('x', 'js'));
    expect(inlineFileName('x', 'js')).not.toBe(inlineFileName('y', 'js'));
  });
});
