// Schema v3 (3ca41e5, signed bundles): the v2 data, the unit's signing key, a trusted key of another unit, one full bundle exported.
import { openDb } from '../renderer/src/db/schema';
import { completeSetup } from '../renderer/src/db/repositories/unit-repository';
import { writeChanges } from '../renderer/src/db/changes';
import { exportBundle } from '../renderer/src/db/exchange/export';
import { trustKey } from '../renderer/src/db/exchange/keys';
import { NOW, expose, incomingInputs, setupInput } from './common';

expose(async () => {
  const db = await openDb();
  const unit = await completeSetup(db, setupInput as never, NOW);
  const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  await writeChanges(db, session, { action: 'register.open' }, ['registers', 'issuingBodies', 'incomingDocs'], async (c) => {
    c.create('issuingBodies', { unitId: unit.id, name: 'Ủy ban nhân dân xã Thụy Hải', abbreviation: 'UBND', active: true });
    const inReg = c.create('registers', { unitId: unit.id, kind: 'incoming', year: 2026, name: 'Sổ đăng ký văn bản đến năm 2026', secret: false, status: 'open', firstNumber: 1, lastNumber: 25, note: '' });
    incomingInputs(25, 4).forEach((d, i) => c.create('incomingDocs', { ...d, registerId: inReg.id, arrivalNumber: i + 1 }));
  });
  await trustKey(db, { unitId: 'b1f0c2a4-0000-7000-8000-000000000002', originName: 'Ủy ban nhân dân xã Thụy Trình', jwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, confirmedBy: 'Nguyễn Thị Lan' });
  await exportBundle(db, { kind: 'full', operator: 'Nguyễn Thị Lan', now: NOW });
  db.close();
});
