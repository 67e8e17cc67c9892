/**
 * The email composer, for one client or the whole filtered list: the template
 * of the recommended step preselected, written in each client's language,
 * merge fields filled, gaps shown and listed. Copy, mailto, .eml, mail-merge
 * CSV, and logging the email as sent with its deadline.
 */
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { TEMPLATE_IDS, type TemplateId } from '../../lib/content/ids';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales';
import { clientAt, type ClientView } from '../../lib/tracker/table';
import { ratiosAt } from '../../lib/tracker/buckets';
import { stepAt } from '../../lib/tracker/next-step';
import { emailLocale } from '../../lib/email/language';
import { mergeValues } from '../../lib/email/values';
import { fillTemplate, segmentsToText, type Filled, type Segment } from '../../lib/email/fill';
import { clientVendor } from '../../lib/email/vendor';
import { emlFile, fitsMailto, mailtoUrl, mergeAddress, mergeCsv, spreadsheetDelimiter, stripBidiControls } from '../../lib/email/export';
import { MERGE_FIELDS } from '../../lib/email/fields';
import { addDays, dayFromIso, isoFromDay } from '../../lib/dates';
import { useSaved, useTracker } from '../../store';
import { indexByKeyOf } from '../../store/selectors';
import { usePanelFocus } from './usePanelFocus';
import { useEnv, type TrackerEnv } from './context';
import type { Derived } from './useDerived';
import { downloadText, fileSafe } from './download';
import { withName } from './Isolated';
import { LanguageSummary, PreviewStepper, languageCounts } from './ComposerRecipients';
import { RepDetails, firstEmpty, type RepField } from './RepDetails';
import { GapConfirm, type GapCount } from './GapConfirm';
import { ReminderButton } from './Reminder';

/** The client's text without bidi controls, for the email: they would reverse its lines (on screen, names are isolated in <bdi>). */
function outgoingClient(client: ClientView): ClientView {
  return Object.fromEntries(Object.entries(client).map(([k, v]) => [k, typeof v === 'string' ? stripBidiControls(v) : v])) as unknown as ClientView;
}

interface Email {
  client: ClientView;
  locale: Locale;
  filled: Filled;
  subject: string;
  body: string;
  /** The merge values the email was filled with: the mail-merge CSV writes the same ones. */
  values: ReturnType<typeof mergeValues>;
}

function gapLabel(env: TrackerEnv, locale: Locale) {
  return (field: string) => `[${env.fieldLabels[locale][field] ?? field}]`;
}

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

