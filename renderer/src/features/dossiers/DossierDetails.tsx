/**
 * A dossier's description as its drawer shows it, read-only: notation, heading, title, retention, keeper, period and
 * sheets (from the listed documents while the file is not closed: `figures`), status, number, box and place, note, the
 * handovers. Taking plain data, it serves the app's drawer (DossierDrawer) and the province archive server's
 * (features/processing/HeldViews.tsx) alike.
 */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../core/format';
import type { Dossier } from '../../core/dossiers/types';
import { dossierStatus, isUnnumberedSlip } from '../../core/dossiers/rules';
import { retentionLabel, statusLabel } from './retention-label';
import { FromDocuments, type Figure } from './FromDocuments';

/** `boxLabel`: its box as the Dossiers page names it; `boxPlace`: where the box stands, as a row of its own (archive search gives it). */
export function DossierDetails({ dossier, figures, boxLabel, boxPlace }: { dossier: Dossier; figures: { period: Figure; sheets: Figure }; boxLabel?: string; boxPlace?: string }) {
  const { t } = useTranslation();
  /** A processing job's slip not numbered yet (the list says "Phiếu tin số N (chỉnh lý)"). */
  const slip = isUnnumberedSlip(dossier) && !dossier.deleted;
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 190 } }}>
      <Descriptions.Item label={t('dossiers.notation')}>{dossier.notation}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.heading')}>{dossier.heading}</Descriptions.Item>
      {dossier.subheading && <Descriptions.Item label={t('dossiers.subheading')}>{dossier.subheading}</Descriptions.Item>}
      <Descriptions.Item label={t('dossiers.title')}>{dossier.title}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.retention')}>
        {retentionLabel(t, dossier.retention)}
        {dossier.retentionBasis && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('retention.basisShown', { basis: dossier.retentionBasis })}</Typography.Text>}
        {dossier.expiresYear !== undefined && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('retention.keptThrough', { year: dossier.expiresYear })}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('dossiers.keeper')}>{dossier.keeper}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.period')}>
        <FromDocuments figure={figures.period} testId="period-listed" />
      </Descriptions.Item>
      <Descriptions.Item label={t('dossiers.sheetCount')}>
        <FromDocuments figure={figures.sheets} testId="sheets-listed" />
      </Descriptions.Item>
      {/* Typed when the file was closed, and printed where the certificate's wording asks for it: shown, not only kept. */}
      {dossier.pageCount !== undefined && <Descriptions.Item label={t('dossiers.pageCount')}>{dossier.pageCount}</Descriptions.Item>}
      {/* A processing job's slip not numbered yet is no dossier being made ("Đang lập"): said as the list says it. */}
      <Descriptions.Item label={t('dossiers.status')}>{statusLabel(t, dossier)}{/* The day it was closed, beside "Đã kết thúc" only: beside "Đã nộp lưu" it read as the deposit's day. */}{!slip && dossier.closedAt && dossierStatus(dossier) === 'closed' ? ` (${formatDate(dossier.closedAt)})` : ''}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.fileNumber')}>{dossier.fileNumber !== undefined ? t('dossiers.fileNumberValue', { inventory: dossier.inventoryNumber, number: dossier.fileNumber }) : t('dossiers.notNumbered')}</Descriptions.Item>
      <Descriptions.Item label={t('dossiers.box')}>{boxLabel ?? ''}</Descriptions.Item>
      {boxPlace && <Descriptions.Item label={t('dossiers.boxPlace')}>{boxPlace}</Descriptions.Item>}
      <Descriptions.Item label={t('dossiers.note')}>{dossier.note}</Descriptions.Item>
      {/* A file that went on from the unit's lưu trữ hiện hành to the historical archive: both handovers. */}
      {dossier.currentDepositedAt && <Descriptions.Item label={t('deposit.depositedCurrent')}>{formatDate(dossier.currentDepositedAt)}</Descriptions.Item>}
      {dossier.depositedAt && <Descriptions.Item label={t('deposit.deposited')}>{formatDate(dossier.depositedAt)}</Descriptions.Item>}
      {dossier.destroyedAt && <Descriptions.Item label={t('appraisal.destroyedLabel')}>{t('appraisal.destroyedValue', { date: formatDate(dossier.destroyedAt), number: dossier.destructionDecisionNumber ?? '', decisionDate: formatDate(dossier.destructionDecisionDate) })}</Descriptions.Item>}
    </Descriptions>
  );
}
