/**
 * Box labels (nhãn hộp) to cut out and stick on TCVN 9252:2012 boxes: tên phông, phông số,
 * mục lục số, HỘP SỐ with the number large enough to read across the store room, the file
 * numbers and years inside, the retention. The standard's label annex was not found (❓), so
 * the size is an option, 80 × 120 mm (width × height) by default as often quoted. Labels sit
 * on A4 portrait in a centred grid with gaps to cut along, like the ĐẾN slips; printing may
 * start at any slot of a half-used sheet.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { boxNumberText, type BoxContents } from '../../core/dossiers/inventory';
import { arrivalStampGrid, type StampGrid } from './arrival-stamp';
import { fitFontSize, fitText, mm, wrapText, held } from './common';
import { formatNumber } from '../../core/registers/numbering';

/**
 * One label: a box as `boxContents` describes it; a label may name its own inventory, and carry
 * a code (core/processing/job.ts `boxCode`: unit, fonds, inventory, box) printed as a QR code
 * so a phone or scanner in the store room tells which box it is.
 */
export type BoxLabelEntry = BoxContents & { readonly inventoryNumber?: string | number; readonly code?: string };

export type BoxLabelOptions = {
  /** Label size; default 80 mm wide × 120 mm high. */
  readonly widthMm?: number;
  readonly heightMm?: number;
  /** Space left between labels for cutting; default 5 mm. */
  readonly gapMm?: number;
  /** Least distance from the paper edge; default 10 mm. */
  readonly marginMm?: number;
  /** First slot to use on the first sheet, 1-based, row by row; default 1. */
  readonly startSlot?: number;
};

export type BoxLabelInput = {
  /** Tên phông, printed in capitals. */
  readonly fondsName: string;
  readonly fondsNumber?: string | number;
  /** Mục lục số of every label that does not give its own. */
  readonly inventoryNumber?: string | number;
  readonly boxes: readonly BoxLabelEntry[];
  readonly options?: BoxLabelOptions;
};

const A4 = { width: mm(210), height: mm(297) };
const LINE = 1.11; // Tinos line height per point of size, as pdfmake sets it
const DOTS = '……';

/** How many labels fit on one A4 portrait sheet, and where. */
export function boxLabelGrid(options: BoxLabelOptions = {}): StampGrid {
  const widthMm = options.widthMm ?? 80;
  const heightMm = options.heightMm ?? 120;
  const marginMm = options.marginMm ?? 10;
  if (!(widthMm > 0 && heightMm > 0) || mm(widthMm) > A4.width - 2 * mm(marginMm) || mm(heightMm) > A4.height - 2 * mm(marginMm)) {
    throw new RangeError('Kích thước nhãn hộp lớn hơn khổ giấy A4; hãy giảm kích thước nhãn hoặc lề.');
  }
  return arrivalStampGrid({ widthMm, heightMm, gapMm: options.gapMm ?? 5, marginMm });
}

const given = (v: string | number | undefined): string => (v === undefined || String(v).trim() === '' ? DOTS : String(v).trim());

function yearsText(from?: number, to?: number): string {
  if (from === undefined && to === undefined) return `Năm ${DOTS}`;
  if (from === undefined || to === undefined || from === to) return `Năm ${from ?? to}`;
  return `Năm ${from} – ${to}`;
}

type Block = { readonly content: Content; readonly height: number };

/** Centred lines, each at the largest size (≤ its own) at which it fits in `maxLines` lines. */
function lines(items: readonly { text: string; size: number; min?: number; maxLines: number; bold?: boolean }[], width: number, gap: number): Block {
  const stack: Content[] = [];
  let height = 0;
  items.forEach((it, i) => {
    const bold = it.bold ?? false;
    const fitted = fitText(it.text, width, it.maxLines, it.size, Math.min(it.size, it.min ?? 6.5), bold);
    const count = Math.max(1, wrapText(fitted.text, width * 0.97, fitted.fontSize, bold).length);
    stack.push({ text: fitted.text, fontSize: fitted.fontSize, bold, alignment: 'center', margin: [0, i > 0 ? gap : 0, 0, 0] });
    height += count * fitted.fontSize * LINE + (i > 0 ? gap : 0);
  });
  return { content: { stack }, height };
}

