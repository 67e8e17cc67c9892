/**
 * The email composer, for one client or the whole filtered list: the template
 * of the recommended step preselected, written in each client's language,
 * merge fields filled, gaps shown and listed. Copy, mailto, .eml, mail-merge
 * CSV, and logging the email as sent with its deadline.
 */
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { TEMPLATE_IDS, type TemplateId } from '../../lib/content/ids';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales';
import { stringAt } from '../../lib/tracker/table';
import { stepAt } from '../../lib/tracker/next-step';
import type { Segment } from '../../lib/email/fill';
import { emlFile, fitsMailto, mailtoUrl, spreadsheetDelimiter } from '../../lib/email/export';
import { gapText, localeAt, mergeEmail, repFieldsUsed, templatesOf, type MergedEmail, type MergeInput } from '../../lib/email/merge-export';
import { startMergeExport, useBulk } from '../../store/bulk';
import { BulkProgress } from './BulkProgress';
import { useMergeScan } from './useMergeScan';
import { addDays, dayFromIso, isoFromDay } from '../../lib/dates';
import { useSaved, useTracker } from '../../store';
import { usePanelFocus } from './usePanelFocus';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { downloadBlob, downloadText, fileSafe } from './download';
import { withName } from './Isolated';
import { LanguageSummary, PreviewStepper, languageCounts } from './ComposerRecipients';
import { RepDetails, firstToFix, type RepField } from './RepDetails';
import { GapConfirm, type GapCount } from './GapConfirm';
import { ReminderButton } from './Reminder';

const EMPTY_ROWS = new Int32Array(0);

function Segments({ segments, label }: { segments: readonly Segment[]; label: (field: string) => string }): ReactNode {
  return segments.map((s, i) =>
    s.kind === 'text' ? s.text : s.value !== null ? <span key={i} className="filled">{s.value}</span> : <mark key={i} className="gap">{label(s.field)}</mark>,
  );
}

/** The template a template page linked to (`/tracker/?template=<id>`), if it is one this site has. */
function linkedTemplate(): TemplateId | null {
  if (typeof location === 'undefined') return null;
  const id = new URLSearchParams(location.search).get('template');
  return id !== null && (TEMPLATE_IDS as readonly string[]).includes(id) ? (id as TemplateId) : null;
}

