import { describe, expect, test } from 'vitest';
import { computeBuckets } from '../../../src/lib/tracker/buckets';
import { changesSince, diffSnapshots, snapshotOf, type ImportChanges, type Snapshot } from '../../../src/lib/tracker/diff';
import { buildClientTable } from '../../../src/lib/tracker/table';

describe('snapshotOf', () => {
  test('keeps client name and activation/deployment buckets by merge key', () => {
    const { table } = buildClientTable(
      ['Client', 'Id', 'Sold', 'Assigned', 'Activated'],
      [
        ['Acme', 'T-1', '10', '10', '0'],
        ['Blue', '', '10', '4', '10'],
        ['Cobalt', '', '', '', ''],
      ],
      { client: 'Client', clientId: 'Id', seatsPurchased: 'Sold', seatsAssigned: 'Assigned', usersActivated: 'Activated' },
      { decimal: '.', dayFirst: false },
    );
    const snapshot = snapshotOf(table, computeBuckets(table, 0));
    expect({ ...snapshot }).toEqual({
      'id:T-1': { client: 'Acme', activation: 'none', deployment: 'full' },
      'name:blue': { client: 'Blue', activation: 'full', deployment: 'partial' },
      'name:cobalt': { client: 'Cobalt', activation: 'unknown', deployment: 'unknown' },
    });
    expect(Object.getPrototypeOf(snapshot)).toBeNull();
  });
  test('out-of-range bucket codes read as unknown', () => {
    const { table } = buildClientTable(['Client'], [['Acme']], { client: 'Client' }, { decimal: '.', dayFirst: false });
    const columns = { activation: Uint8Array.of(99), deployment: Uint8Array.of(99), usage: Uint8Array.of(0), stage: Uint8Array.of(0), renewal: Uint8Array.of(0) };
    expect({ ...snapshotOf(table, columns) }).toEqual({ 'name:acme': { client: 'Acme', activation: 'unknown', deployment: 'unknown' } });
  });
});

describe('diffSnapshots', () => {
  const entry = (client: string, activation: Snapshot[string]['activation'], deployment: Snapshot[string]['deployment']) => ({
    client,
    activation,
    deployment,
  });
  const cases: { description: string; input: [Snapshot, Snapshot]; expected: ImportChanges }[] = [
    {
      description: 'nothing changed',
      input: [{ a: entry('A', 'none', 'none') }, { a: entry('A', 'none', 'none') }],
      expected: { activated: [], deploymentMoves: [], newClients: 0, goneClients: 0, first: false },
    },
    {
      description: 'none → partial and none → full are activations; partial → full is not',
      input: [
        { a: entry('A', 'none', 'full'), b: entry('B', 'none', 'full'), c: entry('C', 'partial', 'full') },
        { a: entry('A', 'partial', 'full'), b: entry('B', 'full', 'full'), c: entry('C', 'full', 'full') },
      ],
      expected: {
        activated: [
          { key: 'a', client: 'A' },
          { key: 'b', client: 'B' },
        ],
        deploymentMoves: [],
        newClients: 0,
        goneClients: 0,
        first: false,
      },
    },
    {
      description: 'none → unknown is not an activation',
      input: [{ a: entry('A', 'none', 'none') }, { a: entry('A', 'unknown', 'none') }],
      expected: { activated: [], deploymentMoves: [], newClients: 0, goneClients: 0, first: false },
    },
    {
      description: 'deployment moves in both directions, with the current name',
      input: [
        { a: entry('A', 'full', 'none'), b: entry('B', 'full', 'full') },
        { a: entry('A', 'full', 'partial'), b: entry('B renamed', 'full', 'partial') },
      ],
      expected: {
        activated: [],
        deploymentMoves: [
          { key: 'a', client: 'A', from: 'none', to: 'partial' },
          { key: 'b', client: 'B renamed', from: 'full', to: 'partial' },
        ],
        newClients: 0,
        goneClients: 0,
        first: false,
      },
    },
    {
      description: 'new and gone clients are counted, never compared',
      input: [
        { a: entry('A', 'none', 'none'), gone1: entry('G', 'none', 'none'), gone2: entry('H', 'full', 'full') },
        { a: entry('A', 'none', 'none'), fresh: entry('F', 'full', 'over') },
      ],
      expected: { activated: [], deploymentMoves: [], newClients: 1, goneClients: 2, first: false },
    },
    {
      description: 'an empty previous import: every client is new, but it is not the first',
      input: [{}, { a: entry('A', 'none', 'none'), b: entry('B', 'full', 'full') }],
      expected: { activated: [], deploymentMoves: [], newClients: 2, goneClients: 0, first: false },
    },
    {
      description: 'a key named like an Object member is just a key',
      input: [{ constructor: entry('C', 'none', 'none') }, { toString: entry('T', 'full', 'full') }],
      expected: { activated: [], deploymentMoves: [], newClients: 1, goneClients: 1, first: false },
    },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(diffSnapshots(...input)).toEqual(expected));
  }

  test('a snapshot survives JSON (persisted state) and diffs the same', () => {
    const before: Snapshot = { a: entry('A', 'none', 'none') };
    const after: Snapshot = { a: entry('A', 'full', 'full') };
    const revived = JSON.parse(JSON.stringify(before)) as Snapshot;
    expect(diffSnapshots(revived, after)).toEqual(diffSnapshots(before, after));
  });
});

describe('changesSince', () => {
  const now: Snapshot = { a: { client: 'A', activation: 'none', deployment: 'none' } };
  const cases: { description: string; input: Snapshot | undefined | null; expected: ImportChanges }[] = [
    { description: 'no previous import: the first, not "nothing changed"', input: undefined, expected: { activated: [], deploymentMoves: [], newClients: 1, goneClients: 0, first: true } },
    { description: 'null reads like none', input: null, expected: { activated: [], deploymentMoves: [], newClients: 1, goneClients: 0, first: true } },
    { description: 'a previous import: compared', input: { a: { client: 'A', activation: 'none', deployment: 'none' } }, expected: { activated: [], deploymentMoves: [], newClients: 0, goneClients: 0, first: false } },
  ];
  for (const { description, input, expected } of cases) {
    test(description, () => expect(changesSince(input, now)).toEqual(expected));
  }
});
