/**
 * Alphabetical order of clients, computed once per table in the worker:
 * a collator compare is slow (about a second for 200,000 names with numeric
 * ordering), so the page never sorts names itself; it compares ranks.
 */
import { stringAt, type NameColumns } from './table';

/**
 * Rank of each client by name in the locale's order, numbers in natural
 * order ("Client 2" before "Client 10"), case and accents ignored; ties keep
 * file order. rankByName(table of ['b', 'a', 'B'], 'en') → [1, 0, 2]
 */
export function rankByName(table: NameColumns, locale: string): Uint32Array {
  const names = new Array<string>(table.size);
  for (let i = 0; i < table.size; i++) names[i] = stringAt(table.text.client, i);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const order = Array.from(names.keys()).sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
  const rank = new Uint32Array(table.size);
  for (let position = 0; position < order.length; position++) rank[order[position]!] = position;
  return rank;
}

/** Row indices in the order of their ranks: orderOfRank(Uint32Array.of(1, 0, 2)) → [1, 0, 2]; orderOfRank([2, 0, 1]) → [1, 2, 0] */
export function orderOfRank(rank: Uint32Array): Int32Array {
  const order = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) order[rank[i]!] = i;
  return order;
}
