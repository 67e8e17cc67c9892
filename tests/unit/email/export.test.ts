import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  csvRow,
  emailAddresses,
  emlFile,
  encodeSubject,
  fitsMailto,
  headerValue,
  MAILTO_LIMIT,
  mailtoUrl,
  mergeAddress,
  mergeCsv,
  neutralizeCell,
  quotedPrintable,
  spreadsheetDelimiter,
  stripBidiControls,
} from '../../../src/lib/email/export';

/** Decodes a quoted-printable body the way a mail client does. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Decodes RFC 2047 B words of a folded header. */
function decodeSubject(header: string): string {
  return header
    .replace(/\r\n /g, '')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) =>
      new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
    );
}

function headersOf(eml: string): string[] {
  return eml.split('\r\n\r\n')[0]!.replace(/\r\n /g, ' ').split('\r\n');
}

describe('emailAddresses', () => {
  const cases: { description: string; input: string; expected: string[] }[] = [
    { description: 'one address', input: 'ana@contoso.example', expected: ['ana@contoso.example'] },
    { description: 'padded', input: '  ana@contoso.example ', expected: ['ana@contoso.example'] },
    { description: 'several, ; and ,', input: 'it@acme.com; Ana <ana@acme.com>, bob@acme.co.uk', expected: ['it@acme.com', 'ana@acme.com', 'bob@acme.co.uk'] },
    { description: 'a quoted display name with a comma', input: '"Souza, Ana" <ana@acme.com>', expected: ['ana@acme.com'] },
    { description: 'plus addressing', input: 'it+adoption@acme.com', expected: ['it+adoption@acme.com'] },
    { description: 'no domain dot', input: 'admin@localhost', expected: [] },
    { description: 'no @', input: 'Ana Souza', expected: [] },
    { description: 'two @', input: 'a@b@c.com', expected: [] },
    { description: 'CR/LF header injection', input: 'ana@acme.com\r\nBcc: spy@evil.example', expected: [] },
    { description: 'empty', input: '', expected: [] },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(emailAddresses(input)).toEqual(expected));
  }
});

describe('mailtoUrl', () => {
  const cases: { description: string; input: [string, string, string]; expected: string }[] = [
    {
      description: 'spaces as %20, newlines as %0D%0A',
      input: ['ana@contoso.example', 'Hello Ana', 'Line 1\nLine 2'],
      expected: 'mailto:ana@contoso.example?subject=Hello%20Ana&body=Line%201%0D%0ALine%202',
    },
    {
      description: 'CRLF and lone CR newlines also become %0D%0A',
      input: ['ana@contoso.example', 'x', 'a\r\nb\rc'],
      expected: 'mailto:ana@contoso.example?subject=x&body=a%0D%0Ab%0D%0Ac',
    },
    {
      description: 'French accents as UTF-8',
      input: ['ana@contoso.example', 'Activez votre environnement', 'Réservez un créneau'],
      expected: 'mailto:ana@contoso.example?subject=Activez%20votre%20environnement&body=R%C3%A9servez%20un%20cr%C3%A9neau',
    },
    {
      description: 'Japanese as UTF-8',
      input: ['ana@contoso.example', 'ご案内', '日本'],
      expected: 'mailto:ana@contoso.example?subject=%E3%81%94%E6%A1%88%E5%86%85&body=%E6%97%A5%E6%9C%AC',
    },
    {
      description: '&, ? and # cannot end the subject or start another field',
      input: ['ana@contoso.example', 'Q&A? #1', 'a=b&body=x#top'],
      expected: 'mailto:ana@contoso.example?subject=Q%26A%3F%20%231&body=a%3Db%26body%3Dx%23top',
    },
    {
      description: 'a newline in the subject becomes a space',
      input: ['ana@contoso.example', 'a\r\nBcc: spy@evil.example', ''],
      expected: 'mailto:ana@contoso.example?subject=a%20Bcc%3A%20spy%40evil.example',
    },
    {
      description: 'several admins, comma separated',
      input: ['it@acme.com; ana@acme.com', 'Hi', ''],
      expected: 'mailto:it@acme.com,ana@acme.com?subject=Hi',
    },
    {
      description: 'characters of a local part are encoded, @ is not',
      input: ['it+adoption@acme.com', '', ''],
      expected: 'mailto:it%2Badoption@acme.com',
    },
    {
      description: 'an invalid address leaves the recipient empty',
      input: ['not an address', 'Hi', 'Body'],
      expected: 'mailto:?subject=Hi&body=Body',
    },
    {
      description: 'a lone surrogate from a broken cell does not throw',
      input: ['ana@contoso.example', 'a\uD800b', ''],
      expected: 'mailto:ana@contoso.example?subject=a%EF%BF%BDb',
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(mailtoUrl(...input)).toBe(expected));
  }

  test('decodes back to the same text', () => {
    const body = 'Olá, Ana!\r\n\r\n540 de 1.200 licenças — 45% & mais?\r\nhttps://example.org/a?b=1#c';
    const url = new URL(mailtoUrl('ana@acme.com', 'Assunto: 日本語 & más', body));
    expect(url.searchParams.get('subject')).toBe('Assunto: 日本語 & más');
    expect(url.searchParams.get('body')).toBe(body);
  });
});

