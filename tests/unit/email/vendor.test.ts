import { describe, expect, test } from 'vitest';
import type { VendorId } from '../../../src/lib/content/ids';
import { clientVendor, vendorFromText } from '../../../src/lib/email/vendor';
import { suggestMapping } from '../../../src/lib/mapping/match';
import { buildClientTable, clientAt } from '../../../src/lib/tracker/table';

describe('vendorFromText', () => {
  const cases: { description: string; input: string | null | undefined; expected: VendorId | null }[] = [
    { description: 'the vendor name', input: 'Adobe', expected: 'adobe' },
    { description: 'any case and spacing', input: '  MICROSOFT ', expected: 'microsoft' },
    { description: 'a Microsoft product', input: 'Microsoft 365 E3', expected: 'microsoft' },
    { description: 'the old Office 365 name', input: 'Office 365 E1', expected: 'microsoft' },
    { description: 'an Adobe product line', input: 'Creative Cloud All Apps', expected: 'adobe' },
    { description: 'Creative Cloud for teams is Adobe, not Microsoft Teams', input: 'Creative Cloud for teams', expected: 'adobe' },
    { description: 'Acrobat', input: 'Acrobat Pro', expected: 'adobe' },
    { description: 'a Dassault Systèmes brand', input: 'SOLIDWORKS Cloud Offer', expected: '3dexperience' },
    { description: 'the platform, accented vendor name', input: 'Dassault Systèmes 3DEXPERIENCE', expected: '3dexperience' },
    { description: 'Japanese vendor name', input: 'アドビ株式会社', expected: 'adobe' },
    { description: 'a word containing a name is not a match', input: 'Steams Acrobatics', expected: null },
    { description: 'two vendors is ambiguous', input: 'Adobe + Microsoft bundle', expected: null },
    { description: 'an unknown product', input: 'Acme CRM', expected: null },
    { description: 'empty', input: '', expected: null },
    { description: 'missing', input: null, expected: null },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(vendorFromText(input)).toBe(expected));
});

describe('clientVendor', () => {
  const cases: { description: string; input: [string | null, string | null]; expected: VendorId | null }[] = [
    { description: 'the vendor cell wins', input: ['Microsoft', 'Acrobat Pro'], expected: 'microsoft' },
    { description: 'else the product name', input: ['', 'Acrobat Pro'], expected: 'adobe' },
    { description: 'a vendor cell that names nobody falls back to the product', input: ['n/a', 'CATIA'], expected: '3dexperience' },
    { description: 'neither', input: [null, 'Acme CRM'], expected: null },
  ];
  for (const { description, input, expected } of cases) test(description, () => expect(clientVendor(...input)).toBe(expected));
});

describe('a vendor column reaches clientVendor', () => {
  // The rep's export or own sheet names the vendor: the registry maps the
  // column, the table keeps its cell, and clientVendor prefers it to the product.
  const cases: { description: string; input: { header: string; cell: string; product: string }; expected: VendorId | null }[] = [
    { description: 'English "Vendor" column beats the product name', input: { header: 'Vendor', cell: 'Microsoft', product: 'Acrobat Pro' }, expected: 'microsoft' },
    { description: 'an export\'s "Publisher" column', input: { header: 'Publisher', cell: 'Adobe Inc.', product: 'Unlimited storage' }, expected: 'adobe' },
    { description: 'French "Éditeur"', input: { header: 'Éditeur', cell: 'Dassault Systèmes', product: 'Plateforme' }, expected: '3dexperience' },
    { description: 'Portuguese "Fornecedor"', input: { header: 'Fornecedor', cell: 'Adobe', product: 'Pacote' }, expected: 'adobe' },
    { description: 'Japanese "ベンダー"', input: { header: 'ベンダー', cell: 'マイクロソフト', product: 'グループウェア' }, expected: 'microsoft' },
    { description: 'Japanese "メーカー"', input: { header: 'メーカー', cell: 'アドビ', product: 'デザインツール' }, expected: 'adobe' },
    { description: 'an empty vendor cell falls back to the product', input: { header: 'Vendor', cell: '', product: 'SOLIDWORKS' }, expected: '3dexperience' },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => {
      const headers = ['Customer', input.header, 'Product'];
      const mapping = suggestMapping(headers);
      expect(mapping.vendor, 'the header maps to the vendor field').toBe(input.header);
      const { table } = buildClientTable(headers, [['Orange', input.cell, input.product]], mapping, { decimal: '.', dayFirst: false });
      const client = clientAt(table, 0);
      expect(clientVendor(client.vendor, client.product)).toBe(expected);
    });
  }
});
