/** Shared pieces of printed forms: units, margins (NĐ 30/2020 Phụ lục I), Vietnamese date lines. */
import type { Content } from 'pdfmake/interfaces';

export const mm = (v: number): number => (v * 72) / 25.4;

/** NĐ 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const PORTRAIT_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];

/** "Hưng Yên, ngày 05 tháng 01 năm 2026": days < 10 and months 1–2 take a leading zero (NĐ 30 Phụ lục I). */
export function vietnameseDateLine(place: string, d: Date): string {
  const day = String(d.getDate()).padStart(2, '0');
  const m = d.getMonth() + 1;
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${month} năm ${d.getFullYear()}`;
}

/** The national heading (Quốc hiệu và Tiêu ngữ) beside the agency name. */
export function heading(parentName: string, agencyName: string, place: string, date: Date): Content {
  return {
    columns: [
      {
        width: '42%',
        stack: [
          { text: parentName.toUpperCase(), fontSize: 12, alignment: 'center' },
          { text: agencyName.toUpperCase(), fontSize: 12, bold: true, alignment: 'center' },
        ],
      },
      {
        width: '*',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 12, bold: true, alignment: 'center' },
          { text: 'Độc lập - Tự do - Hạnh phúc', fontSize: 13, bold: true, alignment: 'center' },
          { text: vietnameseDateLine(place, date), italics: true, alignment: 'center', margin: [0, 8, 0, 0] },
        ],
      },
    ],
    margin: [0, 0, 0, 18],
  };
}
