/**
 * The canonical fields of tracker.md §2, as derived from the registry (see
 * registry.ts): the rest of the domain code speaks only these ids.
 */
export {
  FIELDS,
  FIELD_IDS,
  TEXT_FIELDS,
  COUNT_FIELDS,
  PERCENT_FIELDS,
  DATE_FIELDS,
  NUMBER_FIELDS,
  isFieldId,
  fieldLabelKey,
  type FieldId,
  type FieldKind,
  type TextField,
  type CountField,
  type PercentField,
  type DateField,
  type NumberField,
  type Mapping,
} from './registry';
