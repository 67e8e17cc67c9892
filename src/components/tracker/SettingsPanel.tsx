/** The rep's details used in emails, and the default deadline. */
import { useId } from 'react';
import { useSaved } from '../../store';
import { safeHttpsUrl } from '../../lib/url';
import { useEnv } from './context';

export function SettingsPanel() {
  const { t } = useEnv();
  const id = useId();
  const settings = useSaved((s) => s.settings);
  const setSettings = useSaved((s) => s.setSettings);
  const badLink = settings.bookingLink !== '' && safeHttpsUrl(settings.bookingLink) === null;
  return (
    <details className="settings card">
      <summary><h2>{t('settings.title')}</h2></summary>
      <div className="settings-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.repName')}</label>
          <input id={`${id}-name`} data-testid="rep-name" value={settings.repName} onChange={(e) => setSettings({ repName: e.target.value })} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-company`}>{t('settings.repCompany')}</label>
          <input id={`${id}-company`} data-testid="rep-company" value={settings.repCompany} onChange={(e) => setSettings({ repCompany: e.target.value })} autoComplete="organization" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t('settings.repPhone')}</label>
          <input id={`${id}-phone`} data-testid="rep-phone" type="tel" value={settings.repPhone} onChange={(e) => setSettings({ repPhone: e.target.value })} autoComplete="tel" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-link`}>{t('settings.bookingLink')}</label>
          <input id={`${id}-link`} data-testid="booking-link" type="url" inputMode="url" value={settings.bookingLink} onChange={(e) => setSettings({ bookingLink: e.target.value.trim() })} aria-invalid={badLink} aria-describedby={badLink ? `${id}-link-err` : undefined} />
          {badLink && <span id={`${id}-link-err`} className="field-error">{t('settings.badLink')}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('settings.deadlineDays')}</label>
          <input id={`${id}-days`} type="number" min={0} max={365} value={settings.deadlineDays} onChange={(e) => setSettings({ deadlineDays: Math.max(0, Math.min(365, Number(e.target.value) || 0)) })} />
        </div>
      </div>
    </details>
  );
}
