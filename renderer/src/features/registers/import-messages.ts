/**
 * The sentences of the register import's issues, each naming where it is in the file: in the
 * dry-run table (the row has its own column) "Ô F17: …"; elsewhere "Dòng 17 (ô F17): …".
 */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../core/errors';
import { issueMessage } from '../../i18n';

/** Issues whose sentence already names the cell, with its sheet. */
const SELF_LOCATED = new Set(['registerImport.cell.tooLong']);

export function importIssueText(t: TFunction, issue: FieldIssue, where: 'table' | 'list'): string {
  const message = issueMessage(t, issue);
  const row = issue.params?.row;
  const cell = issue.params?.cell;
  if (SELF_LOCATED.has(issue.code)) return message;
  if (where === 'table') return cell === undefined ? message : t('registerImport.at.cell', { cell, message });
  if (row === undefined) return message;
  return cell === undefined ? t('registerImport.at.row', { row, message }) : t('registerImport.at.rowCell', { row, cell, message });
}
