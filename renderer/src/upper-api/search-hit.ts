/** One line of the consolidated search (tìm kiếm tổng hợp): the entry and the unit it came from, as both stores show it. */
import { formatDate } from '../core/format';
import { formatNumber } from '../core/registers/numbering';
import { joinNumberNotation } from '../core/registers/notation';
import { typeAndSummary } from '../core/registers/register-book';
import type { IncomingDoc, OutgoingDoc } from '../db/register-records';

export type SearchHit = {
  readonly id: string;
  readonly origin: string;
  readonly kind: 'incoming' | 'outgoing';
  readonly number: string;
  readonly date: string;
  readonly party: string;
  readonly summary: string;
};

export function hitOf(d: IncomingDoc | OutgoingDoc): SearchHit {
  return 'arrivalNumber' in d
    ? { id: d.id, origin: d.origin, kind: 'incoming', number: formatNumber(d.arrivalNumber), date: formatDate(d.arrivalDate), party: `${d.sender} ${joinNumberNotation(d.number, d.notation)}`, summary: typeAndSummary(d.typeName, d.summary) }
    : { id: d.id, origin: d.origin, kind: 'outgoing', number: joinNumberNotation(d.number, d.notation), date: formatDate(d.documentDate), party: (d.recipients ?? []).join('; '), summary: typeAndSummary(d.typeName, d.summary) };
}
