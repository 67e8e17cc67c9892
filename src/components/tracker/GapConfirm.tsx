/**
 * Asked before emails with gaps leave (a download or "log as sent"): how many
 * emails still hold an unfilled placeholder, and which. In the page, not
 * window.confirm: it names the gaps and offers to fill the rep's details.
 */
import { useId, type KeyboardEvent } from 'react';
import { useEnv } from './context';

export interface GapCount {
  /** Emails with at least one gap. */
  emails: number;
  /** Gaps over all emails (a field missing in 3 emails counts 3). */
  gaps: number;
  /** Each missing field's label with the number of emails it is missing from, most first. */
  fields: [string, number][];
}

export function GapConfirm({ count, onFill, onProceed, onCancel }: { count: GapCount; onFill: (() => void) | null; onProceed: () => void; onCancel: () => void }) {
  const { t } = useEnv();
  const id = useId();
  // Its own keyboard: Tab cycles its buttons, Escape closes it (not the composer).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    event.preventDefault();
    event.stopPropagation();
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div className="gap-confirm-backdrop">
      <div className="gap-confirm" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} onKeyDown={onKeyDown}>
        <h3 id={`${id}-t`}>{t('composer.gapsTitle', { count: count.emails })}</h3>
        <ul id={`${id}-d`}>
          {count.fields.map(([label, emails]) => <li key={label}>{t('composer.gapField', { field: label, count: emails })}</li>)}
        </ul>
        <div className="actions">
          {onFill && <button type="button" className="primary" onClick={onFill} autoFocus>{t('composer.fillDetails')}</button>}
          <button type="button" data-testid="send-anyway" onClick={onProceed} autoFocus={!onFill}>{t('composer.sendAnyway')}</button>
          <button type="button" className="link" onClick={onCancel}>{t('composer.cancel')}</button>
        </div>
      </div>
    </div>
  );
}
