/**
 * The column mapping form: one select per canonical field, options = the
 * file's headers exactly. Shown when a required column is missing, when the
 * date order must be asked, and whenever the rep reopens it.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { FIELD_IDS, fieldLabelKey, type FieldId, type Mapping } from '../../lib/tracker/registry';
import { hasMetricColumn } from '../../lib/mapping/match';
import { useTracker } from '../../store';
import { applyMapping, cancelMapping } from '../../store/importer';
import { useEnv } from './context';

export function MappingForm() {
  const { t } = useEnv();
  const id = useId();
  const headers = useTracker((s) => s.headers);
  const draft = useTracker((s) => s.draft);
  const [mapping, setMapping] = useState<Mapping>(draft?.mapping ?? {});
  const [dayFirst, setDayFirst] = useState(draft?.dayFirst ?? false);
  const [decimal, setDecimal] = useState<',' | '.'>(draft?.decimal ?? '.');
  const askDateOrder = draft?.askDateOrder ?? false;

  const choose = (field: FieldId, header: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (header) next[field] = header;
      else delete next[field];
      return next;
    });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void applyMapping(mapping, { decimal, dayFirst });
  };

  return (
    <form className="mapping card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('mapping.title')}</h2>
      <p className="muted">{t('mapping.lead')}</p>
      {!hasMetricColumn(mapping) && <p className="mapping-note" data-testid="no-metric">{t('mapping.noMetric')}</p>}
      <div className="mapping-grid">
        {FIELD_IDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>
              {t(fieldLabelKey(field))}
              {field === 'client' && <span className="required"> ({t('mapping.required')})</span>}
            </label>
            <select id={`${id}-${field}`} data-field={field} value={mapping[field] ?? ''} onChange={(e) => choose(field, e.target.value)} aria-required={field === 'client'}>
              <option value="">{t('mapping.none')}</option>
              {headers.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </div>
        ))}
      </div>
      <fieldset className={askDateOrder ? 'ask' : undefined}>
        <legend>{t('mapping.dateOrder')}</legend>
        <label><input type="radio" name={`${id}-order`} checked={dayFirst} onChange={() => setDayFirst(true)} /> {t('mapping.dayFirst')}</label>
        <label><input type="radio" name={`${id}-order`} checked={!dayFirst} onChange={() => setDayFirst(false)} /> {t('mapping.monthFirst')}</label>
      </fieldset>
      <fieldset>
        <legend>{t('mapping.decimal')}</legend>
        <label><input type="radio" name={`${id}-dec`} checked={decimal === ','} onChange={() => setDecimal(',')} /> {t('mapping.decimalComma')}</label>
        <label><input type="radio" name={`${id}-dec`} checked={decimal === '.'} onChange={() => setDecimal('.')} /> {t('mapping.decimalDot')}</label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" data-testid="apply-mapping">{t('mapping.apply')}</button>
        <button type="button" data-testid="cancel-mapping" onClick={cancelMapping}>{t('mapping.cancel')}</button>
      </div>
    </form>
  );
}
