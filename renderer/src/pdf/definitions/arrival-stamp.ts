/**
 * Sheets of "ĐẾN" slips (NĐ 30/2020 Art. 21.1, Phụ lục IV.V) to stick on incoming papers when
 * the engraved stamp is not used, or to print the arrival number into. Phụ lục IV.V gives a
 * 35 mm × 50 mm rectangle; the figure in the decree marks 50 mm along the horizontal edge, and
 * the six lines (with "Số và ký hiệu HS: …") need the width, so a slip is 50 mm wide and 35 mm
 * high unless the caller says otherwise. Slips sit on A4 portrait in a centred grid with gaps
 * to cut along; printing may start at any slot of the first sheet (a half-used sheet).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IncomingDocFields } from '../../core/registers/types';
import { formatDate } from '../../core/format';
import { formatNumber } from '../../core/registers/numbering';
import { fitFontSize, fitText, mm, textWidth, wrapText } from './common';

/** What a slip shows; an incoming document fits as is. Absent fields print as dotted lines to fill by hand. */
export type ArrivalStampEntry = Partial<Pick<IncomingDocFields, 'arrivalNumber' | 'arrivalDate' | 'recipient'>> & {
  /** "Số và ký hiệu HS": the dossier the document goes into, e.g. "05.VP". */
  readonly dossierNotation?: string;
};

export type ArrivalStampOptions = {
  /** Slip size; default 50 mm wide × 35 mm high. */
  readonly widthMm?: number;
  readonly heightMm?: number;
  /** Space left between slips for cutting; default 5 mm. */
  readonly gapMm?: number;
  /** Least distance from the paper edge (printers cannot print to the edge); default 10 mm. */
  readonly marginMm?: number;
  /** First slot to use on the first sheet, 1-based, row by row; default 1. */
  readonly startSlot?: number;
};

export type ArrivalStampInput = {
  /** TÊN CƠ QUAN, TỔ CHỨC, printed in capitals. */
  readonly unitName: string;
  readonly entries: readonly ArrivalStampEntry[];
  readonly options?: ArrivalStampOptions;
};

const A4 = { width: mm(210), height: mm(297) };

export type StampGrid = {
  readonly columns: number;
  readonly rows: number;
  readonly perSheet: number;
  /** Top-left corner of each slot in points, row by row. */
  readonly slots: readonly { readonly x: number; readonly y: number }[];
  readonly width: number;
  readonly height: number;
};

/** How many slips fit on one A4 portrait sheet, and where. */
export function arrivalStampGrid(options: ArrivalStampOptions = {}): StampGrid {
  const width = mm(options.widthMm ?? 50);
  const height = mm(options.heightMm ?? 35);
  const gap = mm(options.gapMm ?? 5);
  const margin = mm(options.marginMm ?? 10);
  const columns = Math.floor((A4.width - 2 * margin + gap) / (width + gap));
  const rows = Math.floor((A4.height - 2 * margin + gap) / (height + gap));
  if (columns < 1 || rows < 1) throw new RangeError('Kích thước phiếu "ĐẾN" lớn hơn khổ giấy A4; hãy giảm kích thước hoặc lề.');
  const left = (A4.width - columns * width - (columns - 1) * gap) / 2;
  const top = (A4.height - rows * height - (rows - 1) * gap) / 2;
  const slots = Array.from({ length: rows * columns }, (_, i) => ({
    x: left + (i % columns) * (width + gap),
    y: top + Math.floor(i / columns) * (height + gap),
  }));
  return { columns, rows, perSheet: rows * columns, slots, width, height };
}

const LINE = 1.11; // Tinos line height (ascender + descender, no gap) per point of size, as pdfmake sets it

/** "Label: value" at the largest size that fits, or "Label: ……" to fill in by hand. */
function field(label: string, value: string, width: number, maxLines: number, size: number): { content: Content; height: number } {
  if (!value.trim()) {
    const fontSize = fitFontSize(`${label} .....`, width, 1, size, 6.5);
    const dots = '.'.repeat(Math.max(3, Math.floor((width * 0.95 - textWidth(`${label} `, fontSize)) / textWidth('.', fontSize))));
    return { content: { text: `${label} ${dots}`, fontSize }, height: fontSize * LINE };
  }
  const fitted = fitText(`${label} ${value.trim()}`, width, maxLines, size, 6.5);
  const lines = wrapText(fitted.text, width * 0.97, fitted.fontSize).length;
  return { content: { text: fitted.text, fontSize: fitted.fontSize }, height: Math.max(1, lines) * fitted.fontSize * LINE };
}

