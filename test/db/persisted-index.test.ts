// The persisted list index over a test source (entries with ordinals and a change journal), on
// fake-indexeddb: it lists and finds what the in-memory register index finds, across segments;
// it survives a reload without reading the entries again; it takes in only what the journal
// says changed; it merges many changes into its pages; a recreated database, an interrupted
// build and a second window are handled.
import { beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../renderer/src/core/journal';
import { incomingIndexDoc } from '../../renderer/src/core/registers/entry-index';
import { effectiveDeadline, followUpStatus } from '../../renderer/src/core/registers/follow-up';
import { RegisterIndex } from '../../renderer/src/search/register-index';
import { scopeLocks } from '../../renderer/src/search/persisted/locks';
import { PageCache } from '../../renderer/src/search/persisted/page-cache';
import type { TermPage } from '../../renderer/src/search/persisted/term-pages';
import { COMPACT_AT, ScopeIndex } from '../../renderer/src/search/persisted/scope-index';
import { SearchDb } from '../../renderer/src/search/persisted/search-db';
import { createIndexHost, type ScopeRef } from '../../renderer/src/search/persisted/index-host';
import type { ViewFilter } from '../../renderer/src/search/persisted/scope-state';
import type { IndexDoc, IndexSource, IndexSpec } from '../../renderer/src/search/persisted/source';
import { seededRng } from '../fixtures/generate';
import { generateIncomingDocFields } from '../fixtures/generate-registers';
import type { IncomingDoc } from '../../renderer/src/db/register-records';

const SPEC: IndexSpec = { facets: ['typeName', 'sender', 'urgency'], flags: ['deleted', 'done'], days: ['deadline'], keepIds: false, liveUnless: 'deleted' };
const TODAY = '2026-06-30';

/** Entries numbered with gaps (`step`) so a few thousand span several segments of 65,536. */
function entry(i: number, step: number): IncomingDoc {
  const f = generateIncomingDocFields(seededRng(i + 1), i, 'r', 2026, { perYear: 4000, today: TODAY });
  return { ...f, arrivalNumber: 1 + i * step, id: `e${i}`, origin: 'u', clock: String(i), deleted: false, changedBy: 'x', dupKey: '' };
}

class TestSource implements IndexSource {
  spec: IndexSpec = SPEC;
  readonly rows = new Map<string, IncomingDoc>();
  journal: JournalEntry[] = [];
  scans: number[] = [];
  read: string[] = [];
  failAfter: number | undefined;
  first = '2026-01-01T00:00:00.000Z';

  private reference: RegisterIndex | undefined;

  constructor(count: number, step = 37) {
    for (let i = 0; i < count; i++) {
      const e = entry(i, step);
      this.rows.set(e.id, e);
    }
  }

  /** The in-memory register index over the entries as they are now. */
  ref(): RegisterIndex {
    if (!this.reference) {
      this.reference = new RegisterIndex();
      this.reference.add([...this.rows.values()].map((e) => ({ id: e.id, text: this.doc(e).text })));
    }
    return this.reference;
  }

  doc(e: IncomingDoc): IndexDoc {
    return incomingIndexDoc(e);
  }

  /** A change as the app writes it: the record, then one journal entry naming it. */
  write(e: IncomingDoc): void {
    this.rows.set(e.id, e);
    this.reference = undefined;
    const seq = this.journal.length + 1;
    this.journal.push({ seq, at: `2026-07-01T00:00:${String(seq).padStart(6, '0')}Z`, operator: 'x', action: 'incoming.update', changes: [{ table: 'incomingDocs', recordId: e.id, op: 'update', fields: [], clock: '' }], recordIds: [e.id] });
  }

  async fingerprint() {
    return this.first;
  }
  async estimate() {
    return this.rows.size;
  }
  async *scan(from: number, chunk: number) {
    this.scans.push(from);
    const docs = [...this.rows.values()].map((e) => this.doc(e)).filter((d) => d.ordinal! >= from).sort((a, b) => a.ordinal! - b.ordinal!);
    for (let i = 0; i < docs.length; i += chunk) {
      if (this.failAfter !== undefined && docs[i]!.ordinal! > this.failAfter) throw new Error('disk went away');
      yield docs.slice(i, i + chunk);
    }
  }
  async lastSeq() {
    const last = this.journal[this.journal.length - 1];
    return { seq: last?.seq ?? 0, at: last?.at ?? '' };
  }
  async seqAt(seq: number) {
    return this.journal.find((e) => e.seq === seq)?.at;
  }
  async journalSince(seq: number, limit: number) {
    return this.journal.filter((e) => e.seq! > seq).slice(0, limit);
  }
  async changes(entries: readonly JournalEntry[]) {
    const ids = [...new Set(entries.flatMap((e) => e.changes.map((c) => c.recordId)))];
    this.read.push(...ids);
    return { docs: ids.map((id) => this.doc(this.rows.get(id)!)), removed: [], rebuild: false };
  }
}

let n = 0;
let db: SearchDb;
beforeEach(() => {
  db = new SearchDb(`persisted-index-${n++}`);
});

const locks = scopeLocks();
async function opened(source: IndexSource, cache = new PageCache()): Promise<ScopeIndex> {
  const index = new ScopeIndex('register:test', db, source, cache, locks);
  await index.open();
  await index.settled();
  return index;
}

/** What the in-memory index and a scan of the entries say the list should hold. */
function expected(source: TestSource, filter: ViewFilter): number[] {
  let rows = [...source.rows.values()];
  if (filter.text !== undefined) {
    const hits = new Set(source.ref().search(filter.text, { limit: 1e9 }));
    rows = rows.filter((e) => hits.has(e.id));
  }
  for (const [field, value] of Object.entries(filter.equals ?? {})) rows = rows.filter((e) => (e as unknown as Record<string, unknown>)[field] === value);
  if (filter.without?.includes('deleted')) rows = rows.filter((e) => !e.deleted);
  if (filter.followUp) rows = rows.filter((e) => followUpStatus(e, filter.followUp!.today) === filter.followUp!.status);
  return rows.map((e) => e.arrivalNumber).sort((a, b) => a - b);
}

const list = async (index: ScopeIndex, filter: ViewFilter) => [...(await index.view(filter))];

const QUERIES = ['quyết định', 'ubnd', 'nguyen v', 'ke hoach su d', '2026', '15/', 'th', 'so noi vu tinh', 'xyz khong co', 'v/v'];

describe('persisted list index', () => {
  it('lists and finds what the in-memory index finds, across segments, and again after a reload without reading the entries', async () => {
    const source = new TestSource(4000);
    const index = await opened(source);
    expect(index.status()).toMatchObject({ total: 4000, complete: true });
    expect(await list(index, {})).toEqual(expected(source, {}));
    for (const text of QUERIES) expect(await list(index, { text }), text).toEqual(expected(source, { text }));

    const again = await opened(source);
    expect(source.scans).toEqual([0]);
    for (const text of QUERIES) expect(await list(again, { text }), text).toEqual(expected(source, { text }));
  });

  it('builds again, from the entries, an index written in another format (by another version of the app)', async () => {
    const source = new TestSource(1500);
    await opened(source);
    await db.scopes.update('register:test', { format: 0 });
    const again = await opened(source);
    expect(source.scans).toEqual([0, 0]);
    expect(again.status()).toMatchObject({ total: 1500, complete: true });
    for (const text of QUERIES) expect(await list(again, { text }), text).toEqual(expected(source, { text }));
    // Built once more, it is loaded as it is.
    await opened(source);
    expect(source.scans).toEqual([0, 0]);
  });

  it('builds again an index made when the entries were found by other words (its text version raised), once', async () => {
    const source = new TestSource(1500);
    await opened(source);
    source.spec = { ...SPEC, textVersion: 2 };
    const again = await opened(source);
    expect(source.scans).toEqual([0, 0]);
    for (const text of QUERIES) expect(await list(again, { text }), text).toEqual(expected(source, { text }));
    await opened(source);
    expect(source.scans).toEqual([0, 0]);
  });

  it('takes in only what the journal names: after a reload the edited text is found, the old one is not', async () => {
    const source = new TestSource(3000);
    const index = await opened(source);
    const before = source.rows.get('e10')!;
    expect(await list(index, { text: before.summary })).toContain(before.arrivalNumber);
    source.write({ ...before, summary: 'Kế hoạch phòng chống lụt bão Thụy Hải' });
    source.write({ ...source.rows.get('e2500')!, deleted: true });
    await index.sync();
    expect(source.read.sort()).toEqual(['e10', 'e2500']);
    expect(await list(index, { text: 'lut bao thuy hai' })).toEqual([before.arrivalNumber]);

    const reloaded = await opened(source);
    expect(source.scans).toEqual([0]);
    expect(await list(reloaded, { text: 'lut bao thuy hai' })).toEqual([before.arrivalNumber]);
    expect(await list(reloaded, { text: before.summary })).toEqual(expected(source, { text: before.summary }));
    expect(await list(reloaded, { text: before.summary })).not.toContain(before.arrivalNumber);
    expect(await list(reloaded, { without: ['deleted'] })).toHaveLength(2999);
  });

  it('merges many changes of one segment into its pages and keeps listing right', async () => {
    const source = new TestSource(COMPACT_AT + 500, 10);
    const index = await opened(source);
    for (const e of [...source.rows.values()].slice(0, COMPACT_AT + 10)) source.write({ ...e, summary: `${e.summary} đã sửa lần hai` });
    await index.sync();
    expect(await db.changes.count()).toBe(0);
    for (const text of ['sua lan hai', 'quyet dinh', 'lan h']) expect(await list(index, { text }), text).toEqual(expected(source, { text }));
    const reloaded = await opened(source);
    expect(await list(reloaded, { text: 'sua lan hai' })).toHaveLength(COMPACT_AT + 10);
  });

  it('filters by value, leaves cancelled entries out, by follow-up status; counts the values held as entries change', async () => {
    const source = new TestSource(1500);
    const index = await opened(source);
    const sender = source.rows.get('e1')!.sender;
    const type = source.rows.get('e1')!.typeName;
    const filters: ViewFilter[] = [
      { equals: { sender } },
      { equals: { sender, typeName: type }, text: 'v' },
      { equals: { urgency: 'urgent' } },
      { equals: { sender: 'Không có cơ quan này' } },
      ...(['overdue', 'due-soon', 'on-time', 'done', 'none'] as const).map((status) => ({ followUp: { status, today: TODAY } })),
      // With words typed: the filter is tested on the words' hits only (a rare word, a common one, no entry holding the value).
      ...(['overdue', 'done'] as const).map((status) => ({ followUp: { status, today: TODAY }, text: 'quyet dinh' })),
      { equals: { urgency: 'urgent' }, text: 'ubnd' },
      { equals: { sender: 'Không có cơ quan này' }, text: 'v' },
      { without: ['deleted'], text: 'ubnd' },
    ];
    for (const f of filters) expect(await list(index, f), JSON.stringify(f)).toEqual(expected(source, f));
    const held = () => index.facet('sender').find((v) => v.value === sender)?.count ?? 0;
    const count = held();
    expect(count).toBe([...source.rows.values()].filter((e) => e.sender === sender).length);
    const e3WasSender = source.rows.get('e3')!.sender === sender;
    source.write({ ...source.rows.get('e1')!, deleted: true });
    source.write({ ...source.rows.get('e3')!, sender: 'Ban Chỉ huy Quân sự xã Thụy Hải' });
    await index.sync();
    expect(held()).toBe(count - 1 - (e3WasSender ? 1 : 0));
    expect(index.facet('sender').find((v) => v.value === 'Ban Chỉ huy Quân sự xã Thụy Hải')?.count).toBe(1);
    for (const f of [...filters, { without: ['deleted'] }]) expect(await list(index, f), JSON.stringify(f)).toEqual(expected(source, f));
    expect(index.span()).toEqual({ first: source.rows.get('e0')!.arrivalNumber, last: source.rows.get('e1499')!.arrivalNumber });
  });

  it('lists in the order of a day field when asked (an entry without that day after those with one, then by number), after a change too; a field it does not keep leaves the order as it is', async () => {
    const source = new TestSource(1500);
    const index = await opened(source);
    const byDeadline = (filter: ViewFilter) => {
      const numbers = new Set(expected(source, filter));
      return [...source.rows.values()]
        .filter((e) => numbers.has(e.arrivalNumber))
        .sort((a, b) => (effectiveDeadline(a) ?? '\uffff').localeCompare(effectiveDeadline(b) ?? '\uffff') || a.arrivalNumber - b.arrivalNumber)
        .map((e) => e.arrivalNumber);
    };
    const filters: ViewFilter[] = [{ text: 'ubnd' }, { text: 'quyet dinh', equals: { urgency: 'urgent' } }, {}];
    expect([...source.rows.values()].some((e) => !effectiveDeadline(e)) && [...source.rows.values()].some((e) => effectiveDeadline(e))).toBe(true);
    for (const f of filters) expect(await list(index, { ...f, order: ['deadline'] }), JSON.stringify(f)).toEqual(byDeadline(f));
    const e5 = source.rows.get('e5')!;
    source.write({ ...e5, handlingDeadline: '2000-01-01', summary: `${e5.summary} ubnd` });
    await index.sync();
    expect((await list(index, { text: 'ubnd', order: ['deadline'] }))[0]).toBe(e5.arrivalNumber);
    expect(await list(index, { text: 'ubnd', order: ['deadline'] })).toEqual(byDeadline({ text: 'ubnd' }));
    expect(await list(index, { text: 'ubnd', order: ['signedOn'] })).toEqual(expected(source, { text: 'ubnd' }));
  });

  it('builds again for a database that is not the one it was built on (restored to an earlier journal, or made anew)', async () => {
    const source = new TestSource(200);
    source.write({ ...source.rows.get('e5')!, summary: 'Bản sửa' });
    await opened(source);
    source.journal = [];
    await opened(source);
    expect(source.scans).toEqual([0, 0]);
    source.first = 'another database';
    await opened(source);
    expect(source.scans).toEqual([0, 0, 0]);
  });

  it('an interrupted first build goes on from the last segment it wrote', async () => {
    const source = new TestSource(4000);
    source.failAfter = 70_000;
    const broken = new ScopeIndex('register:test', db, source, new PageCache(), locks);
    await broken.open();
    await broken.settled();
    expect(String(broken.failure)).toContain('disk went away');
    source.failAfter = undefined;
    const index = await opened(source);
    // Again from the first entry of the second segment (number 65,565 = 1 + 37 × 1,772).
    expect(source.scans).toEqual([0, 65_565]);
    expect(await list(index, { text: 'quyet dinh' })).toEqual(expected(source, { text: 'quyet dinh' }));
  });

  it('a page that lets its register go lets its lists go too (switching registers keeps nothing); the other register stays open', async () => {
    const sources: Record<string, TestSource> = { a: new TestSource(50), b: new TestSource(30) };
    const idOf = (ref: ScopeRef) => (ref.kind === 'register' ? ref.registerId : '');
    const host = createIndexHost(async (_db, ref) => ({ key: `register:${idOf(ref)}`, source: sources[idOf(ref)]! }), { locks });
    const name = `host-${n++}`;
    const a = await host.open(name, { kind: 'register', table: 'incomingDocs', registerId: 'a' });
    const b = await host.open(name, { kind: 'register', table: 'incomingDocs', registerId: 'b' });
    await host.settled(a.handle);
    await host.settled(b.handle);
    const la = await host.list(a.handle, {}, { from: 0, to: 5 });
    const lb = await host.list(b.handle, {}, { from: 0, to: 5 });
    expect([la.count, lb.count]).toEqual([50, 30]);
    await host.release(a.handle);
    expect(await host.window(la.viewId, 0, 5)).toBeUndefined();
    await expect(host.list(a.handle, {})).rejects.toThrow();
    expect((await host.window(lb.viewId, 0, 5))?.ordinals).toEqual(expected(sources.b!, {}).slice(0, 5));
  });

  it('over several scopes after an empty first one, a common word reads the term pages of the scope that holds its first hits only; a rare word is still found in the last', async () => {
    /** Which scopes had term pages read (each page read goes into the cache). */
    class CountingCache extends PageCache {
      readonly scopes = new Set<string>();
      override put(key: string, page: TermPage): void {
        this.scopes.add(key.split('|')[0]!);
        super.put(key, page);
      }
    }
    // The archive's own entries (none) first, then six units.
    const names = ['own', 'a', 'b', 'c', 'd', 'e', 'f'];
    const sources: Record<string, TestSource> = Object.fromEntries(names.map((k, i) => [k, new TestSource(k === 'own' ? 0 : 400, 3 + i)]));
    const [rareId, rareRow] = [...sources.f!.rows][7]!;
    sources.f!.rows.set(rareId, { ...rareRow, summary: `${rareRow.summary} khaiquang` });
    const openSource = async (_db: string, ref: ScopeRef) => {
      const id = ref.kind === 'register' ? ref.registerId : '';
      return { key: `register:${id}`, source: sources[id]! };
    };
    const name = `host-${n++}`;
    const openAll = async (host: ReturnType<typeof createIndexHost>) => {
      const handles: number[] = [];
      for (const id of names) {
        const { handle } = await host.open(name, { kind: 'register', table: 'incomingDocs', registerId: id });
        await host.settled(handle);
        handles.push(handle);
      }
      return handles;
    };
    // Built by one host; asked by another (as after opening the app: no term page read yet).
    await openAll(createIndexHost(openSource, { locks: scopeLocks() }));
    const cache = new CountingCache();
    const host = createIndexHost(openSource, { locks: scopeLocks(), cache });
    const handles = await openAll(host);
    expect(cache.scopes.size).toBe(0);

    const common = { text: 'quyết định' };
    expect(expected(sources.a!, common).length).toBeGreaterThan(20);
    const parts = await host.firsts(handles, common, 20);
    expect(parts.map((p) => p.ordinals.length)).toEqual([0, 20]);
    expect(parts[1]!.ordinals).toEqual(expected(sources.a!, common).slice(0, 20));
    expect([...cache.scopes]).toEqual(['register:a']);

    const rare = await host.firsts(handles, { text: 'khaiquang' }, 20);
    expect(rare.map((p) => p.ordinals.length)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(rare[6]!.ordinals).toEqual([rareRow.arrivalNumber]);
  });

  it('two windows keep one index: each sees the other’s catch-up and both list the same', async () => {
    const source = new TestSource(800);
    const a = await opened(source);
    const b = await opened(source, new PageCache());
    source.write({ ...source.rows.get('e7')!, summary: 'Giấy mời họp giao ban tháng sáu' });
    await a.sync();
    source.write({ ...source.rows.get('e8')!, summary: 'Giấy mời tập huấn chuyển đổi số' });
    await b.sync();
    await a.sync();
    for (const index of [a, b]) expect(await list(index, { text: 'giay moi' })).toEqual(expected(source, { text: 'giay moi' }));
  });
});
