/**
 * Text for the full-text index: every user field of an entry, folded (no case, no marks,
 * đ→d) and joined by spaces. Numbers appear zero-padded and plain, notations with and
 * without separators, dates as dd/mm/yyyy, so "15/qd", "qdubnd" and "05/01/2026" all hit.
 */
import { formatDate } from '../format';
import { foldText } from '../text';
import { formatNumber } from './numbering';
import { joinNumberNotation } from './notation';
import type { IncomingInput, OutgoingInput } from './types';

function fold(parts: readonly (string | number | undefined)[]): string {
  return foldText(
    parts
      .filter((p) => p !== undefined && p !== '')
      .map(String)
      .join(' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cancelled entry is found by why it was cancelled too ("vào sổ nhầm"): the reason's words, folded. */
export function cancelledText(reason: string | undefined): string {
  return fold([reason]);
}

function notationVariants(number: string | number, notation: string): string[] {
  const full = joinNumberNotation(number, notation);
  return [full, full.replace(/[\s/\-.]/g, ''), notation];
}

function numberVariants(n: number | undefined): (string | number)[] {
  return n === undefined ? [] : [formatNumber(n), n];
}

export function incomingSearchText(doc: IncomingInput): string {
  return fold([
    ...numberVariants(doc.arrivalNumber),
    formatDate(doc.arrivalDate),
    doc.sender,
    ...notationVariants(doc.number, doc.notation),
    formatDate(doc.documentDate),
    doc.typeName,
    doc.summary,
    doc.recipient,
    formatDate(doc.transferDate),
    doc.receivedSignature,
    doc.note,
    doc.signerPosition,
    doc.signerName,
    formatDate(doc.dueDate),
    formatDate(doc.handlingDeadline),
    doc.progressNote,
    doc.replyNotation,
  ]);
}

export function outgoingSearchText(doc: OutgoingInput): string {
  return fold([
    ...numberVariants(doc.number),
    ...notationVariants(doc.number ?? '', doc.notation),
    formatDate(doc.documentDate),
    doc.typeName,
    doc.summary,
    doc.signerPosition,
    doc.signerName,
    ...doc.recipients,
    doc.retainedCopyHolder,
    doc.copyCount,
    formatDate(doc.transferDate),
    doc.receivedSignature,
    doc.note,
    formatDate(doc.dueDate),
  ]);
}
