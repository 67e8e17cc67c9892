import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BulkRequest, BulkResponse } from '../../../src/lib/tracker/bulk-protocol';
import type { ListExport } from '../../../src/lib/tracker/list-export';

/** A stand-in for the bulk worker: records what the page posts, answers when the test says. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: BulkRequest[] = [];
  onmessage: ((event: MessageEvent<BulkResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: BulkRequest) {
    this.posted.push(message);
  }
  reply(message: BulkResponse) {
    this.onmessage?.({ data: message } as MessageEvent<BulkResponse>);
  }
  terminate() {}
}

const input = { rows: new Int32Array(3) } as unknown as ListExport;

describe('bulk list export on the page', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  test('Cancel downloads nothing, even when the worker finished its last slice before it read the cancel', async () => {
    const { startListExport, cancelBulk, useBulk } = await import('../../../src/store/bulk');
    const save = vi.fn();
    startListExport(input, save);
    const worker = FakeWorker.last!;
    const id = worker.posted[0]!.id;
    cancelBulk();
    expect(worker.posted.at(-1)).toEqual({ type: 'cancel', id });
    // The worker's 'done' was already on its way when the cancel was posted.
    worker.reply({ type: 'done', id, file: new Blob(['x']) });
    expect(save).not.toHaveBeenCalled();
    expect(useBulk.getState().job).toBeNull();
    expect(useBulk.getState().outcome).toEqual({ kind: 'cancelled', job: 'list' });
  });

  test('after Cancel a new export starts at once and gets its own file, not the cancelled one', async () => {
    const { startListExport, cancelBulk } = await import('../../../src/store/bulk');
    const first = vi.fn();
    const second = vi.fn();
    startListExport(input, first);
    const worker = FakeWorker.last!;
    const firstId = worker.posted[0]!.id;
    cancelBulk();
    startListExport(input, second);
    const secondId = worker.posted.at(-1)!.id;
    expect(secondId).not.toBe(firstId);
    worker.reply({ type: 'cancelled', id: firstId });
    const file = new Blob(['second']);
    worker.reply({ type: 'done', id: secondId, file });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(file);
  });

  test('a second click while an export runs starts nothing', async () => {
    const { startListExport } = await import('../../../src/store/bulk');
    startListExport(input, vi.fn());
    startListExport(input, vi.fn());
    expect(FakeWorker.last!.posted.filter((m) => m.type === 'listCsv')).toHaveLength(1);
  });
});
