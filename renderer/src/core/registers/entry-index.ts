/**
 * A register entry as the list index sees it (renderer/src/search/persisted): its number (the
 * entry's place in the register, so the list reads in book order), the folded text every field
 * is searched in, the values the list filters by and the forms suggest from, whether it is
 * cancelled or handled, and its deadline as a day number. Pure: the same mapping serves the
 * index build, its incremental updates and the tests.
 */
import { effectiveDeadline } from './follow-up';
import { cancelledText, incomingSearchText, outgoingSearchText } from './search-text';
import type { IncomingDocFields, OutgoingDocFields } from './types';

/**
 * Values counted per register: the first ones filter the list (Tên loại, Tác giả, Độ khẩn), the
 * others are only suggested in the forms (the fields marked 'suggest' in entry-form-state.ts).
 */
export const INCOMING_FACETS = ['typeName', 'sender', 'urgency', 'recipient', 'receivedSignature'] as const;
export const OUTGOING_FACETS = ['typeName', 'urgency', 'signerPosition', 'signerName', 'retainedCopyHolder'] as const;
export type EntryFacet = (typeof INCOMING_FACETS)[number] | (typeof OUTGOING_FACETS)[number];

/** Yes/no properties of an entry the list filters by. */
export const ENTRY_FLAGS = ['deleted', 'done'] as const;
/** Dates of an entry kept as day numbers (see dayNumber). */
export const ENTRY_DAYS = ['deadline'] as const;

/** What the index keeps of one entry. */
export type EntryIndexDoc = {
  readonly id: string;
  readonly ordinal: number;
  readonly text: string;
  readonly facets: Readonly<Record<string, string>>;
  readonly flags: readonly string[];
  readonly days: Readonly<Record<string, number>>;
};

type Meta = { readonly id: string; readonly deleted: boolean; readonly deletedReason?: string };

/** An entry's words, and a cancelled one's reason after them. */
const withReason = (text: string, doc: Meta) => (doc.deleted && doc.deletedReason ? `${text} ${cancelledText(doc.deletedReason)}` : text);

/** Days since 1970-01-01 of a "yyyy-mm-dd" date, or undefined for anything else. */
export function dayNumber(iso: string | undefined): number | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return undefined;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

function facetsOf<K extends string>(keys: readonly K[], doc: Readonly<Record<K, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = doc[k];
    out[k] = typeof v === 'string' ? v : '';
  }
  return out;
}

export function incomingIndexDoc(doc: IncomingDocFields & Meta): EntryIndexDoc {
  const deadline = dayNumber(effectiveDeadline(doc));
  return {
    id: doc.id,
    ordinal: doc.arrivalNumber,
    text: withReason(incomingSearchText(doc), doc),
    facets: facetsOf(INCOMING_FACETS, doc),
    flags: [...(doc.deleted ? ['deleted'] : []), ...(doc.progress === 'done' ? ['done'] : [])],
    days: deadline === undefined ? {} : { deadline },
  };
}

export function outgoingIndexDoc(doc: OutgoingDocFields & Meta): EntryIndexDoc {
  return {
    id: doc.id,
    ordinal: doc.number,
    text: withReason(outgoingSearchText(doc), doc),
    facets: facetsOf(OUTGOING_FACETS, doc),
    flags: doc.deleted ? ['deleted'] : [],
    days: {},
  };
}

/** The consolidated search (tìm kiếm tổng hợp) keeps per entry only the unit it came from, and whether it is cancelled. */
export const CONSOLIDATED_FACETS = ['origin'] as const;
export const CONSOLIDATED_FLAGS = ['deleted'] as const;

/**
 * An incoming or outgoing entry as the consolidated search indexes it: the same folded text as
 * its register's list (so a query finds the same entries), no ordinal (the index hands places
 * out: the entries of every register and both books share one scope per unit).
 */
export function consolidatedIndexDoc(doc: (IncomingDocFields | OutgoingDocFields) & Meta & { readonly origin: string }, incoming = 'arrivalNumber' in doc): Omit<EntryIndexDoc, 'ordinal'> {
  return {
    id: doc.id,
    text: incoming ? incomingSearchText(doc as IncomingDocFields) : outgoingSearchText(doc as OutgoingDocFields),
    facets: { origin: doc.origin },
    flags: doc.deleted ? ['deleted'] : [],
    days: {},
  };
}
