/**
 * Which vendor a client belongs to, read from a `vendor` cell or, failing
 * that, from the product name, so that a template's vendor blocks reach only
 * that vendor's customers (content.md "Facts"). Unknown → null: the email
 * then carries no vendor block at all, which is always safe.
 */
import type { VendorId } from '../content/ids';
import { foldText } from '../mapping/normalize';

// Folded words (see foldText) that name a vendor or one of its product lines.
const NAMES: Readonly<Record<VendorId, readonly string[]>> = {
  adobe: ['adobe', 'アドビ', 'creative cloud', 'acrobat', 'photoshop', 'illustrator', 'indesign', 'premiere', 'after effects', 'lightroom', 'adobe express', 'substance 3d', 'frame.io'],
  // Not 'teams' alone: Adobe sells 'Creative Cloud for teams'.
  microsoft: ['microsoft', 'マイクロソフト', 'office 365', 'microsoft 365', 'm365', 'o365', 'exchange online', 'sharepoint', 'onedrive', 'dynamics 365', 'power bi', 'visio', 'entra', 'intune', 'windows 365', 'copilot'],
  '3dexperience': ['3dexperience', '3ds', 'dassault', 'ダッソー', 'solidworks', 'catia', 'enovia', 'simulia', 'delmia', '3dexcite'],
};

/**
 * The vendor a cell names, or null,
 * e.g. 'Adobe' → 'adobe', 'Microsoft 365 E3' → 'microsoft', 'SOLIDWORKS Cloud' → '3dexperience', 'Acme CRM' → null.
 * A cell naming two vendors ('Adobe + Microsoft') is ambiguous → null.
 */
export function vendorFromText(value: string | null | undefined): VendorId | null {
  if (typeof value !== 'string') return null;
  const text = ` ${foldText(value).replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  // Latin names match whole words ('teams' is not in 'steams'); Japanese has no spaces between words.
  const names = (vendor: VendorId) => NAMES[vendor].map((name) => (/^[a-z0-9 .]+$/.test(name) ? ` ${name} ` : name));
  const found = (Object.keys(NAMES) as VendorId[]).filter((vendor) => names(vendor).some((name) => text.includes(name)));
  return found.length === 1 ? found[0]! : null;
}

/**
 * A client's vendor: the registry's `vendor` cell (a Vendor / Publisher / Éditeur /
 * ベンダー column) when it names one, else the product name,
 * e.g. ('Microsoft', 'Acrobat Pro') → 'microsoft'; ('', 'Acrobat Pro') → 'adobe'.
 */
export function clientVendor(vendorCell: string | null | undefined, product: string | null | undefined): VendorId | null {
  return vendorFromText(vendorCell) ?? vendorFromText(product);
}
