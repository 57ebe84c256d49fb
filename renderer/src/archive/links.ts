/**
 * Where the `records` table keeps a record's parents (link1, link2: the fields of PARENT_RULES for its table, in order),
 * and the two links the archive's searches and views join by: a dossier's box and a document's dossier. Imports nothing
 * of the archive (records.ts and search.ts both read it).
 */
import { PARENT_RULES, type ParentRule } from '../core/bundle/import-plan';
import { REPLICATED_TABLES, type ReplicatedTable } from '../core/bundle/schema';

/** The link fields of each table, in PARENT_RULES order: link1, link2. */
export const LINK_FIELDS: Readonly<Record<ReplicatedTable, readonly string[]>> = Object.fromEntries(
  REPLICATED_TABLES.map((t) => [t, PARENT_RULES.filter((r) => r.table === t).map((r) => r.field)]),
) as Record<ReplicatedTable, string[]>;

/** The column holding a rule's link (link1 or link2). */
export function linkColumn(rule: ParentRule): 'link1' | 'link2' {
  return LINK_FIELDS[rule.table].indexOf(rule.field) === 0 ? 'link1' : 'link2';
}

const columnOf = (table: ReplicatedTable, field: string) => linkColumn(PARENT_RULES.find((r) => r.table === table && r.field === field)!);

/** The column of `records` holding a dossier's box. */
export const DOSSIER_BOX = columnOf('dossiers', 'boxId');
/** The column of `records` holding a document's dossier. */
export const DOC_DOSSIER = columnOf('dossierDocs', 'dossierId');
