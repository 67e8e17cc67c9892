import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BulkRequest, BulkResponse, ListJob } from '../../../src/lib/tracker/bulk-protocol';
import type { ClientTable } from '../../../src/lib/tracker/table';
import type { MergeInput } from '../../../src/lib/email/merge-export';

/** A stand-in for the bulk worker: records what the page posts, answers when the test says. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: Exclude<BulkRequest, { type: 'forget' }>[] = [];
  transfers: Transferable[][] = [];
  onmessage: ((event: MessageEvent<BulkResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: BulkRequest, transfer: Transferable[] = []) {
    if (message.type !== 'forget') this.posted.push(message);
    this.transfers.push(transfer);
  }
  reply(message: BulkResponse) {
    this.onmessage?.({ data: message } as MessageEvent<BulkResponse>);
  }
  terminate() {}
}

const input = { rows: new Int32Array(3) } as unknown as ListJob;
const table = { size: 3 } as unknown as ClientTable;
/** Ports the page asked the "import worker" to send a table through, by epoch. */
let shipped: { epoch: number; port: MessagePort }[] = [];
const ship = (epoch: number) => (port: MessagePort) => {
  shipped.push({ epoch, port });
  port.close();
};

describe('bulk list export on the page', () => {
  beforeEach(async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    shipped = [];
    (await import('../../../src/store/bulk')).noteTable(table, 5, ship(5));
  });
  afterEach(() => vi.unstubAllGlobals());

  test('Cancel downloads nothing, even when the worker finished its last slice before it read the cancel', async () => {
    const { startListExport, cancelBulk, useBulk } = await import('../../../src/store/bulk');
    const save = vi.fn();
    startListExport(table, input, save);
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
    startListExport(table, input, first);
    const worker = FakeWorker.last!;
    const firstId = worker.posted[0]!.id;
    cancelBulk();
    startListExport(table, input, second);
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
    startListExport(table, input, vi.fn());
    startListExport(table, input, vi.fn());
    expect(FakeWorker.last!.posted.filter((m) => m.type === 'listCsv')).toHaveLength(1);
  });
});

describe('the bulk worker gets the table once per import, never from the page', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('Worker', FakeWorker);
    shipped = [];
  });
  afterEach(() => vi.unstubAllGlobals());

  const settings = { templates: {}, fieldLabels: {}, localeChoice: '', pageLocale: 'en', deadlineDay: null, rep: { repName: '', repCompany: '', repPhone: '', bookingLink: '' } };

  test('the first job of an import carries a port the import worker sends the table through; later jobs only the epoch and their rows', async () => {
    const bulk = await import('../../../src/store/bulk');
    bulk.noteTable(table, 5, ship(5));
    const rows = Int32Array.of(2, 0, 1);
    bulk.scanMerge({ ...settings, table } as unknown as MergeInput, rows, vi.fn());
    bulk.startListExport(table, input, vi.fn());
    const worker = FakeWorker.last!;
    const scan = worker.posted[0]!;
    const list = worker.posted[1]!;
    expect(shipped.map((s) => s.epoch)).toEqual([5]);
    expect(scan.type === 'mergeScan' && scan.table.epoch === 5 && scan.table.from !== undefined).toBe(true);
    expect(list.type === 'listCsv' && list.table).toEqual({ epoch: 5 });
    // No table and no text column leaves the page with a job.
    expect(JSON.stringify(Object.keys(scan.type === 'mergeScan' ? scan.input : {}))).not.toContain('table');
    expect(list.type === 'listCsv' && 'columns' in list.input).toBe(false);
    // The rows go as a transferred copy: the list on screen keeps its own.
    expect(scan.type === 'mergeScan' && scan.rows).toEqual(rows);
    expect(scan.type === 'mergeScan' && scan.rows).not.toBe(rows);
    expect(worker.transfers[0]).toContain(scan.type === 'mergeScan' ? scan.rows.buffer : null);
  });

  test('a new import, or a stale answer, sends the table again; clearing tells the worker to forget it', async () => {
    const bulk = await import('../../../src/store/bulk');
    const newer = { size: 1 } as unknown as ClientTable;
    bulk.noteTable(table, 5, ship(5));
    bulk.noteTable(newer, 8, ship(8));
    const done = vi.fn();
    bulk.startListExport(table, input, done);
    const worker = FakeWorker.last!;
    worker.reply({ type: 'stale', id: worker.posted[0]!.id });
    expect(bulk.useBulk.getState().outcome).toEqual({ kind: 'stale', job: 'list' });
    expect(done).not.toHaveBeenCalled();
    bulk.startListExport(newer, input, vi.fn());
    worker.reply({ type: 'stale', id: worker.posted[1]!.id });
    bulk.startListExport(newer, input, vi.fn());
    expect(shipped.map((s) => s.epoch)).toEqual([5, 8, 8]);
    const sent: BulkRequest[] = [];
    worker.postMessage = (message: BulkRequest) => { sent.push(message); };
    bulk.forgetTables();
    expect(sent).toEqual([{ type: 'forget' }]);
  });
});
