/**
 * Vendor-conditional blocks in a template body: a paragraph only the
 * customers of one vendor receive (an Adobe entitlement must never reach a
 * Microsoft customer, content.md "Facts"). Written in the Markdown as
 *
 *     :::vendor adobe
 *     Text for Adobe customers only.
 *     :::
 *
 * on lines of their own. The site shows each block labelled with its vendor;
 * the tracker keeps it only when the client's vendor matches.
 */
import { VENDOR_IDS, type VendorId } from '../content/ids';

const BLOCK = /^:::vendor[ \t]+([A-Za-z0-9-]+)[ \t]*\r?\n([\s\S]*?)\r?\n:::[ \t]*$/gm;

export interface BodyPart {
  /** The vendor whose customers get this part, null for every customer. */
  vendor: string | null;
  text: string;
}

/**
 * The body cut into common text and vendor blocks, in order, blank edges trimmed,
 * e.g. 'A\n\n:::vendor adobe\nB\n:::\n\nC' → [{ vendor: null, text: 'A' }, { vendor: 'adobe', text: 'B' }, { vendor: null, text: 'C' }].
 */
export function bodyParts(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  const push = (vendor: string | null, text: string) => {
    const trimmed = text.replace(/^\s*\n|\n\s*$/g, '').trim();
    if (trimmed !== '') parts.push({ vendor, text: trimmed });
  };
  let last = 0;
  for (const match of body.matchAll(BLOCK)) {
    push(null, body.slice(last, match.index));
    push(match[1]!, match[2]!);
    last = match.index + match[0].length;
  }
  push(null, body.slice(last));
  return parts;
}

/** Vendor ids of a body's blocks, in order of first use: 'x\n:::vendor adobe\ny\n:::' → ['adobe']. */
export function vendorsIn(body: string): string[] {
  return [...new Set(bodyParts(body).flatMap((p) => (p.vendor === null ? [] : [p.vendor])))];
}

/** True for a vendor id the content knows, e.g. 'adobe' → true, 'oracle' → false. */
export function isVendorId(id: string): id is VendorId {
  return (VENDOR_IDS as readonly string[]).includes(id);
}

/**
 * The body a client of `vendor` receives: its vendor's blocks kept (without
 * the fences), the others dropped; null keeps none,
 * e.g. ('A\n\n:::vendor adobe\nB\n:::\n\nC', null) → 'A\n\nC', (…, 'adobe') → 'A\n\nB\n\nC'.
 */
export function bodyFor(body: string, vendor: VendorId | null): string {
  return bodyParts(body)
    .filter((p) => p.vendor === null || p.vendor === vendor)
    .map((p) => p.text)
    .join('\n\n');
}