export function Composer({ rows, derived }: { rows: Int32Array; derived: Derived }) {
  const env = useEnv();
  const { t, templates, steps, lang, tag } = env;
  const id = useId();
  const { table, nextSteps, asOfDay } = derived;
  const settings = useSaved((s) => s.settings);
  const patch = useTracker((s) => s.patchSession);
  const logEmails = useSaved((s) => s.logEmails);
  const indices = rows;
  const first = rows[0];
  const recommended = first !== undefined ? stepAt(nextSteps, first) : null;
  // A template named in the page address ("fill it in for a client" on a template page) comes first.
  const [template, setTemplate] = useState<TemplateId>(linkedTemplate() ?? ((recommended && steps[recommended]?.template) || 'activation-request'));
  const [localeChoice, setLocaleChoice] = useState<Locale | ''>('');
  const [deadline, setDeadline] = useState(isoFromDay(addDays(asOfDay, settings.deadlineDays)));
  const [notice, setNotice] = useState('');
  const deadlineDay = dayFromIso(deadline);
  const mergeRunning = useBulk((s) => s.job?.kind === 'merge');
  const closeButton = useRef<HTMLButtonElement>(null);

  const mergeInput = useMemo<MergeInput>(
    () => ({
      table,
      templates: templatesOf(templates, template),
      fieldLabels: env.fieldLabels,
      localeChoice,
      pageLocale: lang,
      deadlineDay,
      rep: { repName: settings.repName, repCompany: settings.repCompany, repPhone: settings.repPhone, bookingLink: settings.bookingLink },
    }),
    [table, templates, template, env.fieldLabels, localeChoice, lang, deadlineDay, settings.repName, settings.repCompany, settings.repPhone, settings.bookingLink],
  );
  // The rep's details this template signs with: the only ones the composer asks for.
  const repUsed = useMemo(() => repFieldsUsed(mergeInput.templates), [mergeInput.templates]);
  // The preview, the counts and the mail-merge file are filled by the same function (lib/email/merge-export.ts).
  const emailFor = (index: number): MergedEmail => mergeEmail(mergeInput, index);
  // The recipient shown in the preview (the stepper moves it).
  const [position, setPosition] = useState(0);
  const shown = indices[Math.min(position, indices.length - 1)];
  const preview = shown !== undefined ? emailFor(shown) : null;
  const single = indices.length === 1;
  // Every recipient's language and gaps; null while the bulk worker counts a long list.
  const scan = useMergeScan(mergeInput, single ? EMPTY_ROWS : rows);
  const gapCount = ((): GapCount | null => {
    if (single) {
      const missing = preview?.filled.missing ?? [];
      return { emails: missing.length > 0 ? 1 : 0, gaps: missing.length, fields: missing.map((f) => [gapText(env, lang)(f), 1] as [string, number]) };
    }
    if (!scan) return null;
    const fields = Object.entries(scan.byField).map(([f, n]) => [gapText(env, lang)(f), n] as [string, number]).sort((a, b) => b[1] - a[1]);
    return { emails: scan.emailsWithGaps, gaps: scan.gaps, fields };
  })();
  // Open while a detail is missing or unusable (an http:// link is a gap in every email): folded only once all sign.
  const [repOpen, setRepOpen] = useState(() => firstToFix(settings, repUsed) !== null);
  const repInputs = useRef<Partial<Record<RepField, HTMLInputElement | null>>>({});
  const [pending, setPending] = useState<(() => void) | null>(null);
  // The button that raised the gap question: focus returns to it when the question closes.
  const asker = useRef<HTMLElement | null>(null);
  const answered = () => {
    setPending(null);
    requestAnimationFrame(() => asker.current?.focus());
  };
  const { panel, onKeyDown } = usePanelFocus(() => patch({ composer: null }));
  if (!preview) return null;
  /** Runs an action that sends emails out, asking first when a bulk email still has gaps. */
  const guarded = (action: () => void) => () => {
    if (!single && gapCount && gapCount.emails > 0) {
      asker.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPending(() => action);
    }
    else action();
  };
  const emptyRepField = firstToFix(settings, repUsed);
  const fillDetails = () => {
    setPending(null);
    setRepOpen(true);
    // After the section opens: its input can take focus only once shown.
    requestAnimationFrame(() => { if (emptyRepField) repInputs.current[emptyRepField]?.focus(); });
  };
  const label = gapText(env, preview.locale);
  const close = () => patch({ composer: null });

  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text).catch(() => undefined);
    setNotice(t('composer.copied'));
  };
  const openMail = async () => {
    const url = mailtoUrl(preview.client.adminEmail, preview.subject, preview.body);
    if (fitsMailto(url)) window.location.href = url;
    else {
      await navigator.clipboard.writeText(preview.body).catch(() => undefined);
      setNotice(t('composer.mailtoTooLong'));
    }
  };
  const downloadEml = () =>
    downloadText(
      `${fileSafe(preview.client.client)}-${template}.eml`,
      emlFile({ to: preview.client.adminEmail, subject: preview.subject, body: preview.body, locale: preview.locale }),
      'message/rfc822',
    );
  const downloadMerge = () =>
    startMergeExport(
      {
        input: mergeInput,
        rows,
        checkLabels: { missing: t('composer.emailCheck.missing'), invalid: t('composer.emailCheck.invalid'), several: t('composer.emailCheck.several') },
        delimiter: spreadsheetDelimiter(lang),
      },
      (file) => downloadBlob(`mail-merge-${template}-${deadline}.csv`, file),
    );
  // What was logged from this panel (template and deadline): the same email is not logged twice by a second click.
  const [loggedAs, setLoggedAs] = useState<string | null>(null);
  const [loggedDeadline, setLoggedDeadline] = useState<number | null>(null);
  const logKey = `${template}|${deadlineDay ?? ''}`;
  const logSent = () => {
    if (loggedAs === logKey) return;
    // The button is disabled once logged: focus goes to Close (not to the page), so Escape and Tab keep working.
    requestAnimationFrame(() => closeButton.current?.focus());
    setLoggedAs(logKey);
    const byLocale = new Map<Locale, string[]>();
    // Only the language and key of each client: a whole client view (or a copied array) per row costs seconds at 200,000.
    for (const i of indices) {
      const locale = localeAt(mergeInput, i);
      const group = byLocale.get(locale);
      if (group) group.push(stringAt(table.key, i));
      else byLocale.set(locale, [stringAt(table.key, i)]);
    }
    for (const [locale, group] of byLocale) logEmails(group, { day: asOfDay, template, deadlineDay: deadlineDay ?? null, locale });
    setLoggedDeadline(template === 'activation-request' ? deadlineDay ?? null : null);
    setNotice(single ? t('composer.logged', { date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoFromDay(asOfDay)}T00:00:00Z`)) }) : t('composer.loggedList', { count: indices.length }));
  };

  return (
    <div className="panel-backdrop" onKeyDown={onKeyDown}>
      <section ref={panel} className="panel composer" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <header className="panel-head">
          <h2 id={`${id}-title`}>{single ? withName((slot) => t('composer.title', { client: slot }), preview.client.client) : t('composer.titleList', { count: indices.length })}</h2>
          <button type="button" ref={closeButton} onClick={close} autoFocus>{t('composer.close')}</button>
        </header>
        {/* Two columns on a wide screen (tracker.css): what to send on the left, the email on the right, both above the actions. */}
        <div className="composer-main">
          <div className="composer-setup">
            <div className="composer-options">
              <div className="field">
                <label htmlFor={`${id}-tpl`}>{t('composer.template')}</label>
                <select id={`${id}-tpl`} data-testid="email-template" value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
                  {TEMPLATE_IDS.map((tid) => (
                    <option key={tid} value={tid}>
                      {templates[lang][tid].title}{recommended && steps[recommended]?.template === tid ? ` (${t('composer.recommended')})` : ''}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-lang`}>{t('composer.language')}</label>
                <select id={`${id}-lang`} value={localeChoice} onChange={(e) => setLocaleChoice(e.target.value as Locale | '')}>
                  <option value="">{single ? `${LOCALE_NAMES[preview.locale]} (${t('tracker.encoding.auto')})` : t('composer.eachLanguage')}</option>
                  {LOCALES.map((l) => <option key={l} value={l}>{LOCALE_NAMES[l]}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-deadline`}>{t('composer.deadline')}</label>
                <input id={`${id}-deadline`} type="date" data-testid="deadline" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
              </div>
            </div>
            {!single && localeChoice === '' && (scan ? <LanguageSummary counts={languageCounts(scan.languages)} /> : <p className="language-summary muted" role="status">{t('composer.counting', { count: indices.length })}</p>)}
            <RepDetails open={repOpen} onToggle={setRepOpen} inputs={repInputs} used={repUsed} />
          </div>
          <div className="composer-preview">
            {!single && (
              <div className="preview-head">
                <p className="muted">{withName((slot) => t('composer.preview', { client: slot }), preview.client.client)}</p>
                <PreviewStepper position={Math.min(position, indices.length - 1)} total={indices.length} onMove={setPosition} />
              </div>
            )}
            <dl className="email-preview" lang={preview.locale === lang ? undefined : preview.locale}>
              <dt>{t('composer.to')}</dt>
              <dd>{preview.client.adminEmail ? <bdi>{preview.client.adminEmail}</bdi> : <mark className="gap">{t('composer.noEmail')}</mark>}</dd>
              <dt>{t('composer.subject')}</dt>
              <dd data-testid="email-subject"><Segments segments={preview.filled.subject} label={label} /></dd>
              <dt>{t('composer.body')}</dt>
              <dd data-testid="email-body" className="email-body"><Segments segments={preview.filled.body} label={label} /></dd>
            </dl>
          </div>
        </div>
        <div className="composer-footer">
          {preview.filled.missing.length > 0 && (
            <p className="missing" data-testid="email-missing">{t('composer.missing', { fields: preview.filled.missing.map((f) => gapText(env, lang)(f)).join(', ') })}</p>
          )}
          {!single && gapCount && (
            <p className={gapCount.emails > 0 ? 'missing small' : 'muted small'} data-testid="gap-summary" data-emails={gapCount.emails} data-gaps={gapCount.gaps}>
              {gapCount.emails > 0 ? t('composer.gapsSummary', { count: gapCount.emails, total: indices.length }) : t('composer.noGaps')}
            </p>
          )}
          <div className="actions">
            {single && (
              <>
                <button type="button" onClick={() => void copy(preview.subject)}>{t('composer.copySubject')}</button>
                <button type="button" onClick={() => void copy(preview.body)}>{t('composer.copyBody')}</button>
                <button type="button" onClick={() => void openMail()}>{t('composer.mailto')}</button>
                <button type="button" data-testid="download-eml" onClick={downloadEml}>{t('composer.eml')}</button>
              </>
            )}
            {/* Both wait for the counts: they ask first when emails have gaps. */}
            <button type="button" data-testid="export-merge-csv" onClick={guarded(downloadMerge)} disabled={!gapCount || mergeRunning}>{t('composer.mergeCsv')}</button>
            <button type="button" className="primary" data-testid="log-email-sent" onClick={guarded(logSent)} disabled={!gapCount || loggedAs === logKey}>{t('composer.log')}</button>
            {single && loggedAs === logKey && loggedDeadline !== null && (
              <ReminderButton client={preview.client.client} clientKey={preview.client.key} day={loggedDeadline} admin={preview.client.adminName} />
            )}
          </div>
          <BulkProgress kind="merge" />
          <p role="status" className="notice">{notice}</p>
        </div>
        {pending && (
          <GapConfirm
            count={gapCount ?? { emails: 0, gaps: 0, fields: [] }}
            onFill={emptyRepField ? fillDetails : null}
            onProceed={() => { const run = pending; answered(); run(); }}
            onCancel={answered}
          />
        )}
      </section>
    </div>
  );
}
