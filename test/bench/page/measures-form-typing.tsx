/**
 * Typing into the keyboard forms a clerk uses all day: the incoming register's form (sender —
 * a suggestion list —, number, summary), the processing slip (title, period, sheets) and the
 * file plan's dossier form (title, number, note), as
 * mounted in the app, a character at a time: each key is an input event as the browser sends
 * it, timed until React has drawn it and the browser has laid the page out. Baseline, same
 * round, interleaved text by text: the same characters typed into one antd Input alone on the
 * page (what a key costs with nothing else to draw). The ratio is what the form adds to a key.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Input } from 'antd';
import { BenchFrame } from './frame';
import { I18nextProvider } from 'react-i18next';
import { LuutruDb } from '../../../renderer/src/db/schema';
import { DbProvider, SessionProvider } from '../../../renderer/src/db/context';
import { completeSetup, listFonds } from '../../../renderer/src/db/repositories/unit-repository';
import { ensureYearRegisters } from '../../../renderer/src/db/repositories/register-repository';
import { saveJob } from '../../../renderer/src/db/repositories/processing-repository';
import { newId } from '../../../renderer/src/core/ids';
import { IncomingForm } from '../../../renderer/src/features/registers/IncomingForm';
import { SlipForm } from '../../../renderer/src/features/processing/SlipForm';
import { DossierForm } from '../../../renderer/src/features/dossiers/DossierForm';
import { initI18n } from '../../../renderer/src/i18n';
import { thuyHaiSetup } from '../../fixtures/setup-input';
import { median, percentile } from '../stats';
import type { Measure } from './types';

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
const setAreaValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
const nextTask = () => new Promise<void>((ok) => { const c = new MessageChannel(); c.port1.onmessage = () => ok(); c.port2.postMessage(0); });

/** Types `text` into the field `id` a character at a time; the time of each key until drawn and laid out. */
async function typeInto(id: string, text: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= text.length; i++) {
    const el = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!el) throw new Error(`no field #${id}`);
    el.focus();
    const t0 = performance.now();
    (el instanceof HTMLTextAreaElement ? setAreaValue : setValue).call(el, text.slice(0, i));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    void document.body.offsetHeight;
    times.push(performance.now() - t0);
    await nextTask();
  }
  return times;
}

function Bare() {
  const [value, setValueState] = useState('');
  return <Input id="bare-input" value={value} onChange={(e) => setValueState(e.target.value)} autoComplete="off" />;
}

const TEXTS = {
  sender: 'Sở Tài nguyên và Môi trường tỉnh Hưng Yên',
  number: '15/QĐ-UBND',
  summary: 'V/v phê duyệt kế hoạch sử dụng đất năm 2026 của xã Thụy Hải',
  title: 'Tập công văn trao đổi về công tác văn thư, lưu trữ năm 1998',
  period: '3/1998 - 12/1999',
  sheets: '35',
  notation: '07/VP',
  note: 'Hồ sơ lập theo kế hoạch năm 2026',
};

function formTyping(form: 'incoming' | 'slip' | 'dossier'): Measure {
  return {
    name: `form-typing-${form}`,
    unit: 'ms per key (median), the form against one Input alone',
    async run() {
      const name = `bench-form-typing-${form}`;
      await LuutruDb.delete(name);
      const db = new LuutruDb(name);
      await db.open();
      const unit = await completeSetup(db, thuyHaiSetup, new Date(2026, 10, 20));
      const session = { unitId: unit.id, operator: 'Nguyễn Thị Lan' };
      const i18n = await initI18n('vi');
      let app;
      let fields: [string, string][];
      if (form === 'incoming') {
        const register = (await ensureYearRegisters(db, session, 2026, new Date(2026, 10, 20))).find((r) => r.kind === 'incoming')!;
        app = <IncomingForm register={register} held={{}} />;
        fields = [['f-sender', TEXTS.sender], ['f-number', TEXTS.number], ['f-summary', TEXTS.summary]];
      } else if (form === 'dossier') {
        const fondsId = (await listFonds(db, unit.id))[0]!.id;
        app = <DossierForm fondsId={fondsId} year={2026} />;
        fields = [['d-title', TEXTS.title], ['d-notation', TEXTS.notation], ['d-note', TEXTS.note]];
      } else {
        const fondsId = (await listFonds(db, unit.id))[0]!.id;
        const scheme = [{ id: newId(), title: 'Tổng hợp' }];
        const job = await saveJob(db, session, { unitId: unit.id, fondsId, name: 'Đợt chỉnh lý', receivedMetres: 12, processedMetres: 0, discardedMetres: 0, status: 'open', note: '', intakeDate: '2026-01-05', scheme }, '2026-11-20');
        app = <SlipForm job={job} />;
        fields = [['s-title', TEXTS.title], ['s-period', TEXTS.period], ['s-sheets', TEXTS.sheets]];
      }
      const host = document.createElement('div');
      host.style.width = '1366px';
      document.body.appendChild(host);
      const root = createRoot(host);
      root.render(
        <I18nextProvider i18n={i18n}>
          <BenchFrame>
            <DbProvider db={db}>
              <SessionProvider session={session}>
                {app}
                <Bare />
              </SessionProvider>
            </DbProvider>
          </BenchFrame>
        </I18nextProvider>,
      );
      while (!document.getElementById(fields[0]![0])) await nextTask();
      // Warm up once (first renders of each control), then the measured keys, text by text.
      await typeInto(fields[0]![0], 'ab');
      await typeInto('bare-input', 'ab');
      const keys: number[] = [];
      const bare: number[] = [];
      for (let rep = 0; rep < 3; rep++)
        for (const [id, text] of fields) {
          keys.push(...(await typeInto(id, text)));
          bare.push(...(await typeInto('bare-input', text)));
        }
      root.unmount();
      host.remove();
      db.close();
      await LuutruDb.delete(name);
      const r = (v: number) => Math.round(v * 100) / 100;
      return {
        value: r(median(keys)),
        baseline: r(median(bare)),
        extra: { keys: keys.length, p95Ms: r(percentile(keys, 95)), maxMs: r(Math.max(...keys)), baselineP95Ms: r(percentile(bare, 95)), fields: fields.map(([id]) => id).join(', ') },
      };
    },
  };
}

export const formTypingMeasures: Measure[] = [formTyping('incoming'), formTyping('slip'), formTyping('dossier')];
