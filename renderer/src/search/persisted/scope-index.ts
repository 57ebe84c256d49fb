/**
 * One scope's persisted index at work (in the index worker): loaded from its database, built
 * the first time segment by segment with progress (resumable: each segment is written as it is
 * done), kept current from the change journal with only the changed entries (recorded as
 * changes of their segment, merged into its pages once there are many), and asked for the
 * ordinals of a list: filters on the columns, text on the term pages. Writes are serialised
 * across windows by a lock; a window that finds another's write reloads first.
 */
import { andNotInto, forEachBit, hasBit, localOf, newBitmap, segmentOf, SEGMENT_SIZE, setBit, writeBits } from './bitmap';
import { SegmentColumns } from './columns';
import type { RunLocked } from './locks';
import { pageKey, type PageCache } from './page-cache';
import { PostingsBuilder } from './postings-builder';
import { dropScope, type ChangeRow, type PageRow, type ScopeRow, type SearchDb } from './search-db';
import { ScopeState, tokensOf, type SegmentState, type ViewFilter } from './scope-state';
import type { IndexSource } from './source';
import { encodePages, pageFor, pagesForPrefix, TermPage } from './term-pages';
import { compileText, matchSegment, tokensMatch, type TextQuery } from './text-query';

const FORMAT = 1;
const SCAN_CHUNK = 2000;
/** Changed entries in a segment beyond which its pages are written again. */
export const COMPACT_AT = 2048;
const JOURNAL_BATCH = 200;
const END = 2 ** 31;

export type IndexStatus = {
  readonly generation: number;
  readonly total: number;
  readonly complete: boolean;
  /** A build or a large catch-up is running: entries done of about how many. */
  readonly building?: { readonly done: number; readonly total: number };
};

/** A term page was rewritten while a list was computed: compute it again. */
class StalePage extends Error {}

class SegmentBuild {
  readonly postings = new PostingsBuilder();
  constructor(
    readonly no: number,
    readonly columns: SegmentColumns,
  ) {}
}

export class ScopeIndex {
  private state: ScopeState;
  private row: ScopeRow | undefined;
  private build: Promise<void> | undefined;
  private progress: { done: number; total: number } | undefined;
  private readonly listeners = new Set<(s: IndexStatus) => void>();
  private closed = false;
  /** Why the last build stopped, if it failed. */
  failure: unknown;

  constructor(
    readonly scope: string,
    private readonly db: SearchDb,
    private readonly source: IndexSource,
    private readonly cache: PageCache,
    private readonly lock: RunLocked,
  ) {
    this.state = new ScopeState(source.spec);
  }

  /** Lists of this scope carry record ids (rows are read by id). */
  get keepsIds(): boolean {
    return this.source.spec.keepIds;
  }

  status(): IndexStatus {
    const row = this.row;
    return { generation: row?.generation ?? 0, total: this.state.total, complete: row?.complete ?? false, ...(this.progress ? { building: { ...this.progress } } : {}) };
  }

