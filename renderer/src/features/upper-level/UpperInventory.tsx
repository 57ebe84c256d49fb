/**
 * The consolidated inventory (mục lục hồ sơ tổng hợp) at the upper level: every received
 * unit's numbered dossiers, or one unit's, each fonds and inventory as its own section with
 * its own numbers, printed as one PDF shown in the print preview.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../core/format';
import { useSession } from '../../db/context';
import { errorMessage } from '../../i18n';
import { renderPdfJob } from '../../pdf/pdf-client';
import { usePrintPdf } from '../../hooks/usePrintPdf';
import { numberRange } from '../../core/registers/numbering';
import { useUpperApi } from '../../upper-api/context';
import type { OriginOverview } from '../../upper-api/types';
import { UnitPicker } from '../../components/UnitPicker';

/** Prints the consolidated inventory, of every unit or of one (`chosen`, its preview titled by `name`, else its own), in the print preview. */
export function useInventoryPrint() {
  const { t } = useTranslation();
  const api = useUpperApi();
  const session = useSession();
  const printPdf = usePrintPdf();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = async (chosen?: OriginOverview, name = chosen?.name) => {
    setBusy(true);
    try {
      const { unit, sections } = await api.inventory(chosen?.unitId);
      const years = numberRange(sections.flatMap((s) => [s.fromYear, s.toYear]))!;
      const data = await renderPdfJob({
        kind: 'dossier-inventory',
        input: {
          unit,
          fromYear: years.min,
          toYear: years.max,
          sections: sections.map((s) => ({ heading: s.heading, rows: s.rows, deposited: s.deposited })),
          // One unit's is not a consolidated one: its sections name the unit and its fonds.
          options: { title: chosen ? 'MỤC LỤC HỒ SƠ' : 'MỤC LỤC HỒ SƠ TỔNG HỢP', date: new Date(), preparer: session.operator },
        },
      });
      await printPdf(chosen ? t('upper.inventoryOf', { name }) : t('upper.inventoryTitle'), `${chosen ? `muc-luc-ho-so-${chosen.adminCode}` : 'muc-luc-tong-hop'}-${isoDate(new Date())}.pdf`, data);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return { print, busy };
}

/**
 * `units`: the page's names of its units (`unitNamesById`), the picker's as the search's: two units of one name and code
 * told apart by the end of their ids (it named them "… (12345)" alike); none chosen, every unit's.
 */
export function UpperInventory({ rows, units }: { rows: readonly OriginOverview[]; units: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string>();
  const { print, busy } = useInventoryPrint();
  const received = useMemo(() => new Map(rows.map((r) => [r.unitId, units.get(r.unitId) ?? r.name])), [rows, units]);
  return (
    <Card title={t('upper.inventoryTitle')}>
      <Typography.Paragraph type="secondary">{t('upper.inventoryHelp')}</Typography.Paragraph>
      <Space wrap>
        <UnitPicker units={received} ariaLabel={t('upper.inventoryUnit')} value={unitId} onChange={setUnitId} testId="upper-inventory-unit" />
        <Button type="primary" onClick={() => void print(rows.find((r) => r.unitId === unitId), unitId === undefined ? undefined : received.get(unitId))} loading={busy} data-testid="print-consolidated-inventory">{t('upper.inventoryPrint')}</Button>
      </Space>
    </Card>
  );
}
