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

const handle = bulkRunner((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent<BulkRequest>) => handle(event.data);
