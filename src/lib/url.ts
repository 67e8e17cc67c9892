/**
 * The one https check of the site: activation links read from an export,
 * links put into emails, and the rep's booking link all go through it, so no
 * two places disagree about what is safe to render or send (tracker.md §2, §6).
 */

/**
 * A link the URL parser would return unchanged: lower-case ASCII host whose
 * last label starts with a letter (no IP address), no port, no credentials, a
 * path, and only characters no URL component re-encodes. With no dot segment
 * ("/." is checked apart) and no punycode, such a link is its own href, so the
 * common case skips the parser (200,000 links per import).
 */
const CANONICAL_HTTPS = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?\/[\w\-.~!$&()*+,;=:@/%?#]*$/;

// Controls (C0, DEL, C1) and bidi controls inside a link: the URL parser
// silently drops tabs and line breaks ("https://bank.exa\nmple") and a bidi
// override makes the link read differently from where it goes.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The link as an absolute https URL, else null (never rendered as a link nor sent).
 * Refuses other schemes, credentials ("https://bank.example@evil.example/"), and control characters.
 * safeHttpsUrl(' https://example.org/a ') → 'https://example.org/a'; safeHttpsUrl('javascript:alert(1)') → null
 */
export function safeHttpsUrl(text: string): string | null {
  const trimmed = text.trim();
  if (CANONICAL_HTTPS.test(trimmed) && !trimmed.includes('/.') && !/%2e|xn--/i.test(trimmed)) return trimmed;
  if (!/^https:\/\//i.test(trimmed) || CONTROL.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null; // not a URL at all (URL.canParse is too recent for some browsers reps use)
  }
  // "https://bank.example@evil.example" reads as the bank's address: refuse credentials.
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * A phone number from an export as a `tel:` link a phone can dial (the call
 * sheet on a rep's phone), else null when it holds too few digits to be one.
 * Only a leading + and the digits are kept: spaces, dots, dashes and
 * brackets are how people write numbers, never part of them; an extension
 * ("x12") or any other text is dropped rather than dialled.
 * telHref('+1 212-555-0100') → 'tel:+12125550100'; telHref('+33 (0)1 99 00 12 34') → 'tel:+330199001234';
 * telHref('n/a') → null
 */
export function telHref(phone: string): string | null {
  const main = phone.trim().split(/\s*(?:x|ext\.?|poste|ramal|内線)\s*\d*$/i)[0]!;
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return null;
  return `tel:${main.startsWith('+') ? '+' : ''}${digits}`;
}
