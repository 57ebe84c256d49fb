/**
 * What a register entry tells about a document listed inside a dossier and linked to it: its
 * number and notation, date, author and summary, read through the link every time (never copied
 * onto the document). One rule for the dossier's list, its printed inventory and archive search
 * — in the app and on the province archive's server.
 */
import type { LinkedEntry } from './documents';
import { joinNumberNotation } from '../registers/notation';
import { typeAndSummary } from '../registers/register-book';
import { receivedIncoming, receivedOutgoing } from '../registers/received-entry';
import type { IncomingDoc, OutgoingDoc } from '../registers/types';

/**
 * What a register entry says about a document (through the link). `incoming`: the link's kind,
 * where the caller knows it. Read as its register's entry (receivedEntry): a received unit's
 * entry of an older format may lack a field, and its document is still listed.
 */
export function entryAsDocument(entry: IncomingDoc | OutgoingDoc, issuer = '', incoming = 'arrivalNumber' in entry): LinkedEntry {
  if (incoming) {
    const e = receivedIncoming(entry);
    return { number: joinNumberNotation(e.number, e.notation), ...(e.documentDate ? { date: e.documentDate } : {}), author: e.sender, summary: typeAndSummary(e.typeName, e.summary) };
  }
  const e = receivedOutgoing(entry);
  return { number: joinNumberNotation(e.number ?? '', e.notation), date: e.documentDate, author: issuer, summary: typeAndSummary(e.typeName, e.summary) };
}