export function Composer({ keys, derived }: { keys: string[]; derived: Derived }) {
  const env = useEnv();
  const { t, templates, steps, lang, tag } = env;
  const id = useId();
  const { table, nextSteps, asOfDay } = derived;
  const settings = useSaved((s) => s.settings);
  const patch = useTracker((s) => s.patchSession);
  const logEmails = useSaved((s) => s.logEmails);
  const indexByKey = indexByKeyOf(table);
  const indices = keys.map((k) => indexByKey.get(k)).filter((i): i is number => i !== undefined);
  const first = indices[0];
  const recommended = first !== undefined ? stepAt(nextSteps, first) : null;
  // A template named in the page address ("fill it in for a client" on a template page) comes first.
  const [template, setTemplate] = useState<TemplateId>(linkedTemplate() ?? ((recommended && steps[recommended]?.template) || 'activation-request'));
  const [localeChoice, setLocaleChoice] = useState<Locale | ''>('');
  const [deadline, setDeadline] = useState(isoFromDay(addDays(asOfDay, settings.deadlineDays)));
  const [notice, setNotice] = useState('');
  const deadlineDay = dayFromIso(deadline);

  const emailFor = (index: number): Email => {
    const client = clientAt(table, index);
    const locale = localeChoice || emailLocale(client.language, lang);
    const values = mergeValues(outgoingClient(client), { locale, deadlineDay, repName: settings.repName, repCompany: settings.repCompany, repPhone: settings.repPhone, bookingLink: settings.bookingLink, ratios: ratiosAt(table, index) });
    // Vendor blocks only for that vendor's clients: the file's vendor column, else the product names it.
    const filled = fillTemplate(templates[locale][template], values, { locale, vendor: clientVendor(client.vendor, client.product) });
    const label = gapLabel(env, locale);
    return { client, locale, filled, subject: segmentsToText(filled.subject, label), body: segmentsToText(filled.body, label), values };
  };
  // The recipient shown in the preview (the stepper moves it).
  const [position, setPosition] = useState(0);
  const shown = indices[Math.min(position, indices.length - 1)];
  const preview = shown !== undefined ? emailFor(shown) : null;
  const single = indices.length === 1;
  // Every recipient's email, to count languages and gaps: recomputed when the template, language, deadline or the rep's details change.
  const all = useMemo(
    () => (single ? [] : indices.map(emailFor)),
    // emailFor reads exactly these (a new closure each render, so it is not a dependency itself).
    [keys, table, template, localeChoice, deadlineDay, settings, single],
  );
  const everyEmail = single ? (preview ? [preview] : []) : all;
  const gapCount = ((): GapCount => {
    const byField = new Map<string, number>();
    let emails = 0;
    let gaps = 0;
    for (const email of everyEmail) {
      if (email.filled.missing.length === 0) continue;
      emails++;
      gaps += email.filled.missing.length;
      for (const f of email.filled.missing) {
        const name = gapLabel(env, lang)(f);
        byField.set(name, (byField.get(name) ?? 0) + 1);
      }
    }
    return { emails, gaps, fields: [...byField].sort((a, b) => b[1] - a[1]) };
  })();
  const [repOpen, setRepOpen] = useState(() => firstEmpty(settings) !== null);
  const repInputs = useRef<Partial<Record<RepField, HTMLInputElement | null>>>({});
  const [pending, setPending] = useState<(() => void) | null>(null);
  // The button that raised the gap question: focus returns to it when the question closes.
  const asker = useRef<HTMLElement | null>(null);
  const answered = () => {
    setPending(null);
    requestAnimationFrame(() => asker.current?.focus());
  };
  const { panel, onKeyDown } = usePanelFocus(() => patch({ composerKeys: null }));
  if (!preview) return null;
  /** Runs an action that sends emails out, asking first when a bulk email still has gaps. */
  const guarded = (action: () => void) => () => {
    if (!single && gapCount.emails > 0) {
      asker.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPending(() => action);
    }
    else action();
  };
  const emptyRepField = firstEmpty(settings);
  const fillDetails = () => {
    setPending(null);
    setRepOpen(true);
    // After the section opens: its input can take focus only once shown.
    requestAnimationFrame(() => { if (emptyRepField) repInputs.current[emptyRepField]?.focus(); });
  };
  const label = gapLabel(env, preview.locale);
  const close = () => patch({ composerKeys: null });

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
  const downloadMerge = () => {
    const rows = indices.map((i) => {
      // The same values the email was filled with (a second call here once forgot the rep's company and phone).
      const email = emailFor(i);
      const { values } = email;
      // One validated address per row: the export's cell may hold several, line breaks, or none.
      const { address, check } = mergeAddress(email.client.adminEmail);
      return {
        email: address,
        emailCheck: check ? t(`composer.emailCheck.${check}`) : '',
        adminName: email.client.adminName,
        client: email.client.client,
        language: email.locale,
        subject: email.subject,
        body: email.body,
        ...Object.fromEntries(MERGE_FIELDS.map((f) => [`field:${f}`, f === 'adminEmail' ? address : values[f] ?? ''])),
      };
    });
    const columns = ['email', 'emailCheck', 'adminName', 'client', 'language', 'subject', 'body', ...MERGE_FIELDS.map((f) => `field:${f}`)];
    downloadText(`mail-merge-${template}-${deadline}.csv`, mergeCsv(rows, columns, spreadsheetDelimiter(lang)), 'text/csv;charset=utf-8');
  };
  // What was logged from this panel (template and deadline): the same email is not logged twice by a second click.
  const [loggedAs, setLoggedAs] = useState<string | null>(null);
  const [loggedDeadline, setLoggedDeadline] = useState<number | null>(null);
  const logKey = `${template}|${deadlineDay ?? ''}`;
  const logSent = () => {
    if (loggedAs === logKey) return;
    setLoggedAs(logKey);
    const byLocale = new Map<Locale, string[]>();
    for (const i of indices) {
      const client = clientAt(table, i);
      const locale = localeChoice || emailLocale(client.language, lang);
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), client.key]);
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
          <button type="button" onClick={close} autoFocus>{t('composer.close')}</button>
        </header>
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
        {!single && localeChoice === '' && <LanguageSummary counts={languageCounts(all.map((e) => e.locale))} />}
        <RepDetails open={repOpen} onToggle={setRepOpen} inputs={repInputs} />
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
        <div className="composer-footer">
        {preview.filled.missing.length > 0 && (
          <p className="missing" data-testid="email-missing">{t('composer.missing', { fields: preview.filled.missing.map((f) => label(f)).join(', ') })}</p>
        )}
        {!single && (
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
          <button type="button" data-testid="export-merge-csv" onClick={guarded(downloadMerge)}>{t('composer.mergeCsv')}</button>
          <button type="button" className="primary" data-testid="log-email-sent" onClick={guarded(logSent)} disabled={loggedAs === logKey}>{t('composer.log')}</button>
          {single && loggedAs === logKey && loggedDeadline !== null && (
            <ReminderButton client={preview.client.client} clientKey={preview.client.key} day={loggedDeadline} admin={preview.client.adminName} />
          )}
        </div>
        <p role="status" className="notice">{notice}</p>
        </div>
        {pending && (
          <GapConfirm
            count={gapCount}
            onFill={emptyRepField ? fillDetails : null}
            onProceed={() => { const run = pending; answered(); run(); }}
            onCancel={answered}
          />
        )}
      </section>
    </div>
  );
}