describe('fitsMailto', () => {
  const cases = [
    { description: 'short', input: 'mailto:a@b.co?subject=Hi', expected: true },
    { description: 'at the limit', input: 'm'.repeat(MAILTO_LIMIT), expected: true },
    { description: 'over the limit', input: 'm'.repeat(MAILTO_LIMIT + 1), expected: false },
    // Each kana is 3 UTF-8 bytes, 9 characters once percent-encoded.
    { description: '200 Japanese characters fit', input: mailtoUrl('a@b.co', '', 'あ'.repeat(200)), expected: true },
    { description: '250 Japanese characters do not', input: mailtoUrl('a@b.co', '', 'あ'.repeat(250)), expected: false },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(fitsMailto(input)).toBe(expected));
  }
});

describe('headerValue', () => {
  const cases = [
    { description: 'plain', input: 'Hello', expected: 'Hello' },
    { description: 'CRLF injection flattened', input: 'Hi\r\nBcc: spy@evil.example', expected: 'Hi Bcc: spy@evil.example' },
    { description: 'lone LF and CR', input: 'a\nb\rc', expected: 'a b c' },
    { description: 'NUL, tab, DEL, NEL and Unicode line separators', input: 'a\u0000b\tc\u007fd\u0085e\u2028f\u2029g', expected: 'a b c d e f g' },
    { description: 'trimmed', input: '\r\n Hi \n', expected: 'Hi' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(headerValue(input)).toBe(expected));
  }
});

describe('encodeSubject', () => {
  const cases = [
    { description: 'ASCII as is', input: 'Activate your environment', expected: 'Activate your environment' },
    { description: 'accents encoded', input: 'Café', expected: '=?UTF-8?B?Q2Fmw6k=?=' },
    { description: 'Japanese encoded', input: 'ご案内', expected: '=?UTF-8?B?44GU5qGI5YaF?=' },
    { description: 'injection flattened before encoding', input: 'Hi\r\nBcc: x@y.z', expected: 'Hi Bcc: x@y.z' },
    { description: 'empty', input: '', expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(encodeSubject(input)).toBe(expected));
  }

  test('a long non-ASCII subject is folded into words of at most 75 characters, never splitting a character', () => {
    const subject = 'Contoso 株式会社様：ライセンスの45%が割り当て済みです — ご確認のお願い（2026年3月15日まで）';
    const encoded = encodeSubject(subject);
    const lines = encoded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(line).toMatch(i === 0 ? /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/ : /^ =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(line.trim().length).toBeLessThanOrEqual(75);
    }
    expect(decodeSubject(encoded)).toBe(subject);
  });

  test('a very long ASCII subject is encoded rather than left over the line limit', () => {
    expect(encodeSubject('a'.repeat(1000))).toMatch(/^=\?UTF-8\?B\?/);
  });
});

describe('quotedPrintable', () => {
  const cases = [
    { description: 'ASCII unchanged', input: 'Hello Ana,', expected: 'Hello Ana,' },
    { description: 'accents as UTF-8 bytes', input: 'Réservez', expected: 'R=C3=A9servez' },
    { description: 'equals sign escaped', input: 'a=b', expected: 'a=3Db' },
    { description: 'LF becomes CRLF', input: 'a\nb', expected: 'a\r\nb' },
    { description: 'trailing space and tab escaped', input: 'a \nb\t', expected: 'a=20\r\nb=09' },
    { description: 'inner spaces kept', input: 'a b', expected: 'a b' },
    { description: 'empty', input: '', expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(quotedPrintable(input)).toBe(expected));
  }

  test('long lines get soft breaks, no line over 76 characters, and decode back', () => {
    const text = `${'Bonjour, voici le lien propre à votre environnement : '.repeat(5)}\n${'日本語のテキスト'.repeat(20)}`;
    const encoded = quotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\n/g, '\r\n'));
  });
});

