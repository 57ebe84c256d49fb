/** One line of the consolidated search (tìm kiếm tổng hợp): the entry and the unit it came from, as both stores show it. */
import { formatDate } from '../core/format';
import { formatNumber } from '../core/registers/numbering';
import { joinNumberNotation } from '../core/registers/notation';
import { typeAndSummary } from '../core/registers/register-book';
import type { IncomingDoc, OutgoingDoc } from '../core/registers/types';

/**
 * `arrival` is the số đến (incoming only); `numberNotation` the document's own số, ký hiệu;
 * `date` the arrival date (incoming) or the document date (outgoing); `party` the sender
 * (incoming) or the recipients (outgoing).
 */
export type SearchHit = {
  readonly id: string;
  readonly origin: string;
  readonly kind: 'incoming' | 'outgoing';
  readonly arrival: string;
  readonly numberNotation: string;
  readonly date: string;
  readonly party: string;
  readonly summary: string;
};

/**
 * Entries of an older bundle format may lack a text field: shown empty rather than failing the
 * whole list. `incoming`: which register it is in, where the caller knows (a received incoming
 * entry may have come without its số đến).
 */
export function hitOf(d: IncomingDoc | OutgoingDoc, incoming = 'arrivalNumber' in d): SearchHit {
  const summary = typeAndSummary(d.typeName ?? '', d.summary ?? '');
  const numberNotation = joinNumberNotation(d.number ?? '', d.notation ?? '');
  const common = { id: d.id, origin: d.origin, numberNotation, summary };
  if (incoming) {
    const e = d as IncomingDoc;
    return { ...common, kind: 'incoming', arrival: e.arrivalNumber === undefined ? '' : formatNumber(e.arrivalNumber), date: formatDate(e.arrivalDate), party: e.sender ?? '' };
  }
  const e = d as OutgoingDoc;
  return { ...common, kind: 'outgoing', arrival: '', date: formatDate(e.documentDate), party: (e.recipients ?? []).join('; ') };
}
