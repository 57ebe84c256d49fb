// Schema v1 (3bb4769, foundation): setup, a second operator, a second fonds, a draft, the language.
import { openDb } from '../renderer/src/db/schema';
import { addOperator, completeSetup } from '../renderer/src/db/repositories/unit-repository';
import { writeChanges } from '../renderer/src/db/changes';
import { saveDraft } from '../renderer/src/db/repositories/draft-repository';
import { NOW, expose, setupInput } from './common';

expose(async () => {
  const db = await openDb();
  const unit = await completeSetup(db, setupInput as never, NOW);
  const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
  await addOperator(db, session, 'Trần Văn Nam', 'Văn thư');
  await writeChanges(db, session, { action: 'fonds.update' }, ['fonds'], async (c) => {
    await c.put('fonds', { unitId: unit.id, name: 'Phông lưu trữ HĐND xã Thụy Hải', number: '16', status: 'open', startYear: 2025, history: 'Tách từ phông UBND xã' });
  });
  await saveDraft(db, 'setup', { name: 'Ủy ban nhân dân xã Thụy Hải', step: 1 });
  await db.settings.put({ key: 'language', value: 'vi' });
  db.close();
});
