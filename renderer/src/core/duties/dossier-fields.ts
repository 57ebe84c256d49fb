/**
 * The duty fields of a dossier: their checks, and the fields derived on every write so the home screen asks an index instead of
 * scanning: when its deposit deadline starts counting (absent once deposited or deleted) and the
 * last year of a fixed-term retention (absent for permanent or deleted dossiers). Both depend on
 * the dossier alone, never on settings, so a changed setting never leaves them stale.
 */
import type { FieldIssue } from '../errors';
import type { DossierFields } from '../dossiers/types';
import { isIsoDate } from '../registers/dates';
import { depositCountFrom } from './deposit';
import { expiryYear } from './retention';
import { arrangeStage, notationSortKey, planSortKey } from '../dossiers/list-keys';
import { DUTY_LIMITS } from './types';
import { dateIssue } from '../typed-date';

type Derivable = DossierFields & { readonly deleted?: boolean };

/**
 * The dossier with `depositFrom` and `expiresYear` set or removed, and the list's keys
 * (`listKey`, `liveKey` while not removed — notation order —, `planKey`, `livePlanKey` — the
 * file plan's order, heading then notation —, `arrangeStage`: core/dossiers/list-keys.ts).
 */
export function withDossierDerived<T extends Derivable>(d: T): T {
  const { depositFrom: _f, expiresYear: _e, listKey: _l, liveKey: _v, planKey: _p, livePlanKey: _lp, arrangeStage: _s, ...rest } = d;
  const from = d.deleted || d.depositBatchId !== undefined ? undefined : depositCountFrom(d);
  const expires = d.deleted ? undefined : expiryYear(d);
  // Records written before notations were required (old fixtures, imports) sort as an empty notation.
  const listKey = notationSortKey(typeof d.notation === 'string' ? d.notation : '');
  const planKey = planSortKey(d.heading, d.notation);
  const stage = arrangeStage(d);
  return {
    ...rest,
    ...(from !== undefined ? { depositFrom: from } : {}),
    ...(expires !== undefined ? { expiresYear: expires } : {}),
    listKey,
    ...(d.deleted ? {} : { liveKey: listKey }),
    planKey,
    ...(d.deleted ? {} : { livePlanKey: planKey }),
    ...(stage ? { arrangeStage: stage } : {}),
  } as T;
}

/** Dates are real dates; texts bounded. */
export function dossierDutyIssues(d: DossierFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of ['settlementDate', 'keptBackUntil', 'depositedAt', 'currentDepositedAt', 'destroyedAt', 'destructionDecisionDate'] as const) {
    const v = d[f];
    if (v !== undefined && !isIsoDate(v)) issues.push(dateIssue(f, v));
  }
  if ((d.retentionBasis ?? '').length > DUTY_LIMITS.basis) issues.push({ field: 'retention', code: 'text.tooLong', params: { max: DUTY_LIMITS.basis, length: (d.retentionBasis ?? '').length } });
  if ((d.keptBackApproval ?? '').length > DUTY_LIMITS.decision) issues.push({ field: 'keptBackApproval', code: 'text.tooLong', params: { max: DUTY_LIMITS.decision, length: (d.keptBackApproval ?? '').length } });
  return issues;
}
