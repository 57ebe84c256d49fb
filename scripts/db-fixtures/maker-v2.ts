// Schema v2 (f42982b, register stores): setup, a register, its issuing body, 30 incoming and 10 outgoing documents written through writeChanges.
import { openDb } from '../renderer/src/db/schema';
import { completeSetup } from '../renderer/src/db/repositories/unit-repository';
import { writeChanges } from '../renderer/src/db/changes';
import { NOW, expose, incomingInputs, setupInput } from './common';

expose(async () => {
  const db = await openDb();
  const unit = await completeSetup(db, setupInput as never, NOW);
  const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  await writeChanges(db, session, { action: 'register.open' }, ['registers', 'issuingBodies', 'incomingDocs', 'outgoingDocs'], async (c) => {
    const body = c.create('issuingBodies', { unitId: unit.id, name: 'Ủy ban nhân dân xã Thụy Hải', abbreviation: 'UBND', active: true });
    const inReg = c.create('registers', { unitId: unit.id, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026', secret: false, status: 'open', firstNumber: 1, lastNumber: 30, note: '' });
    const outReg = c.create('registers', { unitId: unit.id, kind: 'outgoing', year: 2026, name: 'Sổ đăng ký văn bản đi năm 2026', issuingBodyId: body.id, secret: false, status: 'open', firstNumber: 1, lastNumber: 10, note: '' });
    incomingInputs(30, 2).forEach((d, i) => c.create('incomingDocs', { ...d, registerId: inReg.id, arrivalNumber: i + 1 }));
    incomingInputs(10, 3).forEach((d, i) =>
      c.create('outgoingDocs', { registerId: outReg.id, number: i + 1, notation: 'UBND-VP', documentDate: d.documentDate, typeName: d.typeName, summary: d.summary, signerPosition: 'Chủ tịch', signerName: 'Phạm Văn Hùng', recipients: [d.sender], retainedCopyHolder: 'Lưu: VT', receivedSignature: '', note: '', urgency: 'normal', secrecy: 'none', language: 'Tiếng Việt' }),
    );
  });
  db.close();
});