describe('emlFile', () => {
  const date = new Date(Date.UTC(2026, 2, 1, 9, 30));

  test('a French draft', () => {
    const eml = emlFile({ to: 'ana@contoso.example', subject: 'Contoso : activez avant le 15 mars', body: 'Bonjour Ana,\n\nRéservez ici.', locale: 'fr', date });
    expect(eml).toBe(
      [
        'To: ana@contoso.example',
        'Subject: Contoso : activez avant le 15 mars',
        'Date: Sun, 01 Mar 2026 09:30:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Language: fr-FR',
        'X-Unsent: 1',
        '',
        'Bonjour Ana,',
        '',
        'R=C3=A9servez ici.',
        '',
      ].join('\r\n'),
    );
  });

  test('a Japanese subject is an encoded word and the body decodes back', () => {
    const body = '山田様\n\nご確認ください。';
    const eml = emlFile({ to: 'yamada@sakura.example', subject: '株式会社サクラ様：ご案内', body, locale: 'ja', date });
    const subject = headersOf(eml).find((h) => h.startsWith('Subject: '))!;
    expect(subject).toMatch(/^Subject: =\?UTF-8\?B\?/);
    expect(decodeSubject(subject.slice('Subject: '.length))).toBe('株式会社サクラ様：ご案内');
    expect(headersOf(eml)).toContain('Content-Language: ja-JP');
    expect(decodeQuotedPrintable(eml.split('\r\n\r\n').slice(1).join('\r\n\r\n'))).toBe('山田様\r\n\r\nご確認ください。\r\n');
  });

  test('a hostile subject cannot add a header', () => {
    const eml = emlFile({ to: 'ana@acme.com', subject: 'Hi\r\nBcc: spy@evil.example\r\n\r\n<script>', body: 'x', locale: 'en', date });
    const headers = headersOf(eml);
    expect(headers.some((h) => /^bcc:/i.test(h))).toBe(false);
    expect(headers).toContain('Subject: Hi Bcc: spy@evil.example <script>');
  });

  test('a hostile address cannot add a header', () => {
    const eml = emlFile({ from: 'rep@partner.example\nBcc: spy@evil.example', to: 'ana@acme.com\r\nBcc: spy@evil.example', subject: 'Hi', body: 'x', locale: 'en', date });
    expect(headersOf(eml).some((h) => /^bcc:/i.test(h))).toBe(false);
    expect(eml).not.toContain('spy@');
  });

  test('CRLF line endings only, Outlook draft flag, From when given, several recipients', () => {
    const eml = emlFile({ from: 'Marie <marie@partner.example>', to: 'a@acme.com; b@acme.com', subject: 'Hi', body: 'l1\nl2\rl3', locale: 'pt', date });
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(headersOf(eml)).toEqual(expect.arrayContaining(['From: marie@partner.example', 'To: a@acme.com, b@acme.com', 'X-Unsent: 1', 'Content-Language: pt-BR']));
  });

  test('no To header without a valid address, no Date header for an invalid date', () => {
    const headers = headersOf(emlFile({ to: '', subject: 'Hi', body: '', locale: 'en', date: new Date(Number.NaN) }));
    expect(headers.some((h) => h.startsWith('To:') || h.startsWith('Date:'))).toBe(false);
  });

  test('the date defaults to now', () => {
    const before = Date.now() - 1000;
    const header = headersOf(emlFile({ to: 'a@b.co', subject: 'Hi', body: '', locale: 'en' })).find((h) => h.startsWith('Date: '))!;
    expect(Date.parse(header.slice('Date: '.length))).toBeGreaterThanOrEqual(before - (before % 1000));
  });
});

