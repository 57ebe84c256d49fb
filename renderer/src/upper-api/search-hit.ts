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

/** Entries of an older bundle format may lack a text field: shown empty rather than failing the whole list. */
export function hitOf(d: IncomingDoc | OutgoingDoc): SearchHit {
  const summary = typeAndSummary(d.typeName ?? '', d.summary ?? '');
  const numberNotation = joinNumberNotation(d.number ?? '', d.notation ?? '');
  return 'arrivalNumber' in d
    ? { id: d.id, origin: d.origin, kind: 'incoming', number: formatNumber(d.arrivalNumber), date: formatDate(d.arrivalDate), party: `${d.sender ?? ''} ${numberNotation}`.trim(), summary }
    : { id: d.id, origin: d.origin, kind: 'outgoing', number: numberNotation, date: formatDate(d.documentDate), party: (d.recipients ?? []).join('; '), summary };
}
