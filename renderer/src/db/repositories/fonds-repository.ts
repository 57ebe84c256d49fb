/**
 * The fonds a unit holds (phông): its own, open or closed, each with its creating bodies and the
 * fonds history written once; and the fonds received from other units (read-only, keeping their
 * numbers). Closing a fonds freezes its numbering (see core/duties/fonds.ts).
 */
import { AppError } from '../../core/errors';
import { custodyCarriedBy } from './exchange-repository';
import { cleanFonds, closingFondsIssues, validateFonds } from '../../core/duties/fonds';
import { cleanText } from '../../core/text';
import { documentsStartYear } from '../../core/duties/retention';
import type { Fonds, FondsFields } from '../../core/unit';
import { writeChanges, type Session } from '../changes';
import type { LuutruDb } from '../schema';
import { DutyInvalidError } from './duties-settings';
import { listHeldFonds } from './unit-repository';
import { listDossiers } from './dossier-repository';

export type FondsRow = Fonds & {
  readonly unitName: string;
  readonly own: boolean;
  readonly dossierCount: number;
  /** The earliest year of the documents of its dossiers, when it is before the fonds' own start (papers of 2007 processed into a fonds begun in 2025). */
  readonly documentsFrom?: number;
  /** A received fonds whose unit this one took over (the custody record: a merger or a transfer, from its day). */
  readonly takenOver?: { readonly kind: 'merger' | 'transfer'; readonly effectiveDate: string; readonly basis: string };
};

/** Every live fonds this PC holds: its own first, then those received, with how many dossiers each has. */
export async function fondsOverview(db: LuutruDb, selfId: string): Promise<FondsRow[]> {
  // This unit's fonds and those received (read-only, their dossiers in the sender's blocks).
  const all = await listHeldFonds(db, selfId);
  // The units this one took over (a merged commune, the fonds of the communes it replaced): their fonds said so, not "Đang mở".
  const custody = new Map((await custodyCarriedBy(db, selfId)).map((c) => [c.carriedUnitId, c]));
  const rows = await Promise.all(
    all.map(async (f) => {
      const live = (await listDossiers(db, f.id)).filter((d) => !d.deleted);
      const own = f.unitId === selfId;
      // Its own only (a received fonds' start is its unit's to correct). A loop: Math.min(...years) overflows the stack on a large fonds.
      let from = Number.POSITIVE_INFINITY;
      // Files set aside to discard are not the fonds' holdings.
      if (own) for (const d of live) if (d.discardReason === undefined) from = Math.min(from, documentsStartYear(d));
      const took = own ? undefined : custody.get(f.unitId);
      return { ...f, own, dossierCount: live.length, ...(from < f.startYear ? { documentsFrom: from } : {}), ...(took ? { takenOver: { kind: took.kind, effectiveDate: took.effectiveDate, basis: took.basis } } : {}) };
    }),
  );
  return rows.sort((a, b) => Number(b.own) - Number(a.own) || a.unitName.localeCompare(b.unitName, 'vi') || a.startYear - b.startYear || a.name.localeCompare(b.name, 'vi'));
}

/** Adds a fonds of this unit (e.g. the closed fonds of a commune it replaced, entered from paper) or corrects one. */
export async function saveFonds(db: LuutruDb, session: Session, raw: FondsFields, id: string | undefined, currentYear: number): Promise<Fonds> {
  const fields = cleanFonds({ ...raw, unitId: session.unitId });
  const issues = validateFonds(fields, currentYear);
  if (issues.length > 0) throw new DutyInvalidError(issues);
  return writeChanges(db, session, { action: id ? 'fonds.update' : 'fonds.create', detail: fields.name }, ['fonds'], async (c) => {
    if (!id) return c.create<FondsFields>('fonds', { ...fields, status: 'open' }) as Fonds;
    const before = await c.get<FondsFields>('fonds', id);
    if (!before || before.deleted) throw new AppError('record.notFound');
    // Status and closing are changed only by closing.
    const next: FondsFields = { ...fields, status: before.status, ...(before.closedAt ? { closedAt: before.closedAt } : {}), ...(before.closingBasis ? { closingBasis: before.closingBasis } : {}), ...(before.endYear !== undefined && before.status === 'closed' ? { endYear: before.endYear } : {}) };
    return c.updateKnown<FondsFields>('fonds', before, next) as Fonds;
  });
}

/** Closes a fonds from a date (e.g. 30/06/2025) on a basis (the merger resolution): its numbers are kept, no new dossier goes in. */
export async function closeFonds(db: LuutruDb, session: Session, id: string, closedAt: string, basis: string): Promise<Fonds> {
  const why = cleanText(basis);
  return writeChanges(db, session, { action: 'fonds.close', detail: why, about: ['fonds'] }, ['fonds'], async (c) => {
    const before = await c.get<FondsFields>('fonds', id);
    if (!before || before.deleted) throw new AppError('record.notFound');
    const issues = closingFondsIssues(before, closedAt, why);
    if (issues.length > 0) throw new DutyInvalidError(issues);
    const { id: _i, origin: _o, clock: _c, deleted: _d, changedBy: _b, ...fields } = before;
    return c.updateKnown<FondsFields>('fonds', before, { ...fields, status: 'closed', closedAt, closingBasis: why, endYear: Number(closedAt.slice(0, 4)) }) as Fonds;
  });
}
