/** One line of the consolidated search (tìm kiếm tổng hợp): the entry and the unit it came from, as both stores show it. */
import { formatDate } from '../core/format';
import { formatNumber } from '../core/registers/numbering';
import { joinNumberNotation } from '../core/registers/notation';
import { typeAndSummary } from '../core/registers/register-book';
import type { IncomingDoc, OutgoingDoc } from '../db/register-records';

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

/** Entries of an older bundle format may lack a text field: shown empty rather than failing the whole list. */
export function hitOf(d: IncomingDoc | OutgoingDoc): SearchHit {
  const summary = typeAndSummary(d.typeName ?? '', d.summary ?? '');
  const numberNotation = joinNumberNotation(d.number ?? '', d.notation ?? '');
  const common = { id: d.id, origin: d.origin, numberNotation, summary };
  return 'arrivalNumber' in d
    ? { ...common, kind: 'incoming', arrival: formatNumber(d.arrivalNumber), date: formatDate(d.arrivalDate), party: d.sender ?? '' }
    : { ...common, kind: 'outgoing', arrival: '', date: formatDate(d.documentDate), party: (d.recipients ?? []).join('; ') };
}
