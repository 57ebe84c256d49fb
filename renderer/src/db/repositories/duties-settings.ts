/**
 * Local settings of the archive's duties, for rules marked ❓ in the reference: the deposit
 * deadlines and thresholds, the loan period, and the statistics form numbers and titles. Local to
 * this PC (not replicated); every value is checked before it is stored.
 */
import { AppError, type FieldIssue } from '../../core/errors';
import { readDepositRules, validateDepositRules, type DepositRules } from '../../core/duties/deposit';
import { DEFAULT_LOAN_DAYS } from '../../core/duties/loans';
import { normaliseForms } from '../../core/duties/statistics';
import type { StatForm } from '../../core/duties/types';
import type { LuutruDb } from '../schema';

const DEPOSIT_RULES_KEY = 'depositRules';
const STAT_FORMS_KEY = 'statForms';
const LOAN_DAYS_KEY = 'loanDays';

/** A change refused by validation: `issues` name the fields; the message is the first one's, or `summary` when given. */
export class DutyInvalidError extends AppError {
  constructor(readonly issues: readonly FieldIssue[], summary?: { readonly code: string; readonly params: Readonly<Record<string, string | number>> }) {
    super(summary?.code ?? issues[0]?.code ?? 'duty.invalid', summary?.params ?? issues[0]?.params ?? {});
  }
}

export async function getDepositRules(db: LuutruDb): Promise<DepositRules> {
  return readDepositRules((await db.settings.get(DEPOSIT_RULES_KEY))?.value);
}

export async function setDepositRules(db: LuutruDb, rules: DepositRules): Promise<void> {
  const issues = validateDepositRules(rules);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  await db.settings.put({ key: DEPOSIT_RULES_KEY, value: { ...rules } });
}

export async function getStatForms(db: LuutruDb): Promise<StatForm[]> {
  const v = (await db.settings.get(STAT_FORMS_KEY))?.value;
  return normaliseForms(Array.isArray(v) ? (v as StatForm[]).filter((f) => typeof f?.key === 'string' && typeof f.number === 'string' && typeof f.title === 'string') : undefined);
}

export async function setStatForms(db: LuutruDb, forms: readonly StatForm[]): Promise<void> {
  const issues: FieldIssue[] = [];
  forms.forEach((f) => {
    if (!f.title.trim()) issues.push({ field: `form.${f.key}`, code: 'stats.formTitleRequired' });
    // The limit said is the one passed: the form's number (50) or its title (300).
    if (f.number.length > 50) issues.push({ field: `form.${f.key}`, code: 'text.tooLong', params: { max: 50, length: f.number.length } });
    else if (f.title.length > 300) issues.push({ field: `form.${f.key}`, code: 'text.tooLong', params: { max: 300, length: f.title.length } });
  });
  if (issues.length > 0) throw new DutyInvalidError(issues);
  await db.settings.put({ key: STAT_FORMS_KEY, value: normaliseForms(forms) });
}

export async function getLoanDays(db: LuutruDb): Promise<number> {
  const v = (await db.settings.get(LOAN_DAYS_KEY))?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365 ? v : DEFAULT_LOAN_DAYS;
}

export async function setLoanDays(db: LuutruDb, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new AppError('loan.daysRange', { min: 1, max: 365 });
  await db.settings.put({ key: LOAN_DAYS_KEY, value: days });
}
