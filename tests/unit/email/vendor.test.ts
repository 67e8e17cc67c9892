import { describe, expect, test } from 'vitest';
import type { VendorId } from '../../../src/lib/content/ids';
import { clientVendor, vendorFromText } from '../../../src/lib/email/vendor';

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
