/**
 * A commune's real full export (the app's own export path, fake-indexeddb): an incoming and an
 * outgoing register with generated entries, closed dossiers numbered into two inventories and
 * boxed, and a backlog processing job — for tests that import the same files into the app's
 * IndexedDB and into the province archive's PostgreSQL and compare what each shows.
 */
import { writeChanges } from '../../renderer/src/db/changes';
import { exportBundle } from '../../renderer/src/db/exchange/export';
import { boxNumberedDossiers, closeDossier, numberDossiers, saveDossier, saveProcessingJob } from '../../renderer/src/db/repositories/dossier-repository';
import { listFonds } from '../../renderer/src/db/repositories/unit-repository';
import { newId } from '../../renderer/src/core/ids';
import { generateIncomingDocFields, generateOutgoingDocFields } from '../fixtures/generate-registers';
import { seededRng } from '../fixtures/generate';
import { commune, type TestProfile } from './exchange-units';

export type CommuneExport = { readonly profile: TestProfile; readonly files: { name: string; data: Uint8Array }[] };

export async function communeExport(name: string, code: string, options: { incoming?: number; outgoing?: number; dossiers?: number; seed?: number; discarded?: number } = {}): Promise<CommuneExport> {
  const c = await commune(name, code);
  const rng = seededRng(options.seed ?? 11);
  const inReg = newId();
  const outReg = newId();
  await writeChanges(c.db, c.session, { action: 'test.add' }, ['registers', 'incomingDocs', 'outgoingDocs'], async (ch) => {
    ch.create('registers', { unitId: c.session.unitId, kind: 'incoming', year: 2025, name: 'Sổ đăng ký văn bản đến năm 2025' }, inReg);
    ch.create('registers', { unitId: c.session.unitId, kind: 'outgoing', year: 2025, name: 'Sổ đăng ký văn bản đi năm 2025' }, outReg);
    for (let i = 0; i < (options.incoming ?? 30); i++) ch.create('incomingDocs', { ...generateIncomingDocFields(rng, i, inReg, 2025, { today: '2025-12-31' }) });
    for (let i = 0; i < (options.outgoing ?? 10); i++) ch.create('outgoingDocs', { ...generateOutgoingDocFields(rng, i, outReg, 2025, { today: '2025-12-31' }) });
  });
  const fondsId = (await listFonds(c.db, c.session.unitId))[0]!.id;
  const ids: string[] = [];
  for (let i = 0; i < (options.dossiers ?? 4); i++) {
    const d = await saveDossier(c.db, c.session, {
      unitId: c.session.unitId,
      fondsId,
      year: 2025,
      heading: 'I. TỔNG HỢP',
      headingCode: 'TH',
      notation: `${String(i + 1).padStart(2, '0')}.TH`,
      title: `Hồ sơ về công tác văn thư, lưu trữ của ${name} năm 2025 (tập ${i + 1})`,
      retention: i % 3 === 1 ? 10 : 'permanent',
      keeper: 'Nguyễn Thị Lan',
      status: 'open',
      access: 'open',
      language: 'Tiếng Việt',
      condition: 'Tốt',
      note: '',
      source: 'plan',
      startDate: `2025-0${(i % 9) + 1}-01`,
    });
    await closeDossier(c.db, c.session, d.id, { sheetCount: 120 + i, startDate: `2025-0${(i % 9) + 1}-01`, endDate: '2025-12-20' }, '2026-01-10');
    ids.push(d.id);
  }
  if (ids.length > 0) {
    await numberDossiers(c.db, c.session, { fondsId, ids, order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
    await boxNumberedDossiers(c.db, c.session, fondsId, 250);
  }
  const job = await saveProcessingJob(c.db, c.session, { unitId: c.session.unitId, fondsId, name: 'Chỉnh lý tài liệu tồn đọng 2010–2020', receivedMetres: 12, processedMetres: 4.5, discardedMetres: 0.5, status: 'open', note: '' });
  // Papers the job set aside to discard (a slip marked "Loại ra"): dossier records, not holdings.
  const discarded = options.discarded ?? 0;
  if (discarded > 0)
    await writeChanges(c.db, c.session, { action: 'test.add' }, ['dossiers'], async (ch) => {
      for (let i = 0; i < discarded; i++)
        ch.create('dossiers', { unitId: c.session.unitId, fondsId, year: 2015, heading: '', headingCode: '', notation: '', title: `Tài liệu trùng thừa (phiếu ${i + 1})`, retention: 5, keeper: '', status: 'closed', access: 'open', language: 'Tiếng Việt', condition: '', note: '', source: 'backlog', jobId: job.id, tempNumber: i + 1, position: i + 1, discardReason: 'duplicate', startDate: '2015-01-01', endDate: '2015-12-31' });
    });
  const exp = await exportBundle(c.db, { kind: 'full', operator: c.session.operator, now: new Date('2026-01-15T08:00:00Z') });
  return { profile: c, files: exp.files.map((f) => ({ name: f.name, data: f.data })) };
}
