/**
 * What changed since the previous import (tracker.md §5). A snapshot keeps
 * only what the comparison needs, so it is small enough to persist.
 */
import { bucketAt, type ActivationBucket, type BucketColumns, type DeploymentBucket } from './buckets';
import { stringAt, type NameColumns } from './table';

export interface Snapshot {
  [key: string]: { client: string; activation: ActivationBucket; deployment: DeploymentBucket };
}

export interface ImportChanges {
  /** Clients whose activation left `none` (now `partial` or `full`). */
  activated: { key: string; client: string }[];
  /** Clients whose deployment bucket changed, in current table order. */
  deploymentMoves: { key: string; client: string; from: DeploymentBucket; to: DeploymentBucket }[];
  newClients: number;
  goneClients: number;
  /** True when there was no previous import to compare with: this one is the first. */
  first: boolean;
}

/**
 * Snapshot of an import, keyed by merge key.
 * snapshotOf(table, columns) → { 'id:TEN-5000': { client: 'Acme Design', activation: 'none', deployment: 'full' }, … }
 */
export function snapshotOf(table: NameColumns, columns: Pick<BucketColumns, 'activation' | 'deployment'>): Snapshot {
  // No prototype: a key can never collide with an Object.prototype member.
  const snapshot = Object.create(null) as Snapshot;
  for (let i = 0; i < table.size; i++) {
    snapshot[stringAt(table.key, i)] = {
      client: stringAt(table.text.client, i),
      activation: bucketAt(columns as BucketColumns, 'activation', i),
      deployment: bucketAt(columns as BucketColumns, 'deployment', i),
    };
  }
  return snapshot;
}

/**
 * Changes from one snapshot to the next.
 * diffSnapshots({ k: { client: 'A', activation: 'none', deployment: 'none' } }, { k: { client: 'A', activation: 'full', deployment: 'full' } })
 *   → { activated: [{ key: 'k', client: 'A' }], deploymentMoves: [{ key: 'k', client: 'A', from: 'none', to: 'full' }], newClients: 0, goneClients: 0 }
 */
export function diffSnapshots(previous: Snapshot, current: Snapshot): ImportChanges {
  const changes: ImportChanges = { activated: [], deploymentMoves: [], newClients: 0, goneClients: 0, first: false };
  let kept = 0;
  for (const key of Object.keys(current)) {
    const now = current[key]!;
    const before = Object.hasOwn(previous, key) ? previous[key] : undefined;
    if (before === undefined) {
      changes.newClients++;
      continue;
    }
    kept++;
    if (before.activation === 'none' && (now.activation === 'partial' || now.activation === 'full')) {
      changes.activated.push({ key, client: now.client });
    }
    if (before.deployment !== now.deployment) {
      changes.deploymentMoves.push({ key, client: now.client, from: before.deployment, to: now.deployment });
    }
  }
  changes.goneClients = Object.keys(previous).length - kept;
  return changes;
}

/**
 * Changes since the previous snapshot; with none, every client is new and
 * `first` says this is the first import (not "nothing changed").
 * changesSince(undefined, { k: … }) → { activated: [], deploymentMoves: [], newClients: 1, goneClients: 0, first: true }
 */
export function changesSince(previous: Snapshot | undefined | null, current: Snapshot): ImportChanges {
  if (!previous) return { activated: [], deploymentMoves: [], newClients: Object.keys(current).length, goneClients: 0, first: true };
  return diffSnapshots(previous, current);
}
