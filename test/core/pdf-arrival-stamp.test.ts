// Sheets of "ĐẾN" slips (NĐ 30 Phụ lục IV.V), rendered with the embedded Tinos fonts: the
// grid holds 21 slips of 50 × 35 mm on A4 portrait, printing can start mid-sheet, and no text
// ever leaves its slip, however long the unit name or the "Chuyển" line.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrivalStampDefinition, arrivalStampGrid, type ArrivalStampEntry, type ArrivalStampInput } from '../../renderer/src/pdf/definitions/arrival-stamp';
import { fitText, mm, textWidth } from '../../renderer/src/pdf/definitions/common';
import { pick, seededRng, vocab } from '../fixtures/generate';
import { pdfInfo as info, pdfText as text, pdfWriter } from '../helpers/pdf';

const write = pdfWriter('luutru-stamp-');
const render = (name: string, input: ArrivalStampInput) => write(name, arrivalStampDefinition(input));

const slipsOn = (file: string, page: number) => (text(file, page).match(/ĐẾN/g) ?? []).length;

/** Every word box pdftotext finds, per page, in points from the top-left corner. */
function words(file: string): { page: number; x0: number; y0: number; x1: number; y1: number; word: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: { page: number; x0: number; y0: number; x1: number; y1: number; word: string }[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (m) out.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), word: m[5] ?? '' });
  }
  return out;
}

const rng = seededRng(35);
const entries: ArrivalStampEntry[] = Array.from({ length: 25 }, (_, i) => ({
  arrivalNumber: i + 1,
  arrivalDate: `2026-01-${String(5 + (i % 20)).padStart(2, '0')}`,
  recipient: pick(rng, vocab.recipients),
  ...(i % 4 === 0 ? { dossierNotation: '05.VP' } : {}),
}));

describe('ĐẾN slip sheets', () => {
  it('fits 21 slips of 50 × 35 mm on A4 portrait, 20 when the slip stands upright', () => {
    const grid = arrivalStampGrid();
    expect([grid.columns, grid.rows, grid.perSheet]).toEqual([3, 7, 21]);
    expect(grid.width).toBeCloseTo(mm(50));
    expect(grid.height).toBeCloseTo(mm(35));
    // Centred, and clear of the paper edge by at least the margin.
    const last = grid.slots[20]!;
    expect(grid.slots[0]!.x).toBeCloseTo(mm(210) - last.x - grid.width);
    expect(grid.slots[0]!.y).toBeGreaterThanOrEqual(mm(10));
    expect(arrivalStampGrid({ widthMm: 35, heightMm: 50 }).perSheet).toBe(20);
    expect(() => arrivalStampDefinition({ unitName: 'UBND xã', entries, options: { startSlot: 22 } })).toThrow(/từ 1 đến 21/);
    expect(() => arrivalStampGrid({ widthMm: 300 })).toThrow(/lớn hơn khổ giấy/);
  });

  it('prints the slips with the Vietnamese lines intact, 21 to a sheet, in embedded Tinos', async () => {
    const file = await render('den.pdf', { unitName: 'Ủy ban nhân dân xã Thụy Hải', entries });
    writeFileSync('/tmp/luutru-arrival-stamps.pdf', readFileSync(file));
    expect(info(file)).toEqual({ pages: 2, size: '595.28 x 841.89' });
    expect([slipsOn(file, 1), slipsOn(file, 2)]).toEqual([21, 4]);
    const t = text(file, 1);
    expect(t).toContain('ỦY BAN NHÂN DÂN XÃ THỤY HẢI');
    expect(t).toContain('ĐẾN Số: 01 Ngày: 05/01/2026');
    expect(t).toContain(`Chuyển: ${entries[0]!.recipient}`);
    expect(t).toContain('Số và ký hiệu HS: 05.VP');
    expect(t).toMatch(/Số và ký hiệu HS: \.{5,}/);
    const fontsOut = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fontsOut).toMatch(/\+Tinos\s.*yes\s+yes\s+yes/);
    expect(fontsOut).not.toMatch(/Times-Roman|Times-Bold|Helvetica|Courier/);
  });

  it('starts at a chosen slot of a half-used sheet', async () => {
    const file = await render('den-o-19.pdf', { unitName: 'UBND xã Thụy Hải', entries, options: { startSlot: 19 } });
    expect(info(file).pages).toBe(3);
    expect([slipsOn(file, 1), slipsOn(file, 2), slipsOn(file, 3)]).toEqual([3, 21, 1]);
    // Slot 19 is the first of the last row: nothing printed above it on the first sheet.
    const slot19 = arrivalStampGrid().slots[18]!;
    expect(Math.min(...words(file).filter((w) => w.page === 1).map((w) => w.y0))).toBeGreaterThan(slot19.y);
  });

  it('keeps long unit names and long "Chuyển" lines inside their slips', async () => {
    const longName = 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị trấn Diêm Điền, huyện Thái Thụy, tỉnh Thái Bình';
    const longRecipient = 'Chủ tịch UBND xã; Phó Chủ tịch UBND xã; Văn phòng - Thống kê; Địa chính - Xây dựng; Tài chính - Kế toán; Tư pháp - Hộ tịch';
    const many = [...entries.slice(0, 5), { arrivalNumber: 1234, arrivalDate: '2026-12-31', recipient: longRecipient, dossierNotation: '12.ĐCXD-QHSDĐ' }, {}];
    for (const [name, options] of [['den-dai.pdf', {}], ['den-dung.pdf', { widthMm: 35, heightMm: 50 }]] as const) {
      const file = await render(name, { unitName: longName, entries: many, options });
      const grid = arrivalStampGrid(options);
      const found = words(file);
      expect(found.length).toBeGreaterThan(50);
      for (const w of found) {
        const inside = grid.slots.some((s) => w.x0 >= s.x && w.x1 <= s.x + grid.width && w.y0 >= s.y && w.y1 <= s.y + grid.height);
        expect(inside, `"${w.word}" at ${w.x0.toFixed(1)},${w.y0.toFixed(1)} in ${name}`).toBe(true);
      }
      expect(text(file)).toContain('VĂN PHÒNG HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN THỊ TRẤN DIÊM ĐIỀN');
      expect(text(file)).toContain('Số: 1234 Ngày: 31/12/2026');
    }
  });

  it('measures and fits text as the Tinos metrics say', () => {
    expect(textWidth('ĐẾN', 10, true)).toBeCloseTo(7.22 + 6.67 + 7.22, 1);
    expect(textWidth('Thụy Hải', 10)).toBeCloseTo(textWidth('Thuy Hai', 10), 5);
    const fitted = fitText('ỦY BAN NHÂN DÂN XÃ THỤY HẢI', mm(46), 2, 9.5, 5.5, true);
    expect(fitted).toEqual({ text: 'ỦY BAN NHÂN DÂN XÃ THỤY HẢI', fontSize: 9.5 });
    const cut = fitText('x'.repeat(400), 50, 1, 9, 6);
    expect(cut.fontSize).toBe(6);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(textWidth(cut.text, 6)).toBeLessThanOrEqual(50);
  });
});