function label(input: BoxLabelInput, box: BoxLabelEntry, at: { x: number; y: number }, grid: StampGrid): Content[] {
  // Sizes follow the smaller of the two proportions to 80 × 120 mm; each line shrinks on its own to fit.
  const k = Math.min(grid.width / mm(80), grid.height / mm(120));
  const pad = mm(4) * Math.min(1, k);
  const inner = grid.width - 2 * pad;
  const text = 14 * k;
  const from = box.fromFile ?? box.toFile;
  const to = box.toFile ?? box.fromFile;
  // A box of one file says so ("Từ hồ sơ số 11 đến hồ sơ số 11" read as a misprint).
  const range =
    from === undefined || to === undefined ? `Từ hồ sơ số ${DOTS} đến hồ sơ số ${DOTS}` : from === to ? `Hồ sơ số ${formatNumber(from)}` : `Từ hồ sơ số ${formatNumber(from)} đến hồ sơ số ${formatNumber(to)}`;
  const number = boxNumberText(box.number);
  const numberSize = fitFontSize(number, inner, 1, 72 * k, 12, true);

  // The name on one line if it can stay 10.5 pt (scaled), else two lines, else three, smaller.
  const name = input.fondsName.trim().toUpperCase() || DOTS;
  const nameBlock =
    [
      { maxLines: 1, min: 10.5 * k },
      { maxLines: 2, min: 8 * k },
    ]
      .map((t) => ({ t, fitted: fitText(name, inner, t.maxLines, 13.5 * k, t.min, true) }))
      .find(({ fitted }) => fitted.text === name)?.t ?? { maxLines: 3, min: 6.5 };
  const nameLines = lines([{ text: name, size: 13.5 * k, min: nameBlock.min, maxLines: nameBlock.maxLines, bold: true }], inner, 0);
  const rule = 4 * k;
  const blocks: Block[] = [
    {
      content: { stack: [nameLines.content, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 50 * k, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin: [0, rule, 0, 0] }] },
      height: nameLines.height + rule + 0.6,
    },
    lines(
      [
        { text: `Phông số: ${given(input.fondsNumber)}`, size: text, maxLines: 1 },
        { text: `Mục lục số: ${given(box.inventoryNumber ?? input.inventoryNumber)}`, size: text, maxLines: 1 },
      ],
      inner,
      3 * k,
    ),
    lines(
      [
        { text: 'HỘP SỐ', size: 24 * k, maxLines: 1, bold: true },
        { text: number, size: numberSize, maxLines: 1, bold: true },
      ],
      inner,
      0,
    ),
    lines(
      [
        { text: range, size: text, maxLines: 2 },
        { text: yearsText(box.fromYear, box.toYear), size: text, maxLines: 1 },
        // Each period held whole ("20 năm" broke as "20 / năm" when a mixed box lists several).
        { text: `Thời hạn bảo quản: ${box.retention.trim() ? heldPeriods(box.retention) : DOTS}`, size: text, maxLines: 2 },
      ],
      inner,
      4 * k,
    ),
  ];
  if (box.code) {
    // pdfmake's built-in QR code draws whole points per module (a 41-module code in 90 pt is 2 pt
    // a module, 82 pt wide): room for up to ~45 % of the label's width, for a scanner at arm's length.
    const room = Math.min(inner * 0.45, grid.height * 0.3);
    const modules = 41;
    const size = Math.max(1, Math.floor(room / modules)) * modules;
    blocks.push({ content: { qr: box.code, fit: room, eccLevel: 'M', alignment: 'center' }, height: size });
  }
  // Spread what is left of the height evenly between the blocks.
  const used = blocks.reduce((sum, b) => sum + b.height, 0);
  const spacing = Math.max(0, (grid.height - 2 * pad - used) / (blocks.length + 1));
  const out: Content[] = [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: grid.width, h: grid.height, lineWidth: 0.5, lineColor: 'black' }], absolutePosition: at },
  ];
  let y = at.y + pad + spacing;
  for (const b of blocks) {
    out.push({ absolutePosition: { x: at.x + pad, y }, columns: [{ width: inner, stack: [b.content] }] });
    y += b.height + spacing;
  }
  return out;
}

/** Sheets of box labels, one per box, in order, starting at `startSlot` of the first sheet. */
export function boxLabelsDefinition(input: BoxLabelInput): TDocumentDefinitions {
  const options = input.options ?? {};
  const grid = boxLabelGrid(options);
  const start = options.startSlot ?? 1;
  if (!Number.isInteger(start) || start < 1 || start > grid.perSheet) {
    throw new RangeError(`Ô bắt đầu phải từ 1 đến ${grid.perSheet} (mỗi tờ có ${grid.perSheet} nhãn hộp).`);
  }
  const content: Content[] = [];
  input.boxes.forEach((box, i) => {
    const slot = start - 1 + i;
    const at = grid.slots[slot % grid.perSheet];
    if (!at) return;
    // A flowing (empty) node moves to the next sheet; the absolute labels follow it there.
    if (slot > 0 && slot % grid.perSheet === 0) content.push({ text: '', pageBreak: 'before' });
    content.push(...label(input, box, at, grid));
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Nhãn hộp', author: input.fondsName, creator: 'Lưu trữ xã' },
    content: content.length > 0 ? content : [{ text: '' }],
  };
}

/** A box's periods ("70 năm, 20 năm, Vĩnh viễn"), each held whole on its line (no-break spaces inside each). */
function heldPeriods(retention: string): string {
  return retention.trim().split(/\s*,\s*/).map(held).join(', ');
}
