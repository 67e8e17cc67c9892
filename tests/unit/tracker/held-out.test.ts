/**
 * Held-out check: exports the tracker has never seen, generated here in four
 * languages, four encodings and the shapes of the vendors' exports, with a
 * value at every bucket edge (renewal days −1/0/45/46/90/91, every stage
 * edge, ratios at 0, just under and over 1, 0.5, a zero denominator, empty
 * cells). They go through the whole import (bytes → decode → parse → header
 * matching → table → buckets → next steps) and are compared with an
 * independent implementation of tracker.md §3–§4 written below from the
 * spec alone: it imports nothing of the tracker's domain code.
 */
import { describe, expect, test } from 'vitest';
import { suggestMapping } from '../../../src/lib/mapping/match';
import { readExport, resolveDayFirst } from '../../../src/lib/tracker/pipeline';
import { buildClientTable, clientAt } from '../../../src/lib/tracker/table';
import { bucketsAt, computeBuckets, countBuckets } from '../../../src/lib/tracker/buckets';
import { computeNextSteps, statusAt, stepAt } from '../../../src/lib/tracker/next-step';
import { chunked, utf16 } from '../csv/bytes';

// ───────────────────────── the oracle (tracker.md §3–§4, nothing imported) ─────────────────────────

/** One client as generated: numbers as the export holds them, dates as days from the as-of date. */
interface Truth {
  name: string;
  sold?: number | undefined;
  assigned?: number | undefined;
  activated?: number | undefined;
  active?: number | undefined;
  actPct?: number | undefined;
  depPct?: number | undefined;
  usePct?: number | undefined;
  /** Days from the start date to the as-of date (positive = started in the past). */
  sinceStart?: number | undefined;
  /** Days from the as-of date to the renewal date (negative = passed). */
  toRenewal?: number | undefined;
}

type Oracle = { activation: string; deployment: string; usage: string; stage: string; renewal: string };

function oracleRatio(count: number | undefined, total: number | undefined, pct: number | undefined): number | null {
  if (count !== undefined && total !== undefined && count >= 0 && total > 0) return count / total;
  if (pct !== undefined && pct >= 0) return pct / 100;
  return null;
}

function oracleBuckets(c: Truth): Oracle {
  const a = oracleRatio(c.activated, c.sold, c.actPct);
  const d = oracleRatio(c.assigned, c.sold, c.depPct);
  const u = oracleRatio(c.active, c.sold, c.usePct); // usage: active / total entitlements
  const s = c.sinceStart;
  const n = c.toRenewal;
  return {
    activation: a === null ? 'unknown' : a === 0 ? 'none' : a < 1 ? 'partial' : 'full',
    deployment: d === null ? 'unknown' : d === 0 ? 'none' : d < 1 ? 'partial' : d === 1 ? 'full' : 'over',
    usage: u === null ? 'unknown' : u === 0 ? 'none' : u < 0.5 ? 'low' : u <= 1 ? 'good' : 'inflated',
    stage:
      s === undefined ? 'unknown'
        : s < 0 ? 'upcoming'
          : s <= 6 ? 'week-1'
            : s <= 20 ? 'weeks-2-3'
              : s <= 27 ? 'week-4'
                : s <= 41 ? 'weeks-5-6'
                  : s <= 69 ? 'weeks-7-10'
                    : 'ongoing',
    renewal: n === undefined ? 'unknown' : n < 0 ? 'lapsed' : n <= 45 ? 'within-45' : n <= 90 ? 'within-90' : 'later',
  };
}

/** §4 with no outreach logged (rules 2–3 need a log; next-step.test.ts covers them). */
function oracleStep(b: Oracle): string | null {
  const late = b.stage === 'weeks-7-10' || b.stage === 'ongoing';
  const weakUsage = b.usage === 'none' || b.usage === 'low';
  if (b.activation === 'none') return 'activation/email-admins';
  if (b.renewal === 'lapsed') return 'renewal/lapsed-check';
  if (b.renewal === 'within-45') return 'renewal/renewal-call';
  if (b.stage === 'week-1') return 'onboarding/welcome-email';
  if (b.stage === 'weeks-2-3' && b.deployment !== 'full' && b.deployment !== 'over') return 'onboarding/deployment-follow-up';
  if (b.stage === 'week-4') return 'usage/encourage-usage';
  if (b.stage === 'weeks-5-6') return 'usage/resources-call';
  if (late && b.deployment === 'none') return 'usage/no-deployment-reminder';
  if (late && b.deployment === 'partial') return 'usage/partial-deployment';
  if (b.renewal === 'within-90' && (weakUsage || b.deployment === 'none' || b.deployment === 'partial')) return 'renewal/pre-renewal-review';
  if (weakUsage && b.stage !== 'upcoming' && b.stage !== 'week-1' && b.stage !== 'weeks-2-3') return 'adoption-metrics/offer-training';
  return null;
}