function slip(unitName: string, entry: ArrivalStampEntry, at: { x: number; y: number }, grid: StampGrid): Content[] {
  const pad = mm(1.8);
  const inner = grid.width - 2 * pad;
  // Sizes follow the height (a taller slip has room for bigger text); each line shrinks on its own to fit the width.
  const k = Math.min(1.2, grid.height / mm(35));
  // …but not so big that the longest label, "Số và ký hiệu HS:", no longer fits on one line.
  const base = fitFontSize('Số và ký hiệu HS: 00.XXXX', inner, 1, Math.max(7, 10 * k), 7);
  const upper = unitName.toUpperCase().trim();
  // Two lines down to 7 pt; a very long name then takes three lines down to 5.5 pt, cut only past that.
  const nameMax = Math.min(9.5 * k, base);
  const twoLines = fitText(upper, inner, 2, nameMax, 7, true);
  const name = twoLines.text === upper ? twoLines : fitText(upper, inner, 3, nameMax, 5.5, true);
  const nameHeight = Math.max(1, wrapText(name.text, inner * 0.97, name.fontSize, true).length) * name.fontSize * LINE;

  // "ĐẾN" stands left of Số/Ngày as on the engraved stamp, or above them on a narrow slip.
  const denSize = 1.5 * base;
  const denWidth = textWidth('ĐẾN', denSize, true) + mm(2.5);
  const beside = inner - denWidth >= textWidth('Ngày: 00/00/0000', base) / 0.97;
  const fieldWidth = beside ? inner - denWidth : inner;
  const number = field('Số:', entry.arrivalNumber === undefined ? '' : formatNumber(entry.arrivalNumber), fieldWidth, 1, base);
  const date = field('Ngày:', formatDate(entry.arrivalDate), fieldWidth, 1, base);
  const den: Content = beside
    ? {
        columns: [
          { width: denWidth, text: 'ĐẾN', bold: true, fontSize: denSize, margin: [0, Math.max(0, (number.height + date.height - denSize * LINE) / 2), 0, 0] },
          { width: '*', stack: [number.content, date.content] },
        ],
      }
    : { stack: [{ text: 'ĐẾN', bold: true, fontSize: denSize, alignment: 'center' }, number.content, date.content] };
  const denHeight = beside ? Math.max(denSize * LINE, number.height + date.height) : denSize * LINE + number.height + date.height;

  const dossier = field('Số và ký hiệu HS:', entry.dossierNotation ?? '', inner, 1, base - 0.5);
  // "Chuyển" may name several units: it gets what height is left, up to three lines.
  const room = grid.height - 2 * pad - nameHeight - denHeight - dossier.height - 3 * mm(0.8);
  const transfer =
    [3, 2, 1].map((n) => field('Chuyển:', entry.recipient ?? '', inner, n, base - 0.5)).find((f) => f.height <= room) ??
    field('Chuyển:', entry.recipient ?? '', inner, 1, base - 0.5);

  const blocks = [
    { content: { text: name.text, fontSize: name.fontSize, bold: true, alignment: 'center' } as Content, height: nameHeight },
    { content: den, height: denHeight },
    transfer,
    dossier,
  ];
  // Spread what is left of the height evenly between the blocks.
  const used = blocks.reduce((sum, b) => sum + b.height, 0);
  const spacing = Math.max(0, (grid.height - 2 * pad - used) / (blocks.length + 1));
  const out: Content[] = [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: grid.width, h: grid.height, lineWidth: 0.9, lineColor: 'black' }], absolutePosition: at },
  ];
  let y = at.y + pad + spacing;
  for (const b of blocks) {
    out.push({ absolutePosition: { x: at.x + pad, y }, columns: [{ width: inner, stack: [b.content] }] });
    y += b.height + spacing;
  }
  return out;
}

/** Sheets of ĐẾN slips, one per entry, in order, starting at `startSlot` of the first sheet. */
export function arrivalStampDefinition(input: ArrivalStampInput): TDocumentDefinitions {
  const options = input.options ?? {};
  const grid = arrivalStampGrid(options);
  const start = options.startSlot ?? 1;
  if (!Number.isInteger(start) || start < 1 || start > grid.perSheet) {
    throw new RangeError(`Ô bắt đầu phải từ 1 đến ${grid.perSheet} (mỗi tờ có ${grid.perSheet} phiếu "ĐẾN").`);
  }
  const content: Content[] = [];
  input.entries.forEach((entry, i) => {
    const slot = start - 1 + i;
    const at = grid.slots[slot % grid.perSheet];
    if (!at) return;
    // A flowing (empty) node moves to the next sheet; the absolute slips follow it there.
    if (slot > 0 && slot % grid.perSheet === 0) content.push({ text: '', pageBreak: 'before' });
    content.push(...slip(input.unitName, entry, at, grid));
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Phiếu dấu "ĐẾN"', author: input.unitName, creator: 'Lưu trữ xã' },
    content: content.length > 0 ? content : [{ text: '' }],
  };
}
