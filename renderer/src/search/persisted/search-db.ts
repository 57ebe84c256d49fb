/**
 * Where the persisted list and search indexes live: a database of their own next to the app's
 * ("luutru-index" beside "luutru"). They are derived data — rebuilt from the records whenever
 * in doubt — so they stay out of the app's schema versions, its backups and its restores, and
 * can be dropped at any time. Per scope (one register's list, or one unit's entries in the upper
 * level's consolidated search): one row with its state and dictionaries, one row per segment of
 * 65,536 ordinals (its columns and the first token of each term page), the term pages (keyed by the generation that wrote them, so a read
 * never mixes two versions of a segment), and the entries changed since a segment was written.
 */
import { Dexie, type Table } from 'dexie';
import type { ColumnValues } from './columns';

export type ScopeRow = {
  readonly scope: string;
  /** Layout of these rows (an index of another format is rebuilt). */
  readonly format: number;
  /** The source's column spec and fingerprint when built (either changing rebuilds). */
  readonly spec: string;
  readonly fingerprint: string;
  /** The change journal is applied up to this seq; `seqAt` is that entry's time (a restored or new database differs). */
  readonly seq: number;
  readonly seqAt: string;
  /** Bumped by every write of this scope (another window's write makes ours stale). */
  readonly generation: number;
  /** Present entries. */
  readonly total: number;
  /** False while the first build runs: entries from `buildNext` on are not read yet. */
  readonly complete: boolean;
  readonly buildNext: number;
  /** Per facet field of the spec: its values (code = position; counts are taken again from the columns on load). */
  readonly facets: readonly (readonly string[])[];
  readonly segments: readonly number[];
  /** Scopes whose source gives no ordinals: the next one to hand out. */
  readonly nextOrdinal: number;
};

export type SegmentRow = {
  readonly scope: string;
  readonly segment: number;
  /** The generation its pages were written in. */
  readonly pageGeneration: number;
  /** First token of each page. */
  readonly first: readonly string[];
  readonly columns: ArrayBuffer;
  readonly ids?: string;
};

export type PageRow = {
  readonly scope: string;
  readonly segment: number;
  readonly generation: number;
  readonly page: number;
  readonly tokens: string;
  readonly index: Uint32Array;
  readonly data: ArrayBuffer;
};

/** An entry changed since its segment's pages were written: its tokens and properties, or null when taken out. */
export type ChangeRow = {
  readonly scope: string;
  readonly ordinal: number;
  readonly tokens: string | null;
  readonly values: ColumnValues | null;
};

export class SearchDb extends Dexie {
  scopes!: Table<ScopeRow, string>;
  segments!: Table<SegmentRow, [string, number]>;
  pages!: Table<PageRow, [string, number, number, number]>;
  changes!: Table<ChangeRow, [string, number]>;

  constructor(name: string) {
    super(name);
    // v1: scopes, segments, term pages, changed entries.
    this.version(1).stores({
      scopes: '&scope',
      segments: '&[scope+segment]',
      pages: '&[scope+segment+generation+page]',
      changes: '&[scope+ordinal]',
    });
  }
}

/** The index database of the app database `name`. */
export function indexDbName(name: string): string {
  return `${name}-index`;
}

/** Deletes every row of a scope (before a rebuild). */
export async function dropScope(db: SearchDb, scope: string): Promise<void> {
  await db.transaction('rw', [db.scopes, db.segments, db.pages, db.changes], async () => {
    await db.scopes.delete(scope);
    await db.segments.where('[scope+segment]').between([scope], [scope, []]).delete();
    await db.pages.where('[scope+segment+generation+page]').between([scope], [scope, []]).delete();
    await db.changes.where('[scope+ordinal]').between([scope], [scope, []]).delete();
  });
}
