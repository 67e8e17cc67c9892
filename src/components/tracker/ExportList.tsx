/**
 * "Export the list": the rows shown, in the order shown, as a CSV built in
 * the bulk worker (store/bulk.ts). The page only gathers the words of its
 * language and the log's latest entries; the 200,000 rows are written off
 * its thread.
 */
import { useSaved } from '../../store';
import { startListExport, useBulk } from '../../store/bulk';
import { BUCKETS, DIMENSIONS, bucketLabelKey, dimensionLabelKey, type Dimension } from '../../lib/tracker/registry';
import { spreadsheetDelimiter } from '../../lib/email/export';
import { isoFromDay } from '../../lib/dates';
import type { ListLabels, ListOutreach } from '../../lib/tracker/list-export';
import { useEnv } from './context';
import { describeEntry } from './LastOutreach';
import { downloadBlob } from './download';
import { BulkProgress } from './BulkProgress';
import type { Derived } from './useDerived';

export function ExportList({ derived, rows, pending }: { derived: Derived; rows: Int32Array; pending: boolean }) {
  const env = useEnv();
  const { t, lang, steps } = env;
  const running = useBulk((s) => s.job !== null);
  const exportList = () => {
    const { table, columns, facts, asOfDay } = derived;
    const labels: ListLabels = {
      head: [t('table.client'), t('field.clientId'), t('field.adminName'), t('field.adminEmail'), t('field.adminPhone')],
      dimension: Object.fromEntries(DIMENSIONS.map((d) => [d, t(dimensionLabelKey(d))])) as Record<Dimension, string>,
      tail: [t('table.nextStep'), t('table.lastOutreach'), t('composer.deadline')],
      bucket: Object.fromEntries(DIMENSIONS.map((d) => [d, Object.fromEntries((BUCKETS[d] as readonly string[]).map((b) => [b, t(bucketLabelKey(d, b as never))]))])) as ListLabels['bucket'],
      step: Object.fromEntries(Object.entries(steps).map(([ref, step]) => [ref, step.title])),
      status: { 'needs-data': t('list.needsData'), 'on-track': t('table.onTrack') },
    };
    // The log is the rep's own entries (a few thousand at most): described here, in the page's language.
    const outreach: Record<string, ListOutreach> = {};
    for (const [key, entries] of Object.entries(useSaved.getState().log)) {
      const last = entries[entries.length - 1];
      if (!last) continue;
      const deadline = facts.get(key)?.deadlineDay ?? null;
      outreach[key] = { last: describeEntry(last, env), deadline: deadline === null ? '' : isoFromDay(deadline) };
    }
    // The worker reads the text columns from its own copy of the table.
    const job = {
      rows,
      buckets: columns,
      // The worker computes each row's step from the same facts and day.
      facts: [...facts],
      asOfDay,
      labels,
      outreach,
      delimiter: spreadsheetDelimiter(lang),
    };
    startListExport(table, job, (file) => downloadBlob(`clients-${isoFromDay(asOfDay)}.csv`, file));
  };
  return (
    <>
      <button type="button" data-testid="export-list" onClick={exportList} disabled={running || pending}>{t('list.export')}</button>
      <BulkProgress kind="list" />
    </>
  );
}