/** Which truth values feed each dimension, as columns a shape may have. */
type Column = keyof Omit<Truth, 'name'>;
const SOURCES: Record<keyof Oracle, { counts: Column[]; pct?: Column }> = {
  activation: { counts: ['activated', 'sold'], pct: 'actPct' },
  deployment: { counts: ['assigned', 'sold'], pct: 'depPct' },
  usage: { counts: ['active', 'sold'], pct: 'usePct' },
  stage: { counts: ['sinceStart'] },
  renewal: { counts: ['toRenewal'] },
};

/** action / on-track / needs-data: needs-data only for an unknown dimension whose column the file has but this client's cell is empty. */
function oracleStatus(c: Truth, b: Oracle, has: ReadonlySet<Column>, step: string | null): string {
  if (step !== null) return 'action';
  for (const dim of Object.keys(SOURCES) as (keyof Oracle)[]) {
    const { counts, pct } = SOURCES[dim];
    const measurable = counts.every((k) => has.has(k)) || (pct !== undefined && has.has(pct));
    if (!measurable || b[dim] !== 'unknown') continue;
    const sources = [...counts, ...(pct ? [pct] : [])].filter((k) => has.has(k));
    if (sources.some((k) => c[k] === undefined)) return 'needs-data';
  }
  return 'on-track';
}

// ───────────────────────── generated exports ─────────────────────────

const AS_OF = { y: 2026, m: 11, d: 24 };
const AS_OF_DAY = Math.round(Date.UTC(AS_OF.y, AS_OF.m - 1, AS_OF.d) / 86_400_000);
const dateAt = (offset: number) => new Date(Date.UTC(AS_OF.y, AS_OF.m - 1, AS_OF.d + offset));

/** Every edge, cycled with different lengths so that the combinations vary. */
const EDGES = {
  toRenewal: [-1, 0, 45, 46, 90, 91, -400, 365, undefined],
  sinceStart: [-1, 0, 6, 7, 20, 21, 27, 28, 41, 42, 69, 70, 400, undefined],
  assigned: [0, 12, 39, 40, 41, undefined],
  activated: [0, 1, 39, 40, 50, undefined, 20],
  active: [0, 1, 19, 20, 40, 41, undefined, 10],
  pct: [0, 0.4, 49.9, 50, 99.6, 100, 100.4, 120, undefined, 33],
  sold: [40, 40, 40, 0, 40, undefined, 40, 40, 40, 40, 40],
};
const pick = <T,>(values: readonly T[], i: number, salt: number): T => values[(i * (salt + 1) + salt) % values.length]!;

function truths(count: number, prefix: string): Truth[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${String(i + 1).padStart(3, '0')}`,
    sold: pick(EDGES.sold, i, 0),
    assigned: pick(EDGES.assigned, i, 1),
    activated: pick(EDGES.activated, i, 2),
    active: pick(EDGES.active, i, 3),
    actPct: pick(EDGES.pct, i, 4),
    depPct: pick(EDGES.pct, i, 5),
    usePct: pick(EDGES.pct, i, 6),
    sinceStart: pick(EDGES.sinceStart, i, 0),
    toRenewal: pick(EDGES.toRenewal, i, 1),
  }));
}

interface Shape {
  description: string;
  /** Column header → the truth value it carries (or the name). */
  columns: [string, Column | 'name' | 'id' | 'link'][];
  delimiter: string;
  encode: (text: string) => Uint8Array;
  number: (value: number) => string;
  date: (offset: number) => string;
  clients: Truth[];
}

const iso = (o: number) => dateAt(o).toISOString().slice(0, 10);
const dayFirst = (o: number) => { const t = dateAt(o); return `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`; };
const japanese = (o: number) => { const t = dateAt(o); return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日`; };
const comma = (v: number) => String(v).replace('.', ',');

