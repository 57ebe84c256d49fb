// What a hit of archive search opens (a dossier, a document's dossier with the document, a box), and a held dossier's
// read-only view made from its records: documents in their list's order, one taken out left out, a linked one read
// through its entry; what its documents give only while its figures are unwritten; a removed box not shown; a box's
// files by their numbers, unnumbered last.
import { describe, expect, it } from 'vitest';
import type { Box, Dossier } from '../../renderer/src/core/dossiers/types';
import type { LinkedEntry } from '../../renderer/src/core/processing/documents';
import { boxFileOrder, heldDossierView, hitTarget } from '../../renderer/src/core/processing/held-view';
import type { DossierDocFields } from '../../renderer/src/core/processing/types';

describe('hitTarget', () => {
  it.each([
    [{ id: 'd:D1', kind: 'dossier', dossierId: 'D1' }, { kind: 'dossier', dossierId: 'D1' }],
    [{ id: 'd:S1', kind: 'slip', dossierId: 'S1' }, { kind: 'dossier', dossierId: 'S1' }],
    [{ id: 'x:X1', kind: 'doc', dossierId: 'D1' }, { kind: 'dossier', dossierId: 'D1', docId: 'X1' }],
    [{ id: 'b:B1', kind: 'box' }, { kind: 'box', boxId: 'B1' }],
    // Nothing to open: a document without its dossier, a box hit of another shape.
    [{ id: 'x:X2', kind: 'doc' }, undefined],
    [{ id: 'B1', kind: 'box' }, undefined],
  ] as const)('%j opens %j', (hit, target) => {
    expect(hitTarget(hit)).toEqual(target);
  });
});

const dossier = (fields: Partial<Dossier>) => ({ id: 'D1', origin: 'U1', deleted: false, notation: '01.TH', title: 'Hồ sơ', status: 'open', source: 'plan', fileNumber: 1, inventoryNumber: 1, ...fields }) as unknown as Dossier;
const doc = (id: string, position: number, fields: Partial<DossierDocFields> & { deleted?: boolean } = {}) =>
  ({ id, position, dossierId: 'D1', unitId: 'U1', fondsId: 'F1', number: `${position}/TB`, author: 'UBND xã', summary: `Văn bản ${id}`, note: '', deleted: false, ...fields }) as DossierDocFields & { id: string; deleted: boolean };

describe('heldDossierView', () => {
  const entry: LinkedEntry = { number: '215/STNMT', date: '2025-03-01', author: 'Sở TNMT', summary: 'Công văn rà soát' };
  const linked = (d: DossierDocFields) => (d.incomingDocId === 'E1' ? entry : undefined);
  const docs = [doc('X3', 3, { date: '2025-08-01', sheetFrom: 6, sheetTo: 9 }), doc('X1', 1, { date: '2025-02-01', sheetFrom: 1, sheetTo: 3 }), doc('X2', 2, { incomingDocId: 'E1', sheetFrom: 4, sheetTo: 5 }), doc('X4', 4, { deleted: true, sheetFrom: 10, sheetTo: 20 })];

  it('lists the documents in their order, a linked one as its entry reads, one taken out left out', () => {
    const view = heldDossierView(dossier({}), undefined, docs, linked);
    expect(view.docs.map((r) => [r.id, r.ordinal, r.number, r.summary, r.linked])).toEqual([
      ['X1', 1, '1/TB', 'Văn bản X1', false],
      ['X2', 2, '215/STNMT', 'Công văn rà soát', true],
      ['X3', 3, '3/TB', 'Văn bản X3', false],
    ]);
    expect(view.totals).toMatchObject({ documents: 3, sheets: 9 });
  });

  it('gives what the documents say of a file whose figures are unwritten, not of a closed one', () => {
    expect(heldDossierView(dossier({}), undefined, docs, linked).listed).toEqual({ startDate: '2025-02-01', endDate: '2025-08-01', startPrecision: 'day', endPrecision: 'day', sheetCount: 9 });
    expect(heldDossierView(dossier({ status: 'closed', startDate: '2025-01-01', endDate: '2025-12-31', sheetCount: 9 }), undefined, docs, linked)).not.toHaveProperty('listed');
  });

  it('shows its box while it is live', () => {
    const box = { id: 'B1', origin: 'U1', deleted: false, number: 2 } as unknown as Box;
    expect(heldDossierView(dossier({}), box, [], linked).box).toBe(box);
    expect(heldDossierView(dossier({}), { ...box, deleted: true }, [], linked)).not.toHaveProperty('box');
  });
});

describe('boxFileOrder', () => {
  it('by number, unnumbered last, then by notation', () => {
    const files = [{ fileNumber: 4, notation: '04.TH' }, { notation: 'PT 2' }, { fileNumber: 2, notation: '02.TH' }, { notation: 'PT 1' }] as Pick<Dossier, 'fileNumber' | 'notation'>[];
    expect([...files].sort(boxFileOrder).map((f) => f.notation)).toEqual(['02.TH', '04.TH', 'PT 1', 'PT 2']);
  });
});
