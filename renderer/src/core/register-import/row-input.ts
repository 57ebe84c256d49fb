/**
 * One spreadsheet row → an incoming or outgoing entry, following the mapping. Combined
 * columns are split the way a clerk reads them: "Số, ký hiệu" by `parseNotation`, "Tên loại
 * và trích yếu" by `splitTypeAndSummary`. Problems reading a cell become issues on the
 * entry field, quoting the cell text (the plan adds the row and the cell's address). A cell
 * too long to be read (see read-workbook.ts) is one issue, and reads as empty.
 */
import type { FieldIssue } from '../errors';
import { documentTypeByName, splitTypeAndSummary } from '../registers/doc-types';
import { LEGAL_NORMATIVE_KINDS, parseNotation, parseSymbol } from '../registers/notation';
import { emptyIncomingInput, emptyOutgoingInput } from '../registers/types';
import type { IncomingInput, OutgoingInput } from '../registers/types';
import { cellText, parseRegisterNumber, readCount, readDate, readRegisterNumber, readUrgency, splitRecipients, splitSigner } from './cells';
import type { CellIssue, CellRead } from './cells';
import type { ImportField } from './fields';
import type { RegisterImportMapping } from './mapping';
import type { ImportCell, ImportRow } from './types';
import { MAX_CELL_CHARS } from './types';

export type RowRead<I> = { readonly input: I; readonly issues: FieldIssue[] };

/** The entry field a column's problems belong to (a combined column: the part that matters most). */
const TARGET: Partial<Record<ImportField, string>> = {
  numberNotation: 'notation',
  typeSummary: 'summary',
  signer: 'signerName',
};

class RowReader {
  readonly issues: FieldIssue[] = [];
  private readonly refused = new Set<ImportField>();
  constructor(
    private readonly row: ImportRow,
    private readonly mapping: RegisterImportMapping,
    private readonly numberField: string,
  ) {}

  cell(field: ImportField): ImportCell | undefined {
    const col = this.mapping.columns[field];
    const cell = col === undefined ? undefined : this.row.cells[col];
    if (cell?.tooLong === undefined) return cell;
    if (!this.refused.has(field)) {
      this.refused.add(field);
      const target = field === 'registerNumber' ? this.numberField : (TARGET[field] ?? field);
      this.issues.push({ field: target, code: 'registerImport.cell.tooLong', params: { length: cell.tooLong, max: MAX_CELL_CHARS } });
    }
    return undefined;
  }

  has(field: ImportField): boolean {
    return this.mapping.columns[field] !== undefined;
  }

  text(field: ImportField): string {
    return cellText(this.cell(field));
  }

