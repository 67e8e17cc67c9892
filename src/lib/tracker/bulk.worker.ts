/// <reference lib="webworker" />
/**
 * The bulk-output worker: builds a large file (the list export, the
 * mail-merge CSV) in slices, off the page's thread (bulk-runner.ts). A
 * worker of its own, so an export never waits behind an import (or the
 * reverse); it keeps the client table the import worker sends it once per import.
 */
import { bulkRunner } from './bulk-runner';
import type { BulkRequest } from './bulk-protocol';

declare const self: DedicatedWorkerGlobalScope;

// A view's rows cross by transfer (they are the answer's own arrays).
const handle = bulkRunner((message) => self.postMessage(message, message.type === 'viewed' ? [message.rows.buffer, message.callList.buffer, message.deadlines.buffer] : []));
self.onmessage = (event: MessageEvent<BulkRequest>) => handle(event.data);
