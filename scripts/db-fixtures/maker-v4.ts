// Schema v4 (c640ca8, register indexes): registers opened by the app, 30 incoming and 10 outgoing documents registered through its repositories, one cancelled, a bundle exported.
import { openDb } from '../renderer/src/db/schema';
import { completeSetup } from '../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../renderer/src/db/repositories/register-repository';
import { cancelEntry, registerIncoming, registerOutgoing } from '../renderer/src/db/repositories/entry-repository';
import { exportBundle } from '../renderer/src/db/exchange/export';
import { NOW, TODAY, expose, incomingInputs, setupInput } from './common';

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
  const regs = await ensureYearRegisters(db, session, 2026, NOW);
  const inReg = regs.find((r) => r.kind === 'incoming')!;
  const outReg = regs.find((r) => r.kind === 'outgoing')!;
  let firstId = '';
  for (const d of incomingInputs(30, 5)) {
    const r = await registerIncoming(db, session, inReg.id, d as never, { today: TODAY, confirmDuplicate: true });
    if (r.kind !== 'saved') throw new Error('not saved');
    firstId ||= r.doc.id;
  }
  for (const d of incomingInputs(10, 6)) {
    const r = await registerOutgoing(db, session, outReg.id, { notation: '', documentDate: d.arrivalDate, typeName: d.typeName, summary: d.summary, signerPosition: 'Chủ tịch', signerName: 'Phạm Văn Hùng', recipients: [d.sender, 'Lưu: VT'], retainedCopyHolder: 'Văn phòng', receivedSignature: '', note: '', urgency: 'normal', secrecy: 'none', language: 'Tiếng Việt' } as never, { today: TODAY, confirmDuplicate: true });
    if (r.kind !== 'saved') throw new Error('not saved');
  }
  await cancelEntry(db, session, 'incomingDocs', firstId, 'Đăng ký nhầm sổ');
  await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: NOW });
  db.close();
}
