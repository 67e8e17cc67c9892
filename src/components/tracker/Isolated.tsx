/**
 * Names from the export shown inside a translated sentence, each in its own
 * <bdi>: a name holding a bidi override (U+202E…) or written right to left
 * cannot reverse or reorder the words around it.
 */
import type { ReactNode } from 'react';

// A character no translation or name contains, to find where the name goes.
const SLOT = '\uE000';

/**
 * The sentence `translate(SLOT)` with the name put where SLOT is, isolated,
 * e.g. withName((n) => `Email to ${n}`, 'Acme') → ['Email to ', <bdi>Acme</bdi>, ''].
 */
export function withName(translate: (slot: string) => string, name: string): ReactNode {
  const parts = translate(SLOT).split(SLOT);
  return parts.flatMap((part, i) => (i === 0 ? [part] : [<bdi key={i}>{name}</bdi>, part]));
}
