/**
 * What each canonical field is called in the exports reps actually get,
 * derived from the registry (src/lib/tracker/registry.ts), where each field
 * lists its English, French, Portuguese (Brazil) and Japanese wording and the
 * vendors' own export names (tracker.md §2). They are compared after
 * `normalizeHeader`, so case, accents, width, spacing and punctuation do not
 * matter ('Licences attribuées' also matches 'LICENCES_ATTRIBUEES').
 *
 * A synonym containing '%' ('% de uso') only matches a header that says it is
 * a percentage. A percent column named after a count ('Assigned %') needs no
 * entry of its own: match.ts scores it as the count's percent twin.
 */
import { FIELD_IDS, synonymsOf, type FieldId } from '../tracker/registry';

export const SYNONYMS: Readonly<Record<FieldId, readonly string[]>> = Object.fromEntries(
  FIELD_IDS.map((field) => [field, synonymsOf(field)]),
) as Record<FieldId, readonly string[]>;
