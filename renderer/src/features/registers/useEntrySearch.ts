/**
 * Search over the entries of the open register: every field, diacritics and case ignored.
 * The index (FlexSearch, custom folding) lives in a worker (renderer/src/search) and is kept
 * current with only the rows whose clock changed. Until it is built, a plain scan of the
 * folded texts answers, so the list never waits.
 */
import { useEffect, useRef, useState } from 'react';
import { incomingSearchText, outgoingSearchText } from '../../core/registers/search-text';
import { foldText } from '../../core/text';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';
import { searchClient } from '../../search/search-client';

export type EntrySearch = { readonly ids: ReadonlySet<string> | null; readonly indexing: boolean };

type Row = IncomingDoc | OutgoingDoc;

function textOf(row: Row): string {
  return 'arrivalNumber' in row ? incomingSearchText(row) : outgoingSearchText(row);
}

function scan(texts: ReadonlyMap<string, { text: string }>, query: string): Set<string> {
  const words = foldText(query).split(/[^\p{L}\p{N}/-]+/u).filter(Boolean);
  const hits = new Set<string>();
  for (const [id, { text }] of texts) if (words.every((w) => text.includes(w))) hits.add(id);
  return hits;
}

export function useEntrySearch(rows: readonly Row[], query: string, registerId?: string): EntrySearch {
  const texts = useRef(new Map<string, { clock: string; text: string }>());
  const [ready, setReady] = useState(false);
  const [version, setVersion] = useState(0);
  const [ids, setIds] = useState<ReadonlySet<string> | null>(null);
  const builtFor = useRef<string | undefined>(undefined);

  // Keep the worker's index in step with the rows: a full build per register, then upserts.
  useEffect(() => {
    let live = true;
    const client = searchClient();
    const m = texts.current;
    if (builtFor.current !== registerId) {
      builtFor.current = registerId;
      m.clear();
      for (const r of rows) m.set(r.id, { clock: r.clock, text: textOf(r) });
      setReady(false);
      void client
        .build([...m].map(([id, { text }]) => ({ id, text })))
        .then(() => live && (setReady(true), setVersion((v) => v + 1)))
        .catch(() => undefined);
      return () => {
        live = false;
      };
    }
    const changed: { id: string; text: string }[] = [];
    for (const r of rows) {
      const cached = m.get(r.id);
      if (!cached || cached.clock !== r.clock) {
        const text = textOf(r);
        m.set(r.id, { clock: r.clock, text });
        changed.push({ id: r.id, text });
      }
    }
    if (changed.length > 0) void client.upsert(changed).then(() => live && setVersion((v) => v + 1));
    return () => {
      live = false;
    };
  }, [rows, registerId]);

  useEffect(() => {
    let live = true;
    if (!foldText(query).trim()) {
      setIds(null);
      return;
    }
    if (!ready) {
      setIds(scan(texts.current, query));
      return;
    }
    void searchClient()
      .search(query, { limit: Math.max(100, texts.current.size) })
      .then((found) => {
        if (live && found) setIds(new Set(found));
      });
    return () => {
      live = false;
    };
  }, [query, ready, version]);

  return { ids, indexing: !ready && rows.length > 0 };
}
