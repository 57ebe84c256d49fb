/**
 * Column mapping of an old register: which column holds which field. Suggested from the
 * header names, checked before the dry run, and saved by the caller under the signature of
 * the headers so the next file with the same layout maps itself.
 */
import type { FieldIssue } from '../errors';
import type { LegacyEncoding } from '../legacy-text';
import { foldText } from '../text';
import { aliasesFor, EXCLUSIVE_FIELDS, importFieldsOf, REQUIRED_FIELDS } from './fields';
import type { ImportField, ImportKind } from './fields';

export type RegisterImportMapping = {
  readonly kind: ImportKind;
  /** 0-based column index (A = 0) of each mapped field; unmapped fields are absent. */
  readonly columns: Readonly<Partial<Record<ImportField, number>>>;
  /**
   * The reading the clerk chose for a column's cells whose encoding is uncertain (see
   * encoding-choice.ts), remembered with the mapping for the next file of the same layout.
   */
  readonly encodings?: Readonly<Partial<Record<number, LegacyEncoding>>>;
};

/**
 * A header cell in comparable form: folded, punctuation and line breaks as single spaces,
 * column numbers like "(3)" removed. "Số, ký hiệu\nvăn bản (4)" → "so ky hieu van ban".
 */
export function headerKey(text: string): string {
  return foldText(text.normalize('NFC'))
    .replace(/\(\s*\d{1,2}\s*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Key under which a mapping is remembered: the folded header names in column order, with
 * trailing blank columns dropped. Same layout (whatever the case, accents or encoding) → same key.
 */
export function mappingSignature(headers: readonly string[]): string {
  const keys = headers.map(headerKey);
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop();
  return `v1:${keys.join('|')}`;
}

type Candidate = { readonly column: number; readonly field: ImportField; readonly score: number };

/** Exact header 3, header starting with the alias 2, alias inside the header 1; longer aliases win ties. */
function scoreOf(key: string, alias: { readonly text: string; readonly exact?: boolean }): number {
  let base = 0;
  if (key === alias.text) base = 3;
  else if (alias.exact) return 0;
  else if (key.startsWith(`${alias.text} `)) base = 2;
  else if (` ${key} `.includes(` ${alias.text} `)) base = 1;
  return base === 0 ? 0 : base * 1000 + alias.text.length;
}

type IndexedAlias = { readonly field: ImportField; readonly alias: { readonly text: string; readonly exact?: boolean } };

const FIRST_WORD_INDEX = new Map<ImportKind, ReadonlyMap<string, readonly IndexedAlias[]>>();

/** Aliases by their first word: an exact or prefix match needs the header to start with that word. */
function firstWordIndex(kind: ImportKind): ReadonlyMap<string, readonly IndexedAlias[]> {
  let index = FIRST_WORD_INDEX.get(kind);
  if (!index) {
    const built = new Map<string, IndexedAlias[]>();
    const aliases = aliasesFor(kind);
    for (const field of importFieldsOf(kind)) {
      for (const alias of aliases[field] ?? []) {
        const word = alias.text.split(' ')[0] ?? '';
        built.set(word, [...(built.get(word) ?? []), { field, alias }]);
      }
    }
    index = built;
    FIRST_WORD_INDEX.set(kind, index);
  }
  return index;
}

/** Header cells are short; longer text is data and is not folded at all. */
const MAX_HEADER_LENGTH = 80;

function candidatesOf(key: string, column: number, kind: ImportKind, minScore: number): Candidate[] {
  const best = new Map<ImportField, number>();
  const consider = (field: ImportField, score: number) => {
    if (score >= minScore * 1000 && score > (best.get(field) ?? 0)) best.set(field, score);
  };
  if (minScore >= 2) {
    for (const { field, alias } of firstWordIndex(kind).get(key.split(' ')[0] ?? '') ?? []) consider(field, scoreOf(key, alias));
  } else {
    const aliases = aliasesFor(kind);
    for (const field of importFieldsOf(kind)) for (const alias of aliases[field] ?? []) consider(field, scoreOf(key, alias));
  }
  return [...best].map(([field, score]) => ({ column, field, score }));
}

/** Every (column, field) pair the header names suggest, best first, one field and one column each. */
function matchHeaders(headers: readonly string[], kind: ImportKind, minScore = 1): Candidate[] {
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (header.length > MAX_HEADER_LENGTH) return;
    const key = headerKey(header);
    if (key) candidates.push(...candidatesOf(key, column, kind, minScore));
  });
  candidates.sort((x, y) => y.score - x.score || x.column - y.column);
  const usedColumns = new Set<number>();
  const usedFields = new Set<ImportField>();
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (usedColumns.has(c.column) || usedFields.has(c.field)) continue;
    usedColumns.add(c.column);
    usedFields.add(c.field);
    chosen.push(c);
  }
  return chosen;
}

/** Mapping suggested by the header names; the clerk confirms or corrects it. */
export function suggestMapping(headers: readonly string[], kind: ImportKind): RegisterImportMapping {
  const columns: Partial<Record<ImportField, number>> = {};
  for (const c of matchHeaders(headers, kind)) columns[c.field] = c.column;
  // "Trích yếu" next to its own "Tên loại" column holds the summary only.
  if (columns.typeSummary !== undefined && columns.typeName !== undefined) {
    columns.summary = columns.typeSummary;
    delete columns.typeSummary;
  }
  if (columns.numberNotation !== undefined) delete columns.notation;
  return { kind, columns };
}

/** How many fields a row's cells name clearly (exact or prefix match), for header detection. */
export function headerStrength(cells: readonly string[], kind: ImportKind): { readonly count: number; readonly fields: readonly ImportField[] } {
  const found = matchHeaders(cells, kind, 2);
  return { count: found.length, fields: found.map((c) => c.field) };
}

/**
 * Checks a mapping before the dry run: the required fields are mapped, no column is used
 * twice, a combined column and one of its parts are not both mapped.
 */
export function validateMapping(mapping: RegisterImportMapping): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const allowed = new Set<ImportField>(importFieldsOf(mapping.kind));
  const entries = Object.entries(mapping.columns) as [ImportField, number | undefined][];
  const byColumn = new Map<number, ImportField>();
  for (const [field, column] of entries) {
    if (column === undefined) continue;
    if (!allowed.has(field)) {
      issues.push({ field, code: 'registerImport.mapping.unknownField', params: { field } });
      continue;
    }
    if (!Number.isInteger(column) || column < 0) {
      issues.push({ field, code: 'registerImport.mapping.badColumn', params: { field } });
      continue;
    }
    const other = byColumn.get(column);
    if (other !== undefined) issues.push({ field, code: 'registerImport.mapping.columnTwice', params: { column: columnLetter(column), field, other } });
    else byColumn.set(column, field);
  }
  for (const group of REQUIRED_FIELDS[mapping.kind]) {
    if (!group.some((f) => mapping.columns[f] !== undefined))
      issues.push({ field: group[0] ?? '', code: 'registerImport.mapping.missing', params: { field: group[0] ?? '' } });
  }
  for (const [p, q] of EXCLUSIVE_FIELDS) {
    if (mapping.columns[p] !== undefined && mapping.columns[q] !== undefined)
      issues.push({ field: q, code: 'registerImport.mapping.overlap', params: { field: q, other: p } });
  }
  return issues;
}

/** Excel column letters: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
