/// <reference lib="webworker" />
/**
 * The bulk-output worker: builds a large file (the list export) in slices,
 * off the page's thread, reports progress after each slice and stops between
 * two slices when the page cancels. A worker of its own, so an export never
 * waits behind an import (or the reverse).
 */
import { listCsvParts } from './list-export';
import { emptyScan, mergeCsvParts, scanSlice, MERGE_SLICE_ROWS } from '../email/merge-export';
import type { BulkRequest, BulkResponse } from './bulk-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: BulkResponse) => self.postMessage(message);
const cancelled = new Set<number>();
/** Lets queued messages (a cancel) run between two slices. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Writes a file from its parts, reporting progress after each and stopping between two when cancelled. */
async function writeParts(id: number, total: number, partsOf: Iterable<{ text: string; rows: number }>) {
  const parts: string[] = [];
  let done = 0;
  for (const part of partsOf) {
    parts.push(part.text);
    done += part.rows;
    post({ type: 'progress', id, done, total });
    await breathe();
    if (cancelled.delete(id)) { post({ type: 'cancelled', id }); return; }
  }
  post({ type: 'done', id, file: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
}

/** Counts the languages and gaps of a bulk email, a slice at a time (a newer scan cancels this one). */
async function mergeScan(id: number, msg: Extract<BulkRequest, { type: 'mergeScan' }>) {
  const scan = emptyScan();
  for (let from = 0; from < msg.rows.length; from += MERGE_SLICE_ROWS) {
    scanSlice(msg.input, msg.rows, from, from + MERGE_SLICE_ROWS, scan);
    await breathe();
    if (cancelled.delete(id)) { post({ type: 'cancelled', id }); return; }
  }
  post({ type: 'scanned', id, scan });
}

function run(msg: Exclude<BulkRequest, { type: 'cancel' }>): Promise<void> {
  switch (msg.type) {
    case 'listCsv':
      return writeParts(msg.id, msg.input.rows.length, listCsvParts(msg.input));
    case 'mergeCsv': {
      const { input, rows, checkLabels, delimiter } = msg.input;
      return writeParts(msg.id, rows.length, mergeCsvParts(input, rows, checkLabels, delimiter));
    }
    case 'mergeScan':
      return mergeScan(msg.id, msg);
  }
}

self.onmessage = (event: MessageEvent<BulkRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') { cancelled.add(msg.id); return; }
  run(msg).catch((error: unknown) => post({ type: 'error', id: msg.id, detail: error instanceof Error ? error.message : String(error) }));
};