/** Windows-1252 bytes: Latin-1 as is, the curly apostrophe at 0x92. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch === '\u2019' ? 0x92 : ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

/** Shift_JIS bytes, from the platform's decoder read backwards (the platform has no encoder). */
const SJIS_TABLE = (() => {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
})();
function shiftJis(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : SJIS_TABLE.get(ch) ?? [0x3f])));
}

const SHAPES: Shape[] = [
  {
    description: 'English Microsoft Partner Center analytics with an activation report, UTF-8 with BOM, comma',
    columns: [['customerName', 'name'], ['customerId', 'id'], ['licensesSold', 'sold'], ['licensesDeployed', 'assigned'], ['licensesActive', 'active'], ['Activated', 'activated'], ['Start Date', 'sinceStart'], ['Renewal date', 'toRenewal']],
    delimiter: ',',
    encode: (t) => new TextEncoder().encode(`\uFEFF${t}`),
    number: String,
    date: iso,
    // Plus one client written by hand: activated, nothing assigned, long after the start, renewal far away.
    clients: [...truths(70, 'Contoso'), { name: 'Contoso nothing assigned', sold: 40, assigned: 0, activated: 40, active: 10, sinceStart: 100, toRenewal: 200 }],
  },
  {
    description: 'French Adobe Admin Console (Licences, Attribuées, Date d’anniversaire: no activation, usage or start), Windows-1252, semicolon',
    columns: [['Nom du client', 'name'], ['Licences', 'sold'], ['Attribuées', 'assigned'], ['Date d’anniversaire', 'toRenewal']],
    delimiter: ';',
    encode: cp1252,
    number: comma,
    date: dayFirst,
    clients: truths(40, 'Société Générale d’Études'),
  },
  {
    description: 'Portuguese export with only percent columns, UTF-16 LE with BOM, tab',
    columns: [['Cliente', 'name'], ['% de ativação', 'actPct'], ['% de implantação', 'depPct'], ['% de uso', 'usePct'], ['Data de início', 'sinceStart'], ['Data de renovação', 'toRenewal']],
    delimiter: '\t',
    encode: (t) => utf16(t, 'le', true),
    number: (v) => `${comma(v)}%`,
    date: dayFirst,
    clients: truths(50, 'Construtora Ipê'),
  },
  {
    description: 'Japanese export with counts, Japanese dates and a renewal date, Shift_JIS, comma',
    columns: [['顧客名', 'name'], ['購入ライセンス数', 'sold'], ['割り当て済みライセンス数', 'assigned'], ['アクティベーション済みユーザー数', 'activated'], ['アクティブユーザー数', 'active'], ['開始日', 'sinceStart'], ['更新日', 'toRenewal']],
    delimiter: ',',
    encode: shiftJis,
    number: String,
    date: japanese,
    clients: truths(45, '株式会社さくら'),
  },
  {
    description: '3DEXPERIENCE Cloud Adoption Dashboard (activation rate only), UTF-8, comma',
    columns: [['Company', 'name'], ['Activation rate', 'actPct'], ['Activation Link', 'link'], ['Renewal date', 'toRenewal']],
    delimiter: ',',
    encode: (t) => new TextEncoder().encode(t),
    number: (v) => `${v}%`,
    date: iso,
    clients: truths(30, 'Dassault Test'),
  },
];

function render(shape: Shape): string {
  const cell = (c: Truth, column: Shape['columns'][number][1], index: number): string => {
    if (column === 'name') return c.name;
    if (column === 'id') return `T-${index}`;
    if (column === 'link') return `https://example.org/activate/${index}`;
    const value = c[column];
    if (value === undefined) return '';
    if (column === 'sinceStart') return shape.date(-value);
    if (column === 'toRenewal') return shape.date(value);
    return shape.number(value);
  };
  const lines = [shape.columns.map(([h]) => h).join(shape.delimiter)];
  shape.clients.forEach((c, i) => lines.push(shape.columns.map(([, col]) => cell(c, col, i)).join(shape.delimiter)));
  return `${lines.join('\r\n')}\r\n`;
}

