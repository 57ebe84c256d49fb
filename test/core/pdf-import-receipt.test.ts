// The handover record of an import, rendered with the embedded Tinos fonts: the
// Vietnamese text and the fingerprint words come back intact and the fonts are embedded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pdfmake from 'pdfmake';
import { renderPdf, type FontBytes, type PdfMakeLike } from '../../renderer/src/pdf/render';
import { importReceiptDefinition } from '../../renderer/src/pdf/definitions/import-receipt';
import { vietnameseDateLine } from '../../renderer/src/pdf/definitions/common';

const font = (f: string) => new Uint8Array(readFileSync(join('assets/fonts', f)));
const fonts: FontBytes = { regular: font('Tinos-Regular.ttf'), bold: font('Tinos-Bold.ttf'), italics: font('Tinos-Italic.ttf'), bolditalics: font('Tinos-BoldItalic.ttf') };

describe('handover record PDF', () => {
  it('prints the Vietnamese receipt with the sender fingerprint, in embedded Tinos', async () => {
    const words = ['cuộn', 'cuốc', 'hũ', 'hào', 'ổi', 'ấm', 'lạc', 'liềm', 'hành', 'cốc'];
    const bytes = await renderPdf(pdfmake as unknown as PdfMakeLike, importReceiptDefinition({
      receiver: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 0, 5),
      files: [{ name: '12345_2026-01-05_1.luutru.json', senderName: 'Ủy ban nhân dân xã Thụy Hải', senderCode: '12345', sequence: '1', fingerprintWords: words, status: 'Đã nhập' }],
      tables: [['Văn bản đến', 1250, 0, 0, 1, 0], ['Phông', 1, 0, 0, 0, 0]],
      applied: true,
    }), fonts);
    const dir = mkdtempSync(join(tmpdir(), 'luutru-pdf-'));
    const file = join(dir, 'bien-ban.pdf');
    writeFileSync(file, bytes);
    writeFileSync('/tmp/luutru-receipt.pdf', bytes);
    // Table cells wrap; compare with line breaks folded to spaces.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('BIÊN BẢN GIAO NHẬN DỮ LIỆU');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Ủy ban nhân dân xã Thụy Hải');
    expect(text).toContain('Hưng Yên, ngày 05 tháng 01 năm 2026');
    expect(text).toContain(words.join(' · '));
    expect(text).toContain('1.250');
    const fontsOut = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fontsOut).toMatch(/\+Tinos\s.*yes\s+yes\s+yes/);
    expect(fontsOut).not.toMatch(/Times-Roman|Helvetica/);
  });

  it('writes dates as NĐ 30 requires', () => {
    expect(vietnameseDateLine('Thụy Hải', new Date(2026, 1, 9))).toBe('Thụy Hải, ngày 09 tháng 02 năm 2026');
    expect(vietnameseDateLine('', new Date(2026, 10, 25))).toBe('ngày 25 tháng 11 năm 2026');
  });
});
