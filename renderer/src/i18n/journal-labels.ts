/**
 * How the change journal names what happened: the action ("Kết thúc hồ sơ") and the fields a
 * change touched, each read in its table (a register's closedAt is the day it was locked, a
 * dossier's the day it was closed). Never a code name: an unknown field reads "thông tin khác".
 */
import type { TFunction } from 'i18next';
import type { RecordChange } from '../core/journal';

/** Fields the database derives for its indexes: not something a person changed. */
const DERIVED_FIELDS: ReadonlySet<string> = new Set(['dupKey', 'openDeadline', 'listKey', 'liveKey', 'arrangeStage']);

function lookup(t: TFunction, key: string): string | undefined {
  const text: string = t(key, { defaultValue: '' });
  return text && text !== key ? text : undefined;
}

export function fieldLabel(t: TFunction, table: string, field: string): string {
  return (
    lookup(t, `journalFields.${table}.${field}`) ??
    lookup(t, `journalFields.common.${field}`) ??
    lookup(t, `fields.${field}`) ??
    t('journalFields.unknown')
  );
}

/** Labels of the fields the changes touched, each once, derived index fields left out. */
export function changedFieldLabels(t: TFunction, changes: readonly Pick<RecordChange, 'table' | 'fields'>[]): string[] {
  const out = new Set<string>();
  for (const c of changes) for (const f of c.fields) if (!DERIVED_FIELDS.has(f)) out.add(fieldLabel(t, c.table, f));
  return [...out];
}

export function actionLabel(t: TFunction, action: string): string {
  return lookup(t, `action.${action}`) ?? t('journal.otherAction');
}
