// The settings' list of space used per table names every table of the database in Vietnamese
// (the archive duties' tables showed as "loans", "loanItems").
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { LuutruDb } from '../../renderer/src/db/schema';
import { tableLabel } from '../../renderer/src/i18n/journal-labels';
import { vi } from '../../renderer/src/i18n/vi';

describe('storage space per table', () => {
  it('names every table of the database for people', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { vi: { translation: vi } }, lng: 'vi', interpolation: { escapeValue: false } });
    const db = new LuutruDb(`labels-${Math.random()}`);
    await db.open();
    try {
      const unnamed = db.tables.map((table) => table.name).filter((name) => tableLabel(i18n.t, name) === name);
      expect(unnamed).toEqual([]);
      expect(tableLabel(i18n.t, 'loanItems')).toBe('Hồ sơ cho khai thác');
      expect(tableLabel(i18n.t, 'foreignBlocks')).toBe('Dữ liệu nhận từ đơn vị khác');
    } finally {
      db.close();
    }
  });
});
