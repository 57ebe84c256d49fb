// The handover record of an import, rendered with the embedded Tinos fonts: the
// Vietnamese text and the fingerprint words come back intact and the fonts are embedded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectTinosOnly, pdfText, renderPdfBytes } from '../helpers/pdf';
import { importReceiptDefinition } from '../../renderer/src/pdf/definitions/import-receipt';
import { vietnameseDateLine } from '../../renderer/src/pdf/definitions/common';

describe('handover record PDF', () => {
  it('prints the Vietnamese receipt with the sender fingerprint, in embedded Tinos', async () => {
    const words = ['cuộn', 'cuốc', 'hũ', 'hào', 'ổi', 'ấm', 'lạc', 'liềm', 'hành', 'cốc'];
    const bytes = await renderPdfBytes(importReceiptDefinition({
      receiver: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 0, 5),
      files: [{ name: '12345_2026-01-05_1.luutru.json', senderName: 'Ủy ban nhân dân xã Thụy Hải', senderCode: '12345', sequence: '1', fingerprintWords: words, status: 'Đã nhập' }],
      tables: [['Văn bản đến', 1250, 0, 0, 1, 0], ['Phông', 1, 0, 0, 0, 0]],
      applied: true,
    }));
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-pdf-')), 'bien-ban.pdf');
    writeFileSync(file, bytes);
    const text = pdfText(file);
    expect(text).toContain('BIÊN BẢN GIAO NHẬN DỮ LIỆU');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Ủy ban nhân dân xã Thụy Hải');
    expect(text).toContain('Hưng Yên, ngày 05 tháng 01 năm 2026');
    expect(text).toContain(words.join(' · '));
    expect(text).toContain('1.250');
    expectTinosOnly(file);
  });

  it('a file that could not be read names no sender (no empty brackets), and its long refusal reads whole', async () => {
    const refusal = 'Tệp này không phải gói dữ liệu của Lưu trữ xã hoặc đã bị hỏng. Hãy xin đơn vị gửi xuất lại gói và chép lại vào USB.';
    const bytes = await renderPdfBytes(importReceiptDefinition({
      receiver: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 0, 5),
      files: [
        { name: 'anh-chup-so-den.json', senderName: '', senderCode: '', sequence: '', fingerprintWords: [], status: refusal },
        { name: '23456_2026-01-05_2.luutru.json', senderName: 'Ủy ban nhân dân xã Thụy Trình', senderCode: '', sequence: '2', fingerprintWords: [], status: 'Đã nhập' },
      ],
      tables: [],
      applied: false,
    }));
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-pdf-')), 'bien-ban-loi.pdf');
    writeFileSync(file, bytes);
    const text = pdfText(file);
    expect(text).not.toContain('()');
    expect(text).toContain('—');
    expect(text.replace(/\s+/g, ' ')).toContain(refusal);
    // The result column reads as sentences: several words a line as laid out on the page (it was one word a line).
    const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(layout).toMatch(/Tệp này không phải/);
  });

  it('dates the record at the receiver’s place, as the other printed forms do', async () => {
    // The import panel gives the receiver without a place: the record takes it from the name.
    const bytes = await renderPdfBytes(importReceiptDefinition({
      receiver: { name: 'Trung tâm Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: '' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 10, 25),
      files: [],
      tables: [],
      applied: false,
    }));
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-pdf-')), 'bien-ban-noi.pdf');
    writeFileSync(file, bytes);
    writeFileSync('/tmp/luutru-handover.pdf', bytes);
    expect(pdfText(file)).toContain('Hưng Yên, ngày 25 tháng 11 năm 2026');
  });

  it('writes dates as NĐ 30 requires', () => {
    expect(vietnameseDateLine('Thụy Hải', new Date(2026, 1, 9))).toBe('Thụy Hải, ngày 09 tháng 02 năm 2026');
    expect(vietnameseDateLine('', new Date(2026, 10, 25))).toBe('ngày 25 tháng 11 năm 2026');
  });
});
