import { describe, expect, test } from 'vitest';
import { safeHttpsUrl, telHref } from '../../src/lib/url';
import { safeHttpsUrl as trackerLink } from '../../src/lib/tracker/values';
import { httpsLink } from '../../src/lib/email/values';

// The tracker's activation links, the email merge values and the rep's
// booking link once had three checks that disagreed: the email one sent
// 'https://bank.example@evil.example/x' as a link to the bank.
const cases: { description: string; input: string; expected: string | null }[] = [
  { description: 'https', input: 'https://example.org/activate/5000', expected: 'https://example.org/activate/5000' },
  { description: 'padded, upper-case scheme and host', input: '  HTTPS://Example.org/a?b=1 ', expected: 'https://example.org/a?b=1' },
  { description: 'credentials that disguise the host', input: 'https://bank.example@evil.example/x', expected: null },
  { description: 'a password too', input: 'https://user:pass@example.org/', expected: null },
  { description: 'http', input: 'http://example.org/a', expected: null },
  { description: 'javascript', input: 'javascript:alert(1)', expected: null },
  { description: 'data', input: 'data:text/html,<script>alert(1)</script>', expected: null },
  { description: 'a line break inside (the parser would drop it silently)', input: 'https://bank.exa\nmple.org/a', expected: null },
  { description: 'a tab inside', input: 'https://example.org/a\tb', expected: null },
  { description: 'a NUL inside', input: 'https://example.org/a\u0000', expected: null },
  { description: 'a C1 control inside', input: 'https://example.org/\u0085a', expected: null },
  { description: 'a bidi override inside', input: 'https://example.org/\u202Egpj.exe', expected: null },
  { description: 'no host', input: 'https://', expected: null },
  { description: 'empty', input: '', expected: null },
];

describe('safeHttpsUrl, the one https check', () => {
  for (const { description, input, expected } of cases) test(description, () => expect(safeHttpsUrl(input)).toBe(expected));
});

describe('every caller answers as safeHttpsUrl', () => {
  for (const { description, input, expected } of cases) {
    test(`tracker activation link: ${description}`, () => expect(trackerLink(input)).toBe(expected));
    test(`email link: ${description}`, () => expect(httpsLink(input)).toBe(expected));
  }
});

describe('telHref', () => {
  const cases: { description: string; input: string; expected: string | null }[] = [
    { description: 'an international number with dashes', input: '+1 212-555-0100', expected: 'tel:+12125550100' },
    { description: 'a French number with spaces', input: '+33 1 99 00 12 34', expected: 'tel:+33199001234' },
    { description: 'dots and brackets', input: '(03) 1234.5678', expected: 'tel:0312345678' },
    { description: 'an extension is not dialled', input: '+1 212-555-0100 x12', expected: 'tel:+12125550100' },
    { description: 'a Japanese extension', input: '03-1234-5678 内線 12', expected: 'tel:0312345678' },
    { description: 'no number', input: 'n/a', expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'two digits are not a number', input: '12', expected: null },
    { description: 'a long digit run is not a phone number', input: '1'.repeat(30), expected: null },
  ];
  test.each(cases)('$description', ({ input, expected }) => {
    expect(telHref(input)).toBe(expected);
  });
});