describe('neutralizeCell', () => {
  const cases = [
    { description: '= formula', input: '=HYPERLINK("http://evil.example","Click")', expected: `'=HYPERLINK("http://evil.example","Click")` },
    { description: '+ formula', input: '+1+1', expected: "'+1+1" },
    { description: '- formula', input: '-2+3', expected: "'-2+3" },
    { description: '@ formula', input: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
    { description: 'tab first', input: '\t=1', expected: "'\t=1" },
    { description: 'CR first', input: '\r=1', expected: "'\r=1" },
    { description: 'LF first (missed by Papa escapeFormulae)', input: '\n=1', expected: "'\n=1" },
    { description: 'plain text', input: 'Contoso Ltd', expected: 'Contoso Ltd' },
    { description: 'a dangerous character later on', input: 'a=b', expected: 'a=b' },
    { description: 'an email address', input: 'ana@acme.com', expected: 'ana@acme.com' },
    { description: 'Japanese', input: '株式会社サクラ', expected: '株式会社サクラ' },
    { description: 'empty', input: '', expected: '' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(neutralizeCell(input)).toBe(expected));
  }
});

describe('spreadsheetDelimiter', () => {
  const cases = [
    { description: 'French Excel splits on semicolons', input: 'fr', expected: ';' },
    { description: 'Brazilian Excel splits on semicolons', input: 'pt', expected: ';' },
    { description: 'English Excel splits on commas', input: 'en', expected: ',' },
    { description: 'Japanese Excel splits on commas', input: 'ja', expected: ',' },
  ] as const;
  for (const { description, input, expected } of cases) test(description, () => expect(spreadsheetDelimiter(input)).toBe(expected));
});

describe('mergeCsv', () => {
  const cases: { description: string; input: [Record<string, string>[], string[]]; expected: string }[] = [
    {
      description: 'BOM, CRLF between rows, header first',
      input: [[{ email: 'ana@acme.com', client: 'Acme' }], ['email', 'client']],
      expected: '\uFEFFemail,client\r\nana@acme.com,Acme',
    },
    {
      description: 'quotes, commas and newlines quoted (RFC 4180)',
      input: [[{ a: 'say "hi"', b: 'x,y', c: 'l1\r\nl2' }], ['a', 'b', 'c']],
      expected: '\uFEFFa,b,c\r\n"say ""hi""","x,y","l1\r\nl2"',
    },
    {
      description: 'Japanese as is',
      input: [[{ client: '株式会社サクラ', subject: 'ご案内：展開率45%' }], ['client', 'subject']],
      expected: '\uFEFFclient,subject\r\n株式会社サクラ,ご案内：展開率45%',
    },
    {
      description: 'every cell neutralized, header too, before quoting',
      input: [[{ '=x': '=1+1', b: '-2,3', c: '\nfoo' }], ['=x', 'b', 'c']],
      expected: `\uFEFF'=x,b,c\r\n'=1+1,"'-2,3","'\nfoo"`,
    },
    {
      description: 'a missing column is an empty cell',
      input: [[{ a: '1' }], ['a', 'b']],
      expected: '\uFEFFa,b\r\n1,',
    },
    {
      description: 'no rows',
      input: [[], ['email']],
      expected: '\uFEFFemail',
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(mergeCsv(...input)).toBe(expected));
  }

  test('semicolons for French or Brazilian Excel', () => {
    expect(mergeCsv([{ a: '1;2', b: '3,4' }], ['a', 'b'], ';')).toBe('\uFEFFa;b\r\n"1;2";"3,4"');
  });

  // The file is written for the page's language, but the rep's Excel splits on its own list separator
  // (an English page on a French PC splits a ',' file on ';'): a cell holding the other separator
  // would be cut there and its second half could start a formula.
  test('a cell holding either separator is quoted, so no spreadsheet cuts it into a formula', () => {
    expect(csvRow(['Acme;=HYPERLINK("http://x")', 'b'], ',')).toBe('"Acme;=HYPERLINK(""http://x"")",b');
    expect(csvRow(['Acme,=1+1', 'b'], ';')).toBe('"Acme,=1+1";b');
  });

  test('reads back with Papa Parse into the same cells, neutralized', () => {
    const rows = [
      { email: 'ana@acme.com', subject: 'Olá, "Ana"', body: 'Linha 1\r\nLinha 2, com vírgula', link: '=HYPERLINK("x")' },
      { email: '@evil', subject: '日本語', body: '', link: '+cmd' },
    ];
    const columns = ['email', 'subject', 'body', 'link'];
    const parsed = Papa.parse<string[]>(mergeCsv(rows, columns).slice(1), { newline: '\r\n' });
    expect(parsed.data).toEqual([
      columns,
      ['ana@acme.com', 'Olá, "Ana"', 'Linha 1\r\nLinha 2, com vírgula', `'=HYPERLINK("x")`],
      ["'@evil", '日本語', '', "'+cmd"],
    ]);
  });
});

describe('exports on any input', () => {
  const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

  test('mailto URLs never throw and keep the query to subject and body', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (to, subject, body) => {
        const url = mailtoUrl(to, subject, body);
        expect(url.startsWith('mailto:')).toBe(true);
        expect(url).not.toMatch(/[\s#]/);
        expect([...url.matchAll(/[?&]([a-z]+)=/g)].map((m) => m[1]).every((name) => name === 'subject' || name === 'body')).toBe(true);
      }),
    );
  });

  test('eml headers are one line each whatever the subject and addresses', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (to, subject, body) => {
        const head = emlFile({ to, from: to, subject, body, locale: 'en', date: new Date(0) }).split('\r\n\r\n')[0]!;
        for (const line of head.split('\r\n')) expect(line).toMatch(/^([A-Za-z-]+: |\s)/);
        expect(head).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
      }),
    );
  });

  test('no CSV cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (cells) => {
        const columns = cells.map((_, i) => `c${i}`);
        const csv = mergeCsv([Object.fromEntries(cells.map((c, i) => [`c${i}`, c]))], columns);
        const [, row] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
        for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
      }),
    );
  });
});

