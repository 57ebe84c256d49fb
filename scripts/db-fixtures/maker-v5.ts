// Schema v5 (bb783e9, dossiers): the v4 registers plus a file plan of 2025 — dossiers closed, numbered, boxed — and a processing job.
import { openDb } from '../renderer/src/db/schema';
import { completeSetup, listFonds } from '../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../renderer/src/db/repositories/register-repository';
import { registerIncoming } from '../renderer/src/db/repositories/entry-repository';
import { boxNumberedDossiers, closeDossier, numberDossiers, saveDossier, saveProcessingJob } from '../renderer/src/db/repositories/dossier-repository';
import { NOW, TODAY, expose, incomingInputs, setupInput } from './common';

const PLAN = [
  ['I. TỔNG HỢP', 'TH', 'Hồ sơ hội nghị tổng kết công tác năm 2025 của UBND xã', 'permanent'],
  ['I. TỔNG HỢP', 'TH', 'Tập quyết định của Chủ tịch UBND xã năm 2025', 'permanent'],
  ['II. VĂN PHÒNG - THỐNG KÊ', 'VPTK', 'Hồ sơ về công tác văn thư, lưu trữ năm 2025', 10],
  ['II. VĂN PHÒNG - THỐNG KÊ', 'VPTK', 'Tập công văn trao đổi về chuyển đổi số năm 2025', 5],
  ['III. TƯ PHÁP - HỘ TỊCH', 'TPHT', 'Hồ sơ giải quyết đơn thư của công dân thôn Đông năm 2025', 20],
  ['IV. ĐỊA CHÍNH - XÂY DỰNG', 'ĐCXD', 'Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ năm 2025', 70],
] as const;

expose(async () => {
  try {
    await make();
  } catch (e) {
    throw new Error(`${String(e)} ${JSON.stringify((e as { issues?: unknown }).issues ?? '')}`);
  }
});

async function make() {
  const db = await openDb();
  const unit = await completeSetup(db, setupInput as never, NOW);
  const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  const fonds = (await listFonds(db, unit.id))[0]!;
  const inReg = (await ensureYearRegisters(db, session, 2026, NOW)).find((r) => r.kind === 'incoming')!;
  for (const d of incomingInputs(20, 7)) await registerIncoming(db, session, inReg.id, d as never, { today: TODAY, confirmDuplicate: true });
  const ids: string[] = [];
  const count = new Map<string, number>();
  for (const [heading, code, title, retention] of PLAN) {
    const n = (count.get(code) ?? 0) + 1;
    count.set(code, n);
    const d = await saveDossier(db, session, { unitId: unit.id, fondsId: fonds.id, year: 2025, heading, headingCode: code, notation: `${String(n).padStart(2, '0')}.${code}`, title, retention, keeper: 'Nguyễn Thị Lan', status: 'open', access: 'open', language: 'Tiếng Việt', condition: '', note: '', source: 'plan' } as never);
    ids.push(d.id);
  }
  for (const [i, id] of ids.slice(0, 5).entries()) await closeDossier(db, session, id, { sheetCount: 30 + i * 17, startDate: `2025-0${i + 1}-05`, endDate: `2025-1${i % 3}-20` }, TODAY);
  await numberDossiers(db, session, { fondsId: fonds.id, ids: ids.slice(0, 5), order: 'heading-time', inventories: { permanent: 1, fixedTerm: 2 } });
  await boxNumberedDossiers(db, session, fonds.id, 60);
  await saveProcessingJob(db, session, { unitId: unit.id, fondsId: fonds.id, name: 'Chỉnh lý tài liệu tồn đọng giai đoạn 2010-2015', receivedMetres: 8, processedMetres: 3.5, discardedMetres: 0.5, status: 'open', startDate: '2026-02-01', note: '' } as never);
  db.close();
}
