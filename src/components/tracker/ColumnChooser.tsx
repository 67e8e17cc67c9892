/** A disclosure of checkboxes that shows or hides the list's optional columns. */
import { useEnv } from './context';
import { OPTIONAL_COLUMNS, setColumnShown, useOptionalColumns } from './optionalColumns';
import { useNarrow } from './useNarrow';

export function ColumnChooser() {
  const { t } = useEnv();
  const shown = useOptionalColumns();
  const narrow = useNarrow();
  // Phone cards show a fixed set of essentials: no columns to choose.
  if (narrow) return null;
  return (
    <details className="column-chooser" data-testid="columns">
      <summary>{t('table.columns')}</summary>
      <fieldset>
        <legend className="visually-hidden">{t('table.columns')}</legend>
        {OPTIONAL_COLUMNS.map((column) => (
          <label key={column}>
            <input type="checkbox" checked={shown.includes(column)} onChange={(e) => setColumnShown(column, e.target.checked)} />
            {' '}{t(`table.${column}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
