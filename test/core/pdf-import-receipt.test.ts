// The handover record of an import, rendered with the embedded Tinos fonts: the
// Vietnamese text and the fingerprint words come back intact and the fonts are embedded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectTinosOnly, pdfText, renderPdfBytes } from '../helpers/pdf';
import { importReceiptDefinition } from '../../renderer/src/pdf/definitions/import-receipt';
import { keyFingerprintDefinition } from '../../renderer/src/pdf/definitions/key-fingerprint';
import { heading, heldDateLine, vietnameseDateLine } from '../../renderer/src/pdf/definitions/common';

describe('handover record PDF', () => {
  it('prints the Vietnamese receipt with the sender fingerprint, in embedded Tinos', async () => {
    const words = ['cuộn', 'cuốc', 'hũ', 'hào', 'ổi', 'ấm', 'lạc', 'liềm', 'hành', 'cốc'];
    const bytes = await renderPdfBytes(importReceiptDefinition({
      receiver: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 0, 5, 14, 5),
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
    // Numbered by hand, made at a time and place, the giver named by hand, as a biên bản is.
    expect(text).toContain('Số: ……/BB-……');
    expect(text).toContain('Hôm nay, vào hồi 14 giờ 05 phút, ngày 05 tháng 01 năm 2026, tại Lưu trữ lịch sử tỉnh Hưng Yên, chúng tôi gồm:');
    expect(text).toMatch(/Người giao: …+ Chức vụ: …+/);
    expect(text).toContain(words.join(' · '));
    expect(text).toContain('1.250');
    expectTinosOnly(file);
  });

  it('a draft for a key confirmed from the unit’s paper says in the words’ cell why they are not printed', async () => {
    const bytes = await renderPdfBytes(importReceiptDefinition({
      receiver: { name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: 'Sở Nội vụ tỉnh Hưng Yên', place: 'Hưng Yên' },
      operator: 'Trần Văn Bình',
      date: new Date(2026, 0, 5),
      files: [{ name: '12345_2026-01-05_4.luutru.json', senderName: 'Ủy ban nhân dân xã Thụy Hải', senderCode: '12345', sequence: '4', fingerprintWords: [], fingerprintNote: 'Không in: đối chiếu 10 từ trên giấy có chữ ký của đơn vị gửi', status: 'Chờ xác nhận khóa' }],
      tables: [['Văn bản đến', 1250, 0, 0, 0, 0]],
      applied: false,
    }));
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-pdf-')), 'bien-ban-nhap.pdf');
    writeFileSync(file, bytes);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Không in: đối chiếu 10 từ trên giấy có chữ ký của đơn vị gửi');
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
    // No file counted: the counts table says so (it was a row of headings to sign under).
    expect(text).toContain('Chưa có số liệu: chưa tệp nào qua được kiểm tra để đếm bản ghi (xem cột Kết quả ở mục 1).');
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
    expect(pdfText(file)).toContain('Hưng Yên, ngày 25 tháng 11 năm 2026');
  });

  it('writes dates as NĐ 30 requires', () => {
    expect(vietnameseDateLine('Thụy Hải', new Date(2026, 1, 9))).toBe('Thụy Hải, ngày 09 tháng 02 năm 2026');
    expect(vietnameseDateLine('', new Date(2026, 10, 25))).toBe('ngày 25 tháng 11 năm 2026');
  });

  it('the heading keeps its date whole on one line, however long the place (it broke "… năm / 2026")', async () => {
    expect(heldDateLine('Thụy Hải', new Date(2026, 11, 5))).toBe('Thụy Hải, ngày\u00a005\u00a0tháng\u00a012\u00a0năm\u00a02026');
    const place = 'Nghĩa Hưng Đông Nam Trực';
    const file = join(mkdtempSync(join(tmpdir(), 'luutru-heading-')), 'heading.pdf');
    writeFileSync(file, await renderPdfBytes({ pageSize: 'A4', content: [heading('Ủy ban nhân dân tỉnh Nam Định', `Ủy ban nhân dân xã ${place}`, place, new Date(2026, 11, 5))] }));
    const lines = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
    expect(lines.some((l) => /(ngày|tháng|năm)$/.test(l))).toBe(false);
    expect(lines.some((l) => /năm 2026$/.test(l))).toBe(true);
  });
});

describe('fingerprint paper PDF', () => {
  it('gives the ten words in order, the numbers, and the place for the head’s signature and stamp, in embedded Tinos', async () => {
    const words = ['cuộn', 'cuốc', 'hũ', 'hào', 'ổi', 'ấm', 'lạc', 'liềm', 'hành', 'cốc'];
    const input = {
      unit: { name: 'Ủy ban nhân dân xã Thụy Hải', parentName: 'Ủy ban nhân dân tỉnh Hưng Yên', place: 'Thụy Hải', adminCode: '12345' },
      operator: 'Nguyễn Thị Lan',
      date: new Date(2026, 11, 5),
      words,
      hex: '3F2A 91BC 0D11 7E55 A0C3',
      decimal: '16170 37308 03345 32341 41155',
    };
    const dir = mkdtempSync(join(tmpdir(), 'luutru-pdf-'));
    const file = join(dir, 'van-tay.pdf');
    writeFileSync(file, await renderPdfBytes(keyFingerprintDefinition({ ...input, recovered: false })));
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('GIẤY XÁC NHẬN DẤU VÂN TAY KHÓA KÝ DỮ LIỆU');
    expect(text).toContain('Đơn vị: Ủy ban nhân dân xã Thụy Hải (mã đơn vị hành chính 12345).');
    expect(text).toContain('Thụy Hải, ngày 05 tháng 12 năm 2026');
    // Numbered in two columns: 1–5 on the left, 6–10 on the right, each number before its word.
    words.forEach((w, i) => expect(text).toContain(`${i + 1}. ${w}`));
    expect(text).toContain('3F2A 91BC 0D11 7E55 A0C3');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN (Ký, ghi rõ họ tên, đóng dấu)');
    // The office's signer from the settings, by name.
    const signedFile = join(dir, 'van-tay-ky.pdf');
    writeFileSync(signedFile, await renderPdfBytes(keyFingerprintDefinition({ ...input, unit: { ...input.unit, head: { title: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Trần Văn Bình' } }, recovered: false })));
    expect(pdfText(signedFile).replace(/\s+/g, ' ')).toMatch(/TM\. ỦY BAN NHÂN DÂN CHỦ TỊCH \(Ký, ghi rõ họ tên, đóng dấu\) .*Trần Văn Bình/);
    expectTinosOnly(file);
    const recovered = join(dir, 'van-tay-khoi-phuc.pdf');
    writeFileSync(recovered, await renderPdfBytes(keyFingerprintDefinition({ ...input, recovered: true })));
    expect(pdfText(recovered).replace(/\s+/g, ' ')).toContain('khóa ký trên máy cũ đã mất');
  });
});
