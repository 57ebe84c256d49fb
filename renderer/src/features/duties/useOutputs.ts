/**
 * What the duties screens produce: a PDF rendered in the PDF worker and shown in the print
 * preview (usePrintPdf: print or save from there), or .xlsx bytes through the platform's save
 * dialog, with a message either way. The unit block printed on forms.
 */
import { useState } from 'react';
import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb, useSession } from '../../db/context';
import { errorMessage } from '../../i18n';
import { renderPdfJob } from '../../pdf/pdf-client';
import type { PdfJob } from '../../pdf/jobs';
import { usePlatform } from '../../platform/context';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { getFormUnit, type FormUnit } from '../../db/repositories/unit-repository';

export type { FormUnit };

const NO_UNIT: FormUnit = { name: '', parentName: '', place: '' };

/** This unit as the printed forms name it (agency, parent, place before the date, who signs for it). */
export function useFormUnit(): FormUnit {
  const db = useDb();
  const session = useSession();
  return useLiveQuery(() => getFormUnit(db, session.unitId), [db, session.unitId]) ?? NO_UNIT;
}

export function useOutputs() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { message } = App.useApp();
  const printPdf = usePrintPdf();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const save = async (name: string, kind: 'pdf' | 'xlsx', make: () => Promise<Uint8Array>) => {
    setBusy(true);
    try {
      const data = await make();
      const r = await platform.saveFile({ suggestedName: name, filters: [kind === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }], data });
      if (r.saved) void message.success(t('duties.saved', { file: r.path }));
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    pdf: (job: PdfJob, name: string) => run(async () => printPdf(name.replace(/\.pdf$/, ''), name, await renderPdfJob(job))),
    xlsx: (name: string, make: () => Promise<Uint8Array>) => save(name, 'xlsx', make),
  };
}
