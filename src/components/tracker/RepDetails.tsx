/**
 * The rep's details (name, company, booking link, phone) right in the
 * composer: the emails sign with them, so they are filled where the gaps
 * show. Open while any the chosen template uses is empty; once those are
 * filled it opens folded, one line with the name and company. The same
 * settings as the settings panel; all four stay editable, but one the
 * template does not use (the phone, outside the voicemail follow-up) is not
 * counted as empty: the count agrees with the email's "to fill" line.
 */
import { useId, useState, type RefObject } from 'react';
import { useSaved } from '../../store';
import { safeHttpsUrl } from '../../lib/url';
import type { Settings } from '../../lib/state/persisted';
import { REP_MERGE_FIELDS, type RepMergeField } from '../../lib/email/merge-export';
import { useEnv } from './context';

export const REP_FIELDS = REP_MERGE_FIELDS;
export type RepField = RepMergeField;

const TEST_IDS: Record<RepField, string> = { repName: 'composer-rep-name', repCompany: 'composer-rep-company', bookingLink: 'composer-booking-link', repPhone: 'composer-rep-phone' };
const INPUT: Record<RepField, { type: string; autoComplete: string }> = {
  repName: { type: 'text', autoComplete: 'name' },
  repCompany: { type: 'text', autoComplete: 'organization' },
  bookingLink: { type: 'url', autoComplete: 'url' },
  repPhone: { type: 'tel', autoComplete: 'tel' },
};

/** The rep's details among `used` still empty, in the settings' order. */
function emptyOf(settings: Settings, used: readonly RepField[]): RepField[] {
  return used.filter((f) => settings[f].trim() === '');
}

/** A booking link typed but unusable (not https): every email shows it as a gap, like an empty field. */
const badLinkOf = (settings: Settings) => settings.bookingLink !== '' && safeHttpsUrl(settings.bookingLink) === null;

/** The first of the rep's details the template uses that the emails cannot use yet (empty, or a link that is not https), or null. */
export function firstToFix(settings: Settings, used: readonly RepField[]): RepField | null {
  return emptyOf(settings, used)[0] ?? (used.includes('bookingLink') && badLinkOf(settings) ? 'bookingLink' : null);
}

export function RepDetails({ open, onToggle, inputs, used }: {
  open: boolean;
  onToggle: (open: boolean) => void;
  inputs: RefObject<Partial<Record<RepField, HTMLInputElement | null>>>;
  /** The details the chosen template signs with (repFieldsUsed): only those count as empty. */
  used: readonly RepField[];
}) {
  const { t, tag } = useEnv();
  const id = useId();
  const settings = useSaved((s) => s.settings);
  const setSettings = useSaved((s) => s.setSettings);
  const [summaryId] = useState(`${id}-sum`);
  const badLink = badLinkOf(settings);
  const empty = emptyOf(settings, used).length;
  const signature = [settings.repName, settings.repCompany].map((v) => v.trim()).filter(Boolean);
  return (
    <details className="rep-details" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary id={summaryId}>
        {t('settings.title')}
        {empty > 0 && <span className="missing small"> · {t('composer.repEmpty', { count: empty })}</span>}
        {/* Folded once filled: one line that still says whose name the emails carry. */}
        {empty === 0 && signature.length > 0 && <span className="muted rep-summary"> · {new Intl.ListFormat(tag, { type: 'unit', style: 'short' }).format(signature)}</span>}
        {/* Filled is not usable: the summary says why the details are open. */}
        {empty === 0 && badLink && used.includes('bookingLink') && <span className="missing small"> · {t('settings.badLink')}</span>}
      </summary>
      <div className="rep-grid">
        {REP_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`${id}-${f}`}>{t(`settings.${f}`)}</label>
            <input
              id={`${id}-${f}`}
              ref={(el) => { inputs.current[f] = el; }}
              data-testid={TEST_IDS[f]}
              type={INPUT[f].type}
              autoComplete={INPUT[f].autoComplete}
              value={settings[f]}
              onChange={(e) => setSettings({ [f]: f === 'bookingLink' ? e.target.value.trim() : e.target.value })}
              aria-invalid={f === 'bookingLink' && badLink}
              aria-describedby={f === 'bookingLink' && badLink ? `${id}-link-err` : undefined}
            />
            {f === 'bookingLink' && badLink && <span id={`${id}-link-err`} className="field-error">{t('settings.badLink')}</span>}
          </div>
        ))}
      </div>
    </details>
  );
}
