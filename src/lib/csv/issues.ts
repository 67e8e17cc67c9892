/**
 * Row issues as the page shows them: the offending cell as a short excerpt,
 * never whole. A 1 MB bad number in 20 rows once made 21 MB of issue text.
 */
import type { RowIssue } from './types';

/** Characters of a cell an issue quotes at most. */
export const ISSUE_EXCERPT_CHARS = 80;

/**
 * The text cut to `max` characters with an ellipsis, never splitting a surrogate pair,
 * e.g. excerpt('abcdef', 4) → 'abc…'; excerpt('abc', 4) → 'abc'.
 */
export function excerpt(text: string, max = ISSUE_EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate without its pair
  return `${text.slice(0, end)}…`;
}

/**
 * Issues with their values cut to an excerpt (the others unchanged),
 * e.g. [{ line: 2, code: 'badNumber', value: '9'.repeat(1e6) }] → [{ line: 2, code: 'badNumber', value: '999…' (80 characters) }].
 */
export function excerptIssues(issues: readonly RowIssue[], max = ISSUE_EXCERPT_CHARS): RowIssue[] {
  return issues.map((issue) => (issue.value !== undefined && issue.value.length > max ? { ...issue, value: excerpt(issue.value, max) } : issue));
}