// Bidi overrides in a name (U+202A–202E, U+2066–2069) reverse what follows
// them in the recipient's mail client: outgoing text never carries them.
describe('bidi controls never leave in an email', () => {
  const RLO = '\u202E';
  const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
  test('stripBidiControls removes every embedding, override and isolate control', () => {
    expect(stripBidiControls(`Ac${controls}me`)).toBe('Acme');
    expect(stripBidiControls('שלום Acme')).toBe('שלום Acme');
  });
  test('mailto subject and body', () => {
    const url = mailtoUrl('ana@acme.com', `Hello ${RLO}Acme`, `Dear ${RLO}Ana\u2066x`);
    expect(decodeURIComponent(url)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(url).toBe(mailtoUrl('ana@acme.com', 'Hello Acme', 'Dear Anax'));
  });
  test('.eml subject and body', () => {
    const date = new Date('2026-03-01T00:00:00Z');
    const eml = emlFile({ to: 'ana@acme.com', subject: `Olá ${RLO}Acme`, body: `Oi ${RLO}Ana`, locale: 'pt', date });
    expect(eml).toBe(emlFile({ to: 'ana@acme.com', subject: 'Olá Acme', body: 'Oi Ana', locale: 'pt', date }));
  });
  test('mail-merge CSV cells', () => {
    expect(mergeCsv([{ a: `${RLO}gpj.exe`, b: `x\u2067y` }], ['a', 'b'])).toBe('\uFEFFa,b\r\ngpj.exe,xy');
  });
});

describe('mergeAddress (the mail-merge email column)', () => {
  const cases: { description: string; input: string; expected: ReturnType<typeof mergeAddress> }[] = [
    { description: 'one valid address', input: ' ana@acme.com ', expected: { address: 'ana@acme.com', check: null } },
    { description: 'a name and an address', input: 'Ana <ana@acme.com>', expected: { address: 'ana@acme.com', check: null } },
    { description: 'several addresses: the first, flagged', input: 'it@acme.com; ana@acme.com', expected: { address: 'it@acme.com', check: 'several' } },
    { description: 'addresses on several lines (as emailAddresses: a line break may start a header): empty, flagged', input: 'it@acme.com\nana@acme.com', expected: { address: '', check: 'invalid' } },
    { description: 'no valid address: empty, flagged', input: 'ana at acme', expected: { address: '', check: 'invalid' } },
    { description: 'a header injection attempt: empty, flagged', input: 'ana@acme.com\r\nBcc: all@evil.example', expected: { address: '', check: 'invalid' } },
    { description: 'a formula: empty, flagged', input: '=HYPERLINK("https://evil.example")', expected: { address: '', check: 'invalid' } },
    { description: 'blank: empty, missing', input: '  ', expected: { address: '', check: 'missing' } },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(mergeAddress(input)).toEqual(expected));
  test('a bidi control inside an address makes it invalid, never written', () => {
    expect(mergeAddress('ana\u202E@acme.com')).toEqual({ address: '', check: 'invalid' });
  });
});
