/// <reference lib="webworker" />
/**
 * The bulk-output worker: builds a large file (the list export) in slices,
 * off the page's thread, reports progress after each slice and stops between
 * two slices when the page cancels. A worker of its own, so an export never
 * waits behind an import (or the reverse).
 */
import { listCsvParts } from './list-export';
import type { BulkRequest, BulkResponse } from './bulk-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: BulkResponse) => self.postMessage(message);
const cancelled = new Set<number>();
/** Lets queued messages (a cancel) run between two slices. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function listCsv(id: number, input: Extract<BulkRequest, { type: 'listCsv' }>['input']) {
  const total = input.rows.length;
  const parts: string[] = [];
  let done = 0;
  for (const part of listCsvParts(input)) {
    parts.push(part.text);
    done += part.rows;
    post({ type: 'progress', id, done, total });
    await breathe();
    if (cancelled.delete(id)) { post({ type: 'cancelled', id }); return; }
  }
  post({ type: 'done', id, file: new Blob(parts, { type: 'text/csv;charset=utf-8' }) });
}

self.onmessage = (event: MessageEvent<BulkRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') { cancelled.add(msg.id); return; }
  listCsv(msg.id, msg.input).catch((error: unknown) => post({ type: 'error', id: msg.id, detail: error instanceof Error ? error.message : String(error) }));
};
