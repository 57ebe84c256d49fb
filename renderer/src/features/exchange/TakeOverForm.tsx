/**
 * Ghi nhận tiếp nhận phông at a commune: the fonds of a unit whose data it received (a commune it
 * replaced in a merger, a transfer), from which day, on which decision — or a take-over recorded
 * before, corrected. From that day the commune lends that fonds' files (core/duties/loans.ts).
 * The units offered are those it received bundles from; its error is said here, by the form.
 */
import { useState } from 'react';
import { Alert, App, Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitRef } from '../../core/bundle/selection';
import { errorMessage } from '../../i18n';
import { useUpperApi } from '../../upper-api/context';
import { foldedLabelMatch } from '../../components/folded-match';
import { CustodyForm, type CustodyInput } from './CustodyForm';

export type TakeOverUnit = { readonly unitId: string; readonly name: string };

export function TakeOverForm({ self, units, editing, onClose }: { self: UnitRef; units: readonly TakeOverUnit[]; editing?: { readonly unit: TakeOverUnit; readonly input: CustodyInput }; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useUpperApi();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<string | undefined>(editing?.unit.unitId);
  const [error, setError] = useState<string>();
  const unit = editing?.unit ?? units.find((u) => u.unitId === picked);
  // Whose fonds, as the custody record names the unit carried.
  const carried: UnitRef[] = unit ? [{ unitId: unit.unitId, name: unit.name, adminCode: '' }] : [];
  const record = async (v: CustodyInput) => {
    if (!unit) return;
    try {
      await api.recordCustody(self, carried, v);
      void message.success(t('exchange.takeOverDone', { name: unit.name }));
      onClose();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="take-over">
      <Space wrap>
        <label htmlFor="take-over-unit">{t('exchange.takeOverUnit')}</label>
        <Select
          id="take-over-unit"
          autoFocus={!editing}
          disabled={!!editing}
          showSearch={{ filterOption: foldedLabelMatch }}
          style={{ minWidth: 320 }}
          value={unit?.unitId}
          onChange={setPicked}
          placeholder={t('exchange.takeOverUnitPlaceholder')}
          options={(editing ? [editing.unit] : units).map((u) => ({ value: u.unitId, label: u.name }))}
        />
        <Button onClick={onClose}>{t('common.back')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {unit && (
        <CustodyForm
          key={unit.unitId}
          carrier={self}
          carried={carried}
          initial={editing?.input}
          title={t('exchange.takeOverTitle', { carrier: self.name, carried: unit.name })}
          help={t('exchange.takeOverHelp', { carried: unit.name })}
          recordLabel={t('exchange.takeOverRecord')}
          onRecord={record}
        />
      )}
    </Space>
  );
}
