/**
 * Chứng từ kết thúc (closing certificate) of a dossier: the sheets counted and numbered from 01
 * to N (in figures and in words), the sheets of the document list, the features of the papers
 * (notes), the date and the preparer's signature. NĐ 30 gives no form (❓ vn-records §1.9), so
 * the wording lives in `lines`, templates an office may change; one certificate per A4 page.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PORTRAIT_MARGINS, heldDateLine } from './common';
import { formatNumber } from '../../core/registers/numbering';
import { agencyBlock, numberToVietnameseWords } from './dossier-inventory';
import { capitalise } from '../../core/text';
import { closingLinesInEffect, fillClosingLine, type ClosingPlaceholder } from '../../core/dossiers/closing-text';

export type ClosingDossier = {
  readonly code: string;
  /** Where a file of the plan (code: its số, ký hiệu) is shelved once numbered: printed "(Phông số 15, mục lục số 1, hồ sơ số 9)", as the cover numbers it. */
  readonly shelved?: { readonly fondsNumber: string; readonly inventoryNumber: number; readonly fileNumber: number };
  readonly title: string;
  readonly sheets?: number;
  /** Pages (Số trang), where the file records them: printed where a line says {pages}. */
  readonly pages?: number;
  /** Sheets of the mục lục văn bản, if any. */
  readonly listSheets?: number;
  readonly features: string;
  /** The day the file was closed (yyyy-mm-dd), printed in words; without it, dots to write it by hand. */
  readonly closedOn?: string;
  readonly preparer: string;
};

export type ClosingCertificateInput = {
  readonly agencyName: string;
  /** The body above the office, on the line over its name (as on the other forms). */
  readonly parentName?: string;
  /** The place before the date ("Thụy Hải, ngày … tháng … năm …"). */
  readonly place?: string;
  readonly dossiers: readonly ClosingDossier[];
  /** The office's wording (core/dossiers/closing-text.ts); none: the usual one. */
  readonly lines?: readonly string[];
};

const DOTS = '…………';

/** What a dossier fills the wording's blanks with (each line is filled from it: `fillClosingLine`). */
function blanksOf(d: ClosingDossier): Partial<Record<ClosingPlaceholder, string>> {
  const sheets = d.sheets !== undefined ? formatNumber(d.sheets) : undefined;
  return {
    ...(sheets ? { sheets, last: sheets, words: capitalise(numberToVietnameseWords(d.sheets!)) } : {}),
    ...(d.pages !== undefined ? { pages: formatNumber(d.pages) } : {}),
    ...(d.listSheets !== undefined ? { listSheets: formatNumber(d.listSheets) } : {}),
    // Nothing recorded: left for the preparer to write after checking the papers (it asserted "không có tờ trùng số, nhảy số", which nobody had checked).
    features: d.features.trim() || `${DOTS}${DOTS}${DOTS}`,
  };
}

function shelvedText({ fondsNumber, inventoryNumber, fileNumber }: NonNullable<ClosingDossier['shelved']>): string {
  return `${fondsNumber ? `Phông số ${fondsNumber}, mục lục số` : 'Mục lục số'} ${inventoryNumber}, hồ sơ số ${fileNumber}`;
}

function certificate(input: ClosingCertificateInput, d: ClosingDossier): Content[] {
  const blanks = blanksOf(d);
  // "Thụy Hải, ngày 05 tháng 12 năm 2026" as the other forms date their signature (NĐ 30 Phụ lục I: a zero before months
  // 1–2 only); without a place the day alone, capitalised.
  const place = input.place?.trim() ?? '';
  const dated = heldDateLine(place, d.closedOn);
  return [
    // The parent body over the office, as on every form's top-left block (the office's name alone stood there).
    agencyBlock({ name: input.agencyName, parentName: input.parentName ?? '' }),
    { text: 'CHỨNG TỪ KẾT THÚC', bold: true, fontSize: 16, alignment: 'center', margin: [0, 12, 0, 4] },
    // Named by its code, where it is shelved under it; a file with no code by where it is shelved.
    { text: `Hồ sơ: ${d.code || (d.shelved ? shelvedText(d.shelved) : DOTS)}`, alignment: 'center', margin: [0, 0, 0, 2] },
    ...(d.code && d.shelved ? [{ text: `(${shelvedText(d.shelved)})`, alignment: 'center', margin: [0, 0, 0, 2] } as Content] : []),
    { text: d.title, italics: true, alignment: 'center', margin: [0, 0, 0, 18] },
    ...closingLinesInEffect(input.lines).map((l): Content => ({ text: fillClosingLine(l, blanks, DOTS), margin: [0, 0, 0, 6], lineHeight: 1.2 })),
    {
      columns: [
        { width: '*', text: '' },
        { width: '55%', alignment: 'center', stack: [{ text: place ? dated : capitalise(dated), italics: true }, { text: 'NGƯỜI LẬP HỒ SƠ', bold: true, margin: [0, 4, 0, 0] }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11 }, { text: d.preparer, bold: true, margin: [0, 56, 0, 0] }] },
      ],
      margin: [0, 18, 0, 0],
    },
  ];
}

export function closingCertificateDefinition(input: ClosingCertificateInput): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: { title: 'Chứng từ kết thúc', author: input.agencyName, creator: 'Lưu trữ xã' },
    content: input.dossiers.length ? input.dossiers.map((d, i): Content => ({ stack: certificate(input, d), ...(i > 0 ? { pageBreak: 'before' as const } : {}) })) : [{ text: 'Chưa chọn hồ sơ nào.', italics: true }],
  };
}