  onStatus(listener: (s: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const s = this.status();
    for (const l of this.listeners) l(s);
  }

  /** Loads the index, or starts building it; a loaded index is caught up with the journal. */
  async open(): Promise<IndexStatus> {
    await this.lock(this.scope, () => this.loadOrReset());
    return this.row!.complete ? this.sync() : (this.startBuild(), this.status());
  }

  /** Applies what the journal says changed since the index was last current. */
  async sync(): Promise<IndexStatus> {
    if (!this.row?.complete || this.build) return this.status();
    const rebuild = await this.lock(this.scope, () => this.catchUp());
    if (rebuild) this.startBuild();
    else this.notify();
    return this.status();
  }

  /** Lets a running build stop at its next step. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  // --- loading ------------------------------------------------------------------------------

  private async valid(row: ScopeRow): Promise<boolean> {
    if (row.format !== FORMAT || row.spec !== JSON.stringify(this.source.spec)) return false;
    if (row.fingerprint !== (await this.source.fingerprint())) return false;
    return this.journalValid(row);
  }

  /** The journal still holds the entry the index stopped at (a restored or recreated database does not). */
  private async journalValid(row: ScopeRow): Promise<boolean> {
    const last = await this.source.lastSeq();
    if (last.seq < row.seq) return false;
    return row.seq === 0 || (await this.source.seqAt(row.seq)) === row.seqAt;
  }

  private async loadOrReset(): Promise<void> {
    const row = await this.db.scopes.get(this.scope);
    if (row && (await this.valid(row))) return this.loadFrom(row);
    await this.reset(row?.generation ?? 0);
  }

  /** Drops the scope's rows and starts an empty index at the journal's end (a build follows). */
  private async reset(generation: number): Promise<void> {
    await dropScope(this.db, this.scope);
    this.cache.dropScope(this.scope);
    const last = await this.source.lastSeq();
    this.state = new ScopeState(this.source.spec);
    const fresh: ScopeRow = {
      scope: this.scope,
      format: FORMAT,
      spec: JSON.stringify(this.source.spec),
      fingerprint: await this.source.fingerprint(),
      seq: last.seq,
      seqAt: last.at,
      generation: generation + 1,
      total: 0,
      complete: false,
      buildNext: 0,
      facets: [],
      segments: [],
      nextOrdinal: 0,
    };
    await this.db.scopes.put(fresh);
    this.row = fresh;
  }

  private async loadFrom(row: ScopeRow): Promise<void> {
    const spec = this.source.spec;
    const state = new ScopeState(spec, row.facets, row.nextOrdinal);
    const segments = await this.db.segments.where('[scope+segment]').between([this.scope], [this.scope, []]).toArray();
    for (const s of segments)
      state.segments.set(s.segment, { no: s.segment, pageGeneration: s.pageGeneration, first: s.first, columns: SegmentColumns.decode(spec, s.columns, s.ids), delta: new Map(), overridden: newBitmap() });
    const changes = await this.db.changes.where('[scope+ordinal]').between([this.scope], [this.scope, []]).toArray();
    for (const c of changes) {
      state.loadValues(c.ordinal, c.values ?? undefined);
      state.setDelta(c.ordinal, c.tokens === null ? null : new Set(c.tokens === '' ? [] : c.tokens.split('\n')));
    }
    state.recount();
    this.state = state;
    this.row = row;
  }

  /** Another window wrote this scope since we read it: read it again. */
  private async refreshIfStale(): Promise<void> {
    const row = await this.db.scopes.get(this.scope);
    if (!row) return this.reset(this.row?.generation ?? 0);
    if (row.generation !== this.row?.generation) await this.loadFrom(row);
  }

  // --- building -----------------------------------------------------------------------------

  private startBuild(): void {
    if (this.build || this.closed) return;
    this.failure = undefined;
    this.build = (async () => {
      // Another window may write the scope under our build: take its state and go on from there.
      for (let attempt = 0; attempt < 8 && !this.closed && (await this.runBuild()); attempt++) {
        await this.lock(this.scope, () => this.loadOrReset());
        if (this.row!.complete) break;
      }
    })()
      .catch((e: unknown) => {
        this.failure = e;
      })
      .finally(() => {
        this.build = undefined;
        this.progress = undefined;
        this.notify();
      });
  }

  /** Resolves when no build runs (for tests and the bench). */
  async settled(): Promise<void> {
    while (this.build) await this.build;
  }

  /** Reads the entries not built yet, segment by segment; true when it must start again. */
  private async runBuild(): Promise<boolean> {
    const from = this.row!.buildNext;
    const estimate = await this.source.estimate();
    this.progress = { done: this.state.total, total: Math.max(estimate, this.state.total) };
    this.notify();
    let current: SegmentBuild | undefined;
    for await (const docs of this.source.scan(from, SCAN_CHUNK)) {
      if (this.closed) return false;
      for (const doc of docs) {
        const o = this.state.ordinalOf(doc, true);
        if (o === undefined || o < from) continue;
        const no = segmentOf(o);
        if (current && current.no !== no) {
          if (!(await this.install(current, o))) return true;
          current = undefined;
        }
        current ??= new SegmentBuild(no, SegmentColumns.empty(this.state.spec));
        const local = localOf(o);
        current.columns.set(local, this.state.valuesOf(doc));
        current.postings.addAll(tokensOf(doc.text), local);
      }
      this.progress.done += docs.length;
      this.progress.total = Math.max(this.progress.total, this.progress.done);
      this.notify();
    }
    if (current && !(await this.install(current, END))) return true;
    const finished = await this.lock(this.scope, async () => {
      if ((await this.db.scopes.get(this.scope))?.generation !== this.row!.generation) return false;
      await this.writeRow({ complete: true, buildNext: END });
      return true;
    });
    if (!finished) return true;
    this.progress = undefined;
    // What was saved while the build read the entries.
    return this.lock(this.scope, () => this.catchUp());
  }

  /** Writes a built segment; false when another window wrote the scope meanwhile. */
  private async install(build: SegmentBuild, next: number): Promise<boolean> {
    const { first, pages } = encodePages(build.postings.build());
    return this.lock(this.scope, async () => {
      if ((await this.db.scopes.get(this.scope))?.generation !== this.row!.generation) return false;
      const generation = this.row!.generation + 1;
      const seg: SegmentState = { no: build.no, pageGeneration: generation, first, columns: build.columns, delta: new Map(), overridden: newBitmap() };
      const { columns, ids } = seg.columns.encode();
      const pageRows: PageRow[] = pages.map((p, page) => ({ scope: this.scope, segment: seg.no, generation, page, ...p }));
      this.state.segments.set(seg.no, seg);
      this.state.addCounts(seg);
      await this.db.transaction('rw', [this.db.scopes, this.db.segments, this.db.pages], async () => {
        await this.db.segments.put({ scope: this.scope, segment: seg.no, pageGeneration: generation, first, columns, ...(ids !== undefined ? { ids } : {}) });
        await this.db.pages.bulkPut(pageRows);
        await this.writeRow({ buildNext: next }, generation);
      });
      return true;
    });
  }

  /** Writes the scope row with the state in memory (inside a lock, maybe inside a transaction). */
  private async writeRow(change: Partial<ScopeRow>, generation = this.row!.generation + 1): Promise<void> {
    const row: ScopeRow = {
      ...this.row!,
      ...change,
      generation,
      total: this.state.total,
      facets: this.state.dicts.map((d) => [...d.values]),
      segments: [...this.state.segments.keys()].sort((a, b) => a - b),
      nextOrdinal: this.state.nextOrdinal,
    };
    await this.db.scopes.put(row);
    this.row = row;
  }

  // --- keeping current ----------------------------------------------------------------------

  /** Inside the lock. Returns true when the index must be built again. */
  private async catchUp(): Promise<boolean> {
    await this.refreshIfStale();
    if (!this.row!.complete) return true;
    if (!(await this.journalValid(this.row!))) {
      await this.reset(this.row!.generation);
      return true;
    }
    for (;;) {
      const entries = await this.source.journalSince(this.row!.seq, JOURNAL_BATCH);
      if (entries.length === 0) return false;
      const changes = await this.source.changes(entries);
      if (changes.rebuild) {
        await this.reset(this.row!.generation);
        return true;
      }
      const touched = new Set<number>();
      const big = changes.docs.length > 5000;
      if (big) this.progress = { done: 0, total: changes.docs.length };
      for (const doc of changes.docs) {
        const o = this.state.ordinalOf(doc, true);
        if (o === undefined) continue;
        this.state.setValues(o, this.state.valuesOf(doc));
        this.state.setDelta(o, tokensOf(doc.text));
        touched.add(o);
        if (big && touched.size % 5000 === 0) {
          this.progress!.done = touched.size;
          this.notify();
        }
      }
      for (const r of changes.removed) {
        const o = this.state.ordinalOf(r, false);
        if (o === undefined) continue;
        this.state.setValues(o, undefined);
        this.state.setDelta(o, null);
        touched.add(o);
      }
      const last = entries[entries.length - 1]!;
      await this.persist(touched, { seq: last.seq ?? this.row!.seq, seqAt: last.at });
      this.progress = undefined;
    }
  }

  /** Writes the changed entries (or, where a segment has many, the segment anew) and the journal position. */
  private async persist(touched: ReadonlySet<number>, journal: { seq: number; seqAt: string }): Promise<void> {
    const generation = this.row!.generation + 1;
    const merged = new Map<SegmentState, { first: string[]; rows: PageRow[] }>();
    for (const seg of this.state.segments.values()) {
      if (seg.delta.size <= COMPACT_AT) continue;
      const { first, pages } = encodePages(await this.mergedPostings(seg));
      merged.set(seg, { first, rows: pages.map((p, page) => ({ scope: this.scope, segment: seg.no, generation, page, ...p })) });
    }
    const changeRows: ChangeRow[] = [];
    for (const o of touched) {
      const seg = this.state.segments.get(segmentOf(o))!;
      if (merged.has(seg)) continue;
      const tokens = seg.delta.get(localOf(o));
      changeRows.push({ scope: this.scope, ordinal: o, tokens: tokens ? [...tokens].join('\n') : null, values: seg.columns.values(localOf(o)) ?? null });
    }
    await this.db.transaction('rw', [this.db.scopes, this.db.segments, this.db.pages, this.db.changes], async () => {
      for (const [seg, m] of merged) {
        const { columns, ids } = seg.columns.encode();
        await this.db.segments.put({ scope: this.scope, segment: seg.no, pageGeneration: generation, first: m.first, columns, ...(ids !== undefined ? { ids } : {}) });
        await this.db.pages.where('[scope+segment+generation+page]').between([this.scope, seg.no], [this.scope, seg.no, generation]).delete();
        await this.db.pages.bulkPut(m.rows);
        await this.db.changes.where('[scope+ordinal]').between([this.scope, seg.no * SEGMENT_SIZE], [this.scope, (seg.no + 1) * SEGMENT_SIZE - 1], true, true).delete();
      }
      if (changeRows.length) await this.db.changes.bulkPut(changeRows);
      await this.writeRow({ seq: journal.seq, seqAt: journal.seqAt }, generation);
    });
    for (const [seg, m] of merged) {
      seg.first = m.first;
      seg.pageGeneration = generation;
      ScopeState.clearDelta(seg);
    }
  }

  /** A segment's pages without its changed entries' old postings, plus their current tokens. */
  private async mergedPostings(seg: SegmentState): Promise<ReturnType<PostingsBuilder['build']>> {
    const b = new PostingsBuilder();
    await this.preloadPages(seg.first.map((_, p) => [seg, p] as const));
    for (let p = 0; p < seg.first.length; p++) {
      for (const [token, c] of (await this.page(seg, p)).entries()) {
        if (c.dense) forEachBit(c.bits, (l) => !hasBit(seg.overridden, l) && b.add(token, l));
        else for (const l of c.list) if (!hasBit(seg.overridden, l)) b.add(token, l);
      }
    }
    for (const [local, tokens] of seg.delta) if (tokens) b.addAll(tokens, local);
    return b.build();
  }

  // --- reading ------------------------------------------------------------------------------

  private async page(seg: SegmentState, p: number): Promise<TermPage> {
    const key = pageKey(this.scope, seg.no, seg.pageGeneration, p);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const row = await this.db.pages.get([this.scope, seg.no, seg.pageGeneration, p]);
    if (!row) throw new StalePage();
    const page = new TermPage(row);
    this.cache.put(key, page);
    return page;
  }

  /** Reads the pages not in the cache in one go. */
  private async preloadPages(wanted: readonly (readonly [SegmentState, number])[]): Promise<void> {
    const missing = wanted.filter(([s, p]) => !this.cache.get(pageKey(this.scope, s.no, s.pageGeneration, p)));
    if (missing.length === 0) return;
    const rows = await this.db.pages.bulkGet(missing.map(([s, p]) => [this.scope, s.no, s.pageGeneration, p]));
    rows.forEach((row, i) => {
      const [s, p] = missing[i]!;
      if (row) this.cache.put(pageKey(this.scope, s.no, s.pageGeneration, p), new TermPage(row));
    });
  }

  /**
   * Where the term pages a query needs and the cache lacks are kept (the caller reads those of
   * several scopes in one go, then hands each over with takePage).
   */
  missingPages(filter: ViewFilter): [string, number, number, number][] {
    const q = filter.text === undefined ? null : compileText(filter.text);
    if (!q || q.groups.length === 0) return [];
    const out: [string, number, number, number][] = [];
    for (const s of this.state.segments.values()) for (const p of this.pagesOf(q, s)) if (!this.cache.get(pageKey(this.scope, s.no, s.pageGeneration, p))) out.push([this.scope, s.no, s.pageGeneration, p]);
    return out;
  }

  /** A term page read for missingPages, kept in the cache (one rewritten meanwhile is never asked for). */
  takePage(row: PageRow): void {
    this.cache.put(pageKey(this.scope, row.segment, row.generation, row.page), new TermPage(row));
  }

  /** The index database this scope lives in. */
  get store(): SearchDb {
    return this.db;
  }

  private lists(seg: SegmentState) {
    return {
      find: async (token: string) => {
        const p = pageFor(seg.first, token);
        return p < 0 ? undefined : (await this.page(seg, p)).find(token);
      },
      withPrefix: async (prefix: string) => (await Promise.all(pagesForPrefix(seg.first, prefix).map(async (p) => (await this.page(seg, p)).withPrefix(prefix)))).flat(),
    };
  }

  /** The ordinals of the entries that pass the filter, ascending, or in the order it asks (ViewFilter.order). */
  async view(filter: ViewFilter): Promise<Uint32Array> {
    for (let attempt = 0; ; attempt++) {
      try {
        const found = await this.evaluate(filter);
        return filter.order ? this.state.ordered(found, filter.order) : found;
      } catch (e) {
        if (!(e instanceof StalePage) || attempt >= 3) throw e;
      }
    }
  }

  private async evaluate(filter: ViewFilter): Promise<Uint32Array> {
    const q = filter.text === undefined ? null : compileText(filter.text);
    const segs = [...this.state.segments.values()].sort((a, b) => a.no - b.no);
    if (q && q.groups.length > 0) await this.preloadPages(segs.flatMap((s) => this.pagesOf(q, s).map((p) => [s, p] as const)));
    const texts = q ? await Promise.all(segs.map((s) => this.textBits(q, s))) : [];
    const out = new Uint32Array(this.state.total);
    let n = 0;
    segs.forEach((seg, i) => {
      const bits = q ? texts[i]! : this.state.mask(seg, filter);
      if (q) this.state.keepPassing(seg, filter, bits);
      n = writeBits(bits, seg.no * SEGMENT_SIZE, out, n);
    });
    return out.slice(0, n);
  }

  private pagesOf(q: TextQuery, seg: SegmentState): number[] {
    const out = new Set<number>();
    for (const g of q.groups) {
      if (g.kind === 'token') {
        const p = pageFor(seg.first, g.token);
        if (p >= 0) out.add(p);
      } else pagesForPrefix(seg.first, g.prefix).forEach((p) => out.add(p));
    }
    return [...out];
  }

  private async textBits(q: TextQuery, seg: SegmentState) {
    const bits = q.groups.length === 0 || seg.first.length === 0 ? newBitmap() : await matchSegment(q, this.lists(seg));
    andNotInto(bits, seg.overridden);
    for (const [local, tokens] of seg.delta) if (tokens && tokensMatch(q, tokens)) setBit(bits, local);
    return bits;
  }

  /** The values of a facet field held by live entries, most held first. */
  facet(field: string): { value: string; count: number }[] {
    const i = this.state.spec.facets.indexOf(field);
    return i < 0 ? [] : this.state.dicts[i]!.held();
  }

  span(): { first: number; last: number } | undefined {
    return this.state.span();
  }

  /** Record ids at some ordinals (scopes that keep them); '' where unknown. */
  idsAt(ordinals: ArrayLike<number>): string[] {
    return Array.from(ordinals, (o) => this.state.segments.get(segmentOf(o))?.columns.ids?.[localOf(o)] ?? '');
  }
}
