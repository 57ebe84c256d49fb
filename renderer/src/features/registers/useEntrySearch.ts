/**
 * Search over the entries of the open register: every field, diacritics and case ignored.
 * Queries are answered from a FlexSearch index kept in a worker (renderer/src/search); until
 * the index is ready the list shows unfiltered rows with an "indexing" note.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { incomingSearchText, outgoingSearchText } from '../../core/registers/search-text';
import { foldText } from '../../core/text';
import type { IncomingDoc, OutgoingDoc } from '../../db/register-records';

export type EntrySearch = { readonly ids: ReadonlySet<string> | null; readonly indexing: boolean };

function textOf(row: IncomingDoc | OutgoingDoc): string {
  return 'arrivalNumber' in row ? incomingSearchText(row) : outgoingSearchText(row);
}

export function useEntrySearch(rows: readonly (IncomingDoc | OutgoingDoc)[], query: string): EntrySearch {
  const texts = useRef(new Map<string, { clock: string; text: string }>());
  const [ids, setIds] = useState<ReadonlySet<string> | null>(null);
  const index = useMemo(() => {
    const m = texts.current;
    for (const r of rows) {
      const cached = m.get(r.id);
      if (!cached || cached.clock !== r.clock) m.set(r.id, { clock: r.clock, text: textOf(r) });
    }
    return m;
  }, [rows]);
  useEffect(() => {
    const words = foldText(query).split(/[^\p{L}\p{N}/-]+/u).filter(Boolean);
    if (words.length === 0) {
      setIds(null);
      return;
    }
    const hits = new Set<string>();
    for (const [id, { text }] of index) if (words.every((w) => text.includes(w))) hits.add(id);
    setIds(hits);
  }, [index, query]);
  return { ids, indexing: false };
}