/** What the shape's file carries of each truth: the other values are not in the export. */
function asExported(c: Truth, has: ReadonlySet<Column>): Truth {
  const out: Truth = { name: c.name };
  for (const k of has) if (c[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = c[k];
  return out;
}

// ───────────────────────── the check ─────────────────────────

describe('held-out exports against an independent reading of tracker.md §3–§4', () => {
  for (const shape of SHAPES) {
    test(shape.description, async () => {
      const bytes = shape.encode(render(shape));
      const read = await readExport({ size: bytes.length, head: bytes.subarray(0, 64 * 1024), chunks: () => chunked(bytes, 4096) });
      if (!read.ok) throw new Error(`not read: ${read.code}`);
      const mapping = suggestMapping(read.raw.headers);
      // Every header of the shape is recognised as the field it carries (no form needed).
      expect(Object.keys(mapping).length).toBe(shape.columns.length);
      const dayFirstChoice = resolveDayFirst(read.raw, mapping, read.hints);
      expect(dayFirstChoice).not.toBe('ask');
      const { table, summary } = buildClientTable(read.raw.headers, read.raw.rows, mapping, { decimal: read.hints.decimal, dayFirst: dayFirstChoice === true });
      expect(summary.clients).toBe(shape.clients.length);
      const columns = computeBuckets(table, AS_OF_DAY);
      const steps = computeNextSteps(columns, table, new Map(), AS_OF_DAY);

      const has = new Set(shape.columns.map(([, c]) => c).filter((c): c is Column => c !== 'name' && c !== 'id' && c !== 'link'));
      const expected = new Map<string, { buckets: Oracle; step: string | null; status: string }>();
      const counts: Record<string, Record<string, number>> = {};
      for (const truth of shape.clients) {
        const c = asExported(truth, has);
        const buckets = oracleBuckets(c);
        const step = oracleStep(buckets);
        expected.set(c.name, { buckets, step, status: oracleStatus(c, buckets, has, step) });
        for (const [dim, bucket] of Object.entries(buckets)) {
          counts[dim] ??= {};
          counts[dim]![bucket] = (counts[dim]![bucket] ?? 0) + 1;
        }
      }
      const actual = new Map<string, { buckets: Oracle; step: string | null; status: string }>();
      for (let i = 0; i < table.size; i++) {
        actual.set(clientAt(table, i).client, { buckets: bucketsAt(columns, i), step: stepAt(steps, i), status: statusAt(steps, i) });
      }
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
      // The counts on screen: every non-empty bucket as the oracle counts it, the others 0.
      const shown = countBuckets(columns) as Record<string, Record<string, number>>;
      for (const [dim, byBucket] of Object.entries(shown)) {
        for (const [bucket, n] of Object.entries(byBucket)) expect(n, `${dim}.${bucket}`).toBe(counts[dim]?.[bucket] ?? 0);
      }
    });
  }

  test('the generated exports reach every renewal and stage edge', () => {
    const all = SHAPES.flatMap((s) => s.clients);
    for (const n of [-1, 0, 45, 46, 90, 91]) expect(all.some((c) => c.toRenewal === n), `renewal ${n}`).toBe(true);
    for (const d of [-1, 0, 6, 7, 20, 21, 27, 28, 41, 42, 69, 70]) expect(all.some((c) => c.sinceStart === d), `stage ${d}`).toBe(true);
    // Each rule of §4 without a log is reached somewhere, and so is each status.
    const reached = new Set<string | null>();
    const statuses = new Set<string>();
    for (const shape of SHAPES) {
      const has = new Set(shape.columns.map(([, c]) => c).filter((c): c is Column => c !== 'name' && c !== 'id' && c !== 'link'));
      for (const t of shape.clients) {
        const c = asExported(t, has);
        const b = oracleBuckets(c);
        const step = oracleStep(b);
        reached.add(step);
        statuses.add(oracleStatus(c, b, has, step));
      }
    }
    expect([...reached].sort()).toEqual(
      [
        'activation/email-admins', 'renewal/lapsed-check', 'renewal/renewal-call', 'onboarding/welcome-email',
        'onboarding/deployment-follow-up', 'usage/encourage-usage', 'usage/resources-call', 'usage/no-deployment-reminder',
        'usage/partial-deployment', 'renewal/pre-renewal-review', 'adoption-metrics/offer-training', null,
      ].sort(),
    );
    expect([...statuses].sort()).toEqual(['action', 'needs-data', 'on-track']);
  });
});
