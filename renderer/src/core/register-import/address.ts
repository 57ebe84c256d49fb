/**
 * Where in the file a problem is: the row as Excel numbers it and, when the problem belongs
 * to a cell, its address ("F17", and "'Sổ đến 2025'!F17" with the sheet). Every issue of the
 * import carries them as params (`row`, `cell`, `address`), so each message can name them,
 * whether it comes from reading a cell, from the register's validation or from the final
 * check when the rows are written.
 */
import type { FieldIssue } from '../errors';
import type { ImportField } from './fields';
import { columnLetter } from './mapping';
import type { RegisterImportMapping } from './mapping';

/** "F17". */
export function cellName(column: number, rowNumber: number): string {
  return `${columnLetter(column)}${rowNumber}`;
}

/** "'Sổ đến 2025'!F17" — the sheet quoted as Excel writes it when it is more than a plain name. */
export function sheetAddress(sheetName: string | undefined, cell: string): string {
  if (!sheetName) return cell;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${cell}`;
}

/**
 * The columns an entry field is read from, most specific first: `summary` comes from the
 * "Trích yếu" column or the combined "Tên loại và trích yếu" column, and so on.
 */
const SOURCES: Readonly<Record<string, readonly ImportField[]>> = {
  arrivalDate: ['arrivalDate'],
  arrivalNumber: ['registerNumber'],
  number: ['registerNumber', 'number', 'numberNotation'],
  notation: ['notation', 'numberNotation'],
  sender: ['sender'],
  documentDate: ['documentDate'],
  typeName: ['typeName', 'typeSummary'],
  summary: ['summary', 'typeSummary'],
  recipient: ['recipient'],
  recipients: ['recipients'],
  transferDate: ['transferDate'],
  receivedSignature: ['receivedSignature'],
  note: ['note'],
  signerPosition: ['signer'],
  signerName: ['signer'],
  urgency: ['urgency'],
  pageCount: ['pageCount'],
  handlingDeadline: ['handlingDeadline'],
  retainedCopyHolder: ['retainedCopyHolder'],
  copyCount: ['copyCount'],
  dueDate: ['dueDate'],
};

/** The column an entry field was read from under this mapping ("recipients.2" → the recipients column). */
export function sourceColumn(field: string, mapping: RegisterImportMapping): number | undefined {
  for (const source of SOURCES[field.split('.')[0] ?? ''] ?? []) {
    const column = mapping.columns[source];
    if (column !== undefined) return column;
  }
  return undefined;
}

export type IssuePlace = {
  readonly rowNumber: number;
  readonly mapping: RegisterImportMapping;
  readonly sheetName?: string;
};

/** The issue with the file's row and, when the field comes from one cell, the cell's address. */
export function locateIssue(issue: FieldIssue, place: IssuePlace): FieldIssue {
  if (issue.params?.row !== undefined) return issue;
  const column = sourceColumn(issue.field, place.mapping);
  const where: Record<string, string | number> = { row: place.rowNumber };
  if (column !== undefined) {
    where.cell = cellName(column, place.rowNumber);
    where.address = sheetAddress(place.sheetName, where.cell);
  }
  return { ...issue, params: { ...issue.params, ...where } };
}
