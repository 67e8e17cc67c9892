/**
 * What the bulk composer sends, said plainly: each client's language with
 * counts (not the first client's language passed off as everyone's), and a
 * stepper through the recipients so the rep can read any of the emails.
 */
import type { Locale } from '../../i18n/locales';
import { useEnv } from './context';

/** Languages by number of recipients, most first: { en: 1, pt: 2 } → [['pt', 2], ['en', 1]]. */
export function languageCounts(counts: Partial<Record<Locale, number>>): [Locale, number][] {
  return (Object.entries(counts) as [Locale, number][]).sort((a, b) => b[1] - a[1]);
}

export function LanguageSummary({ counts }: { counts: [Locale, number][] }) {
  const { t, tag } = useEnv();
  const names = new Intl.DisplayNames(tag, { type: 'language' });
  const parts = counts.map(([locale, count]) => t('composer.languageCount', { language: names.of(locale) ?? locale, count }));
  return (
    <p className="language-summary" data-testid="language-summary" data-languages={counts.map(([l, n]) => `${l}:${n}`).join(',')}>
      {t('ui.labelled', { label: t('composer.eachLanguage') })}
      {parts.join(' · ')}
    </p>
  );
}

/** Previous / Next through the recipients, with "3 / 23". */
export function PreviewStepper({ position, total, onMove }: { position: number; total: number; onMove: (position: number) => void }) {
  const { t, tag } = useEnv();
  const number = new Intl.NumberFormat(tag);
  return (
    <div className="preview-stepper" role="group" aria-label={t('composer.stepper')}>
      <button type="button" data-testid="preview-prev" onClick={() => onMove(position - 1)} disabled={position <= 0}>{t('composer.previous')}</button>
      <span data-testid="preview-position" aria-live="polite">{`${number.format(position + 1)} / ${number.format(total)}`}</span>
      <button type="button" data-testid="preview-next" onClick={() => onMove(position + 1)} disabled={position >= total - 1}>{t('composer.next')}</button>
    </div>
  );
}
