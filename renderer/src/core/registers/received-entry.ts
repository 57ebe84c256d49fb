/**
 * A register entry as another unit signed it (văn bản trong dữ liệu nhận từ đơn vị khác), read
 * for a screen, the search or a printout. The bundle schema checks only an entry's envelope,
 * register and number (schema.ts: the registers grow fields from version to version), so an
 * entry of an older format, or of another program, may lack a text field or hold another type
 * in it. Read through here, every field the app reads is of its type — the value received
 * where it is one, else the blank form's — so one such entry neither blanks a list nor stops a
 * unit's search index. The stored record is never changed: it stays as it was signed.
 */
import { SECRECY_LEVELS, URGENCY_LEVELS } from './doc-types';
import { emptyIncomingInput, emptyOutgoingInput, FOLLOW_UP_PROGRESS, type IncomingDoc, type OutgoingDoc } from './types';

type Received = Readonly<Record<string, unknown>>;

/** Fields that are one of a few words: another word is read as the blank form's. */
const CHOICES: Readonly<Record<string, readonly string[]>> = { urgency: URGENCY_LEVELS, secrecy: SECRECY_LEVELS, progress: FOLLOW_UP_PROGRESS };
/** Fields a form may leave out (dates, counts, links): kept only when of their type. */
const OPTIONAL_TEXT = ['registerId', 'documentDate', 'transferDate', 'dueDate', 'handlingDeadline', 'completedAt', 'replyDocId', 'deletedReason'];
const OPTIONAL_NUMBER = ['arrivalNumber', 'number', 'pageCount', 'copyCount'];

function read(r: Received, blank: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...r };
  for (const [k, empty] of Object.entries(blank)) {
    const v = r[k];
    const fits = Array.isArray(empty) ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === typeof empty && (!CHOICES[k] || CHOICES[k].includes(v as string));
    out[k] = fits ? v : empty;
  }
  // A field the blank form has (an incoming entry's số is text) is read above.
  for (const k of OPTIONAL_TEXT) if (!(k in blank) && k in out && typeof out[k] !== 'string') delete out[k];
  for (const k of OPTIONAL_NUMBER) if (!(k in blank) && k in out && !(typeof out[k] === 'number' && Number.isFinite(out[k]))) delete out[k];
  return out;
}

/** A received incoming entry (sổ đến) with every field the app reads of its type. Its số đến is absent when it came without one. */
export function receivedIncoming(r: Received): IncomingDoc {
  return read(r, emptyIncomingInput()) as unknown as IncomingDoc;
}

/** A received outgoing entry (sổ đi) with every field the app reads of its type. */
export function receivedOutgoing(r: Received): OutgoingDoc {
  return read(r, emptyOutgoingInput()) as unknown as OutgoingDoc;
}

/** A received entry of `table`, read as above. */
export function receivedEntry(table: 'incomingDocs' | 'outgoingDocs', r: Received): IncomingDoc | OutgoingDoc {
  return table === 'incomingDocs' ? receivedIncoming(r) : receivedOutgoing(r);
}
