/**
 * The bulk worker's copy of the client table, by epoch (the id of the
 * import request that built it; a newer import has a larger one). A job
 * names the epoch of the table on the page: the holder answers with that
 * table, waits for it while the import worker sends it, or refuses (null)
 * when the job's table is older than one it has seen, so an export never
 * mixes the rows of one import with the text of another.
 */
import { tableFromWire, type ClientTable } from './table';
import type { TableShipment } from './bulk-protocol';

export class TableHolder {
  private held: { epoch: number; table: ClientTable } | null = null;
  private coming: { epoch: number; table: Promise<ClientTable | null> } | null = null;
  /** Jobs for an older epoch are refused. */
  private floor = 0;

  /** The table of `epoch` is on its way (a port from the import worker); any older one is dropped. */
  expect(epoch: number, table: Promise<ClientTable | null>): void {
    if (epoch < this.floor) return;
    this.floor = epoch;
    if (this.held && this.held.epoch < epoch) this.held = null;
    this.coming = { epoch, table };
  }

  /** True while a job of `epoch` may go on: no newer table was announced, the tracker was not cleared. */
  isCurrent(epoch: number): boolean {
    return epoch >= this.floor;
  }

  /** The table of `epoch`, once here; null when the job is stale or the import worker no longer had it. */
  async tableFor(epoch: number): Promise<ClientTable | null> {
    if (!this.isCurrent(epoch)) return null;
    if (this.held?.epoch === epoch) return this.held.table;
    const coming = this.coming;
    if (!coming || coming.epoch !== epoch) return null;
    const table = await coming.table;
    if (this.coming === coming) this.coming = null;
    // A newer import may have been announced while this one travelled.
    if (!table || !this.isCurrent(epoch)) return null;
    this.held = { epoch, table };
    return table;
  }

  /** The tracker was cleared: no table, and every job for the tables seen so far is refused. */
  forget(): void {
    this.held = null;
    this.coming = null;
    this.floor += 1;
  }
}

/** The table the import worker sends through `port` (one message), then the port is closed. */
export function receiveTable(port: MessagePort): Promise<ClientTable | null> {
  return new Promise((resolve) => {
    port.onmessage = (event: MessageEvent<TableShipment>) => {
      const wire = event.data?.table;
      resolve(wire ? tableFromWire(wire) : null);
      port.close();
    };
  });
}
