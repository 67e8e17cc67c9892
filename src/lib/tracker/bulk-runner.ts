/**
 * What the bulk worker does with each message, apart from the worker itself
 * (bulk.worker.ts only wires it to `self`), so tests can drive it: builds a
 * large file (list export, mail-merge CSV) or counts a bulk email in slices,
 * reports progress after each slice, stops between two slices when the page
 * cancels, and reads the table it keeps (TableHolder) rather than one sent
 * with every job. A job for an older table than the latest it has seen
 * answers 'stale', also mid-way, so no file mixes two imports.
 */
import { listColumnsOf, listCsvParts } from './list-export';
import { lazyNextSteps } from './next-step';
import { emptyScan, mergeCsvParts, scanSlice, MERGE_SLICE_ROWS } from '../email/merge-export';
import { TableHolder, receiveTable } from './bulk-table';
import { viewer } from './view-query';
import type { BulkRequest, BulkResponse } from './bulk-protocol';
import type { ClientTable } from './table';

type Job = Exclude<BulkRequest, { type: 'cancel' | 'forget' }>;

/** Lets queued messages (a cancel, a newer table) run between two slices. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function bulkRunner(post: (message: BulkResponse) => void): (message: BulkRequest) => void {
  const cancelled = new Set<number>();
  const tables = new TableHolder();
  const view = viewer();

  /** After a slice: 'cancelled' or 'stale' was answered (the job ends), or null to go on. */
  const stopped = (id: number, epoch: number): boolean => {
    if (cancelled.delete(id)) { post({ type: 'cancelled', id }); return true; }
    if (!tables.isCurrent(epoch)) { post({ type: 'stale', id }); return true; }
    return false;
  };

  /** Writes a file from its parts, reporting progress after each and stopping between two when cancelled. */
  async function writeParts(id: number, epoch: number, total: number, partsOf: Iterable<{ text: string; rows: number }>) {
    const parts: string[] = [];
    let done = 0;
    for (const part of partsOf) {
      parts.push(part.text);
      done += part.rows;
      post({ type: 'progress', id, done, total });
      await breathe();
      if (stopped(id, epoch)) return;
    }
    post({ type: 'done', id, file: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
  }

  async function run(msg: Job, table: ClientTable): Promise<void> {
    const { epoch } = msg.table;
    switch (msg.type) {
      case 'listCsv': {
        const { facts, asOfDay, ...input } = msg.input;
        // Computed row by row as the slices are written (stepAt), not all first.
        const steps = lazyNextSteps(input.buckets, table, new Map(facts), asOfDay);
        return writeParts(msg.id, epoch, input.rows.length, listCsvParts({ ...input, steps, columns: listColumnsOf(table) }));
      }
      case 'mergeCsv': {
        const { input, rows, checkLabels, delimiter } = msg.input;
        return writeParts(msg.id, epoch, rows.length, mergeCsvParts({ ...input, table }, rows, checkLabels, delimiter));
      }
      case 'mergeScan': {
        // A newer scan (the rep changed the template) cancels this one.
        const input = { ...msg.input, table };
        const scan = emptyScan();
        for (let from = 0; from < msg.rows.length; from += MERGE_SLICE_ROWS) {
          scanSlice(input, msg.rows, from, from + MERGE_SLICE_ROWS, scan);
          await breathe();
          if (stopped(msg.id, epoch)) return;
        }
        post({ type: 'scanned', id: msg.id, scan });
        return;
      }
      case 'hold':
        return;
      case 'view': {
        // Fresh arrays of this answer (view-query.ts copies memoized ones): transferred, not cloned.
        post({ type: 'viewed', id: msg.id, ...view(table, epoch, msg.query) });
      }
    }
  }

  async function start(msg: Job): Promise<void> {
    const { epoch, from } = msg.table;
    if (from) tables.expect(epoch, receiveTable(from));
    const table = await tables.tableFor(epoch);
    if (cancelled.delete(msg.id)) { post({ type: 'cancelled', id: msg.id }); return; }
    if (!table) { post({ type: 'stale', id: msg.id }); return; }
    await run(msg, table);
  }

  return (msg) => {
    if (msg.type === 'cancel') { cancelled.add(msg.id); return; }
    if (msg.type === 'forget') { tables.forget(); return; }
    start(msg).catch((error: unknown) => post({ type: 'error', id: msg.id, detail: error instanceof Error ? error.message : String(error) }));
  };
}