  /** Records an issue of the `source` column on `target` (an entry field), unless that cell was refused as too long. */
  issue(source: ImportField, target: string, issue: CellIssue): void {
    if (this.refused.has(source)) return;
    this.issues.push({ field: target, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
  }

  take<T>(read: CellRead<T>, source: ImportField, target: string): T | undefined {
    if (read.issue) this.issue(source, target, read.issue);
    return read.value;
  }

  date(field: ImportField, target: string = field): string | undefined {
    return this.take(readDate(this.cell(field)), field, target);
  }

  count(field: ImportField, target: string = field): number | undefined {
    return this.take(readCount(this.cell(field)), field, target);
  }
}

/**
 * A row this app's own export wrote for a cancelled entry: its line kept, "(đã hủy…)" at the end of
 * its Ghi chú (core/registers/register-book.ts). Not taken in as a live entry — said at the row.
 */
function refuseCancelled(r: RowReader, target: string): void {
  if (/\(đã hủy(:[^)]*)?\)\s*$/u.test(r.text('note'))) r.issue('note', target, { code: 'registerImport.cancelledRow' });
}

type TypeAndSummary = { readonly typeName: string; readonly summary: string };

/** Tên loại and trích yếu from the combined column or the separate ones; the type inferred from the notation when absent. */
function typeAndSummary(r: RowReader, notationType: string): TypeAndSummary {
  if (r.has('typeSummary')) {
    const text = r.text('typeSummary');
    // A Nghị định's or a Thông tư's summary often begins "Quy định chi tiết…": its ký hiệu says what it is.
    if (LEGAL_NORMATIVE_KINDS.some((k) => k.name === notationType) && !text.toLocaleLowerCase('vi').startsWith(notationType.toLocaleLowerCase('vi'))) return { typeName: notationType, summary: text };
    const split = text ? splitTypeAndSummary(text) : undefined;
    return split ? { typeName: split.type.name, summary: split.summary } : { typeName: notationType, summary: text };
  }
  const written = r.text('typeName');
  const typeName = written ? (documentTypeByName(written)?.name ?? written) : notationType;
  return { typeName, summary: r.text('summary') };
}

/**
 * "15/QĐ-UBND" → Quyết định, "15/2026/NĐ-CP" → Nghị định; "12/UBND-VP" (issuer without a type) →
 * Công văn, as NĐ 30 writes công văn — never one with a year ("15/2023/QH15" is a Luật or a Nghị
 * quyết, left for the clerk).
 */
function typeFromNotation(notation: string): string {
  if (!notation) return '';
  const p = parseSymbol(notation);
  if (p.typeName) return p.typeName;
  if (!p.typeAbbr && p.issuerAbbr && !p.isCopy && p.year === undefined) return 'Công văn';
  return '';
}

function signerOf(r: RowReader): { signerPosition: string; signerName: string } {
  const s = splitSigner(r.text('signer'));
  return { signerPosition: s.position, signerName: s.name };
}

function withOptional<T extends object>(base: T, optional: Record<string, string | number | undefined>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** An incoming entry from a row; `arrivalNumber` is the paper book's số đến. */
export function readIncomingRow(row: ImportRow, mapping: RegisterImportMapping, secret: boolean): RowRead<IncomingInput> {
  const r = new RowReader(row, mapping, 'arrivalNumber');
  const arrivalDate = r.date('arrivalDate');
  const arrivalNumber = r.take(readRegisterNumber(r.cell('registerNumber')), 'registerNumber', 'arrivalNumber');
  if (r.text('registerNumber') === '') r.issue('registerNumber', 'arrivalNumber', { code: 'registerImport.number.missing' });
  refuseCancelled(r, 'note');
  let number = '';
  let notation = '';
  if (r.has('numberNotation')) {
    const p = parseNotation(r.text('numberNotation'));
    number = p.number;
    notation = p.notation;
  } else {
    number = parseNotation(r.text('number')).number || r.text('number');
    // A ký hiệu column on its own: a year in front ("2026/NĐ-CP") is the year, not a number.
    const p = parseSymbol(r.text('notation'));
    notation = p.notation;
    if (!number && p.number) number = p.number;
  }
  const { typeName, summary } = typeAndSummary(r, typeFromNotation(notation));
  const urgency = r.take(readUrgency(r.cell('urgency')), 'urgency', 'urgency');
  const base: IncomingInput = {
    ...emptyIncomingInput(arrivalDate ?? ''),
    sender: r.text('sender'),
    number,
    notation,
    typeName,
    summary,
    recipient: r.text('recipient'),
    receivedSignature: r.text('receivedSignature'),
    note: r.text('note'),
    ...signerOf(r),
    urgency: urgency ?? 'normal',
    secrecy: secret ? 'confidential' : 'none',
  };
  const input = withOptional(base, {
    arrivalNumber,
    documentDate: r.date('documentDate'),
    transferDate: r.date('transferDate'),
    handlingDeadline: r.date('handlingDeadline'),
    pageCount: r.count('pageCount'),
  });
  return { input, issues: r.issues };
}

/** An outgoing entry from a row; `number` is the paper book's số (from "Số, ký hiệu" or its own column). */
export function readOutgoingRow(row: ImportRow, mapping: RegisterImportMapping, secret: boolean): RowRead<OutgoingInput> {
  const r = new RowReader(row, mapping, 'number');
  let number: number | undefined;
  let notation = '';
  if (r.has('numberNotation')) {
    const p = parseNotation(r.text('numberNotation'));
    notation = p.notation;
    if (!r.has('registerNumber') && p.number !== '')
      number = r.take(parseRegisterNumber(p.number, p.number), 'numberNotation', 'number');
  }
  if (r.has('registerNumber')) number = r.take(readRegisterNumber(r.cell('registerNumber')), 'registerNumber', 'number');
  if (r.has('notation')) notation = parseSymbol(r.text('notation')).notation;
  const numberSource: ImportField = r.has('registerNumber') ? 'registerNumber' : 'numberNotation';
  const numberText = numberSource === 'registerNumber' ? r.text('registerNumber') : parseNotation(r.text('numberNotation')).number;
  if (numberText === '') r.issue(numberSource, 'number', { code: 'registerImport.number.missing' });
  refuseCancelled(r, 'note');
  const { typeName, summary } = typeAndSummary(r, typeFromNotation(notation));
  const urgency = r.take(readUrgency(r.cell('urgency')), 'urgency', 'urgency');
  const base: OutgoingInput = {
    ...emptyOutgoingInput(r.date('documentDate') ?? ''),
    notation,
    typeName,
    summary,
    ...signerOf(r),
    recipients: splitRecipients(r.text('recipients')),
    retainedCopyHolder: r.text('retainedCopyHolder'),
    receivedSignature: r.text('receivedSignature'),
    note: r.text('note'),
    urgency: urgency ?? 'normal',
    secrecy: secret ? 'confidential' : 'none',
  };
  const input = withOptional(base, {
    number,
    copyCount: r.count('copyCount'),
    transferDate: r.date('transferDate'),
    pageCount: r.count('pageCount'),
    dueDate: r.date('dueDate'),
  });
  return { input, issues: r.issues };
}
