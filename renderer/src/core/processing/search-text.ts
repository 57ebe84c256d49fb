/**
 * What search finds a slip, a dossier, a document inside a dossier and a box by (the search
 * index folds it: marks ignored, đ → d). A dossier is found by its numbers as people say them
 * ("phiếu 12", "hồ sơ số 7", "hộp 3"), its title, heading, period, notes; a box by its number and
 * its shelf place ("kho 1 giá 2 tầng 4"); a document by its number, author and summary, and its
 * file's inventory and box numbers ("ML 2 hộp 2 quyết định").
 */
import type { Box, Dossier } from '../dossiers/types';
import { formatPeriod } from './period';
import { foldText } from '../text';
import { boxNumberText } from '../dossiers/inventory';

const PLACE_PARTS = ['store', 'rack', 'bay', 'shelf'] as const;
export type PlacePart = (typeof PLACE_PARTS)[number];

/** The parts of a shelf place as the forms name them (what search rows and the journal say). */
export const PLACE_NAMES: Readonly<Record<PlacePart, string>> = { store: 'Kho', rack: 'Giá', bay: 'Khoang', shelf: 'Tầng' };

/**
 * A box's shelf place, "Kho số 1 · Giá 2 · Tầng 3": a part typed without its name gets it (a bare
 * "· 3" did not say which part it was) — by the forms' names, or a screen's `labels`; a part typed
 * with its name in another case or without marks ("giá 3", "gia 3") shows the name as the form
 * writes it ("Giá 3"). A part typed with the forms' Vietnamese name keeps it on a screen in another
 * language (not "Rack Giá 2").
 */
export function boxPlace(b: Partial<Pick<Box, PlacePart>>, labels: Readonly<Record<PlacePart, string>> = PLACE_NAMES): string {
  return PLACE_PARTS.filter((k) => b[k])
    .map((k) => {
      const typed = b[k]!.normalize('NFC');
      const named = [labels[k], PLACE_NAMES[k]].map((n) => n.normalize('NFC')).find((name) => startsWithName(typed, name));
      return named ? named + typed.slice(named.length) : `${labels[k]} ${typed}`;
    })
    .join(' · ');
}

/**
 * A numbered file's numbers in a search as typed — "ML 2", "HS 11", "ml2hs11", and as said, "mục lục (số) 2",
 * "hồ sơ số 11" — not after a letter (inside a word) nor, after the number, a digit — taken out of the folded
 * text, the rest left as it was. "hồ sơ 2025" stays words: titles say "hồ sơ".
 */
export function takeFileNumbers(typed: string): { readonly rest: string; readonly inventory?: number; readonly file?: number } {
  const numbers: { inventory?: number; file?: number } = {};
  const rest = foldText(typed).replace(/(?<!\p{L})(ml|hs|muc luc(?: so)?|ho so so)\s*(\d+)(?!\p{N})/gu, (_, kind: string, n: string) => {
    numbers[kind.startsWith('m') ? 'inventory' : 'file'] = Number(n);
    return ' ';
  });
  return { rest, ...numbers };
}

/**
 * A query for the archive index with a file's number asked as the whole word a numbered file holds ("hs1",
 * `dossierSearchText`), an inventory's as the one word its boxes, files and their documents hold ("ml2", inventoryWord),
 * put first so the query's own last word is still read as the start of a word; a number alone is asked whole ("HS 1" is
 * not HS 11). "ML 2 hộp 2" is inventory 2's box 02 (as two words, "ml" and "2", it was whatever held a "2": ML 1's box 02
 * too). Without either number, the query as typed.
 */
export function fileNumbersQuery(query: string): string {
  const { rest, inventory, file } = takeFileNumbers(query);
  if (file === undefined && inventory === undefined) return query;
  const words = [...(inventory !== undefined ? [inventoryWord(inventory)] : []), ...(file !== undefined ? [`hs${file}`] : [])];
  return `${words.join(' ')} ${rest}${rest.trim() ? '' : ' '}`;
}

/** An inventory's number as one word ("ml2"): what its boxes, the files in it and their documents hold, and what a query naming it asks (fileNumbersQuery). */
export function inventoryWord(n: number): string {
  return `ml${n}`;
}

/**
 * A box's number as one word ("hop2", unpadded): what a box and the dossiers standing in it hold, and what a query
 * naming a box asks (boxNumberQuery). As two words, "hộp 2" found whatever held "hộp" and any "2": every box of
 * ML 2, Giá 2, Tầng 2, the boxes 20 to 29 — and box 02 somewhere among them.
 */
export function boxNumberWord(n: number): string {
  return `hop${n}`;
}

/** "hộp 2", "Hộp 02", "hop 2", "hộp số 2", "hop so 02": "hộp" with its marks or none — not "họp", "hợp" — and a number (zeros only: still being typed). */
const BOX_NUMBER = /(?<![\p{L}\p{M}\p{N}])(?:hộp|hop)(?:\s+(?:số|so))?\s*0*([1-9]\d*)(?![\p{L}\p{M}\p{N}])/giu;

/**
 * A query with a box's number asked as the one word its box and the dossiers in it hold (boxNumberWord), put first and
 * asked whole ("hộp 2" is box 02, not 20), the rest as typed (its last word still the start of one). "hộp 0", the
 * start of "hộp 02", stays as typed. Without a box's number, the query as typed.
 */
export function boxNumberQuery(query: string): string {
  const words: string[] = [];
  const rest = query.normalize('NFC').replace(BOX_NUMBER, (_, n: string) => {
    words.push(boxNumberWord(Number(n)));
    return ' ';
  });
  if (words.length === 0) return query;
  return `${words.join(' ')} ${rest}${rest.trim() ? '' : ' '}`;
}

/**
 * What the archive index is asked for a query as typed: a box's number (boxNumberQuery) and a file's (fileNumbersQuery)
 * as the whole words the index holds for them; the province archive's server asks it too (archive/reads.ts archiveHeldFind).
 */
export function archiveQuery(query: string): string {
  return fileNumbersQuery(boxNumberQuery(query));
}

/** Whether `typed` starts with `name` as a word of its own ("Giáo" is not "Giá"), whatever its case and marks. */
function startsWithName(typed: string, name: string): boolean {
  return foldText(typed.slice(0, name.length)) === foldText(name) && !/[\p{L}\p{M}]/u.test(typed.charAt(name.length));
}

export function boxName(b: Pick<Box, 'number' | 'inventoryNumber'>): string {
  const n = boxNumberText(b.number);
  return b.inventoryNumber !== undefined ? `ML ${b.inventoryNumber} · hộp ${n}` : `Hộp ${n}`;
}

/**
 * The words of where a file stands, held by it and by each document in it: its inventory's number and its box's, one word
 * each ("ml2 hop2": inventoryWord, boxNumberWord) — "hộp 2 quyết định" finds the decisions in box 02, "ML 2 hộp 2" inventory
 * 2's box 02. The box's inventory too when the file names another or none (a slip put in a box before it is numbered).
 */
export function shelfWords(d: Pick<Dossier, 'inventoryNumber'>, box?: Pick<Box, 'number' | 'inventoryNumber'>): string {
  const inventories = new Set([d.inventoryNumber, box?.inventoryNumber].filter((n): n is number => n !== undefined));
  return [...[...inventories].map(inventoryWord), ...(box ? [boxNumberWord(box.number)] : [])].join(' ');
}

export function dossierSearchText(d: Dossier, box?: Box): string {
  return [
    d.tempNumber !== undefined ? `phiếu ${d.tempNumber}` : '',
    // As the rows show it ("ML 1 · HS 5") and as people say it.
    // "hs5": the number as one word, asked so by `fileNumbersQuery` ("HS 1" as two words found every "1"); its
    // inventory's "ml1" is among shelfWords below.
    d.fileNumber !== undefined ? `hồ sơ số ${d.fileNumber} mục lục ${d.inventoryNumber ?? ''} ML ${d.inventoryNumber ?? ''} HS ${d.fileNumber} hs${d.fileNumber}` : '',
    d.notation,
    d.title,
    d.heading,
    formatPeriod(d.startDate, d.endDate, d.startPrecision, d.endPrecision),
    d.annotation ?? '',
    d.autographs ?? '',
    d.note,
    d.keeper,
    // "Hộp 04" as printed, and "hộp 4" as typed; "ml1 hop4", as fileNumbersQuery and boxNumberQuery ask them, in shelfWords.
    box ? `${boxName(box)} hộp ${box.number} ${boxPlace(box)}` : '',
    shelfWords(d, box),
  ]
    .filter(Boolean)
    .join(' ');
}

export function boxSearchText(b: Box): string {
  // Its inventory as people say it too ("mục lục 1"), as a dossier's number is found.
  // "ml1 hop2": its inventory's and its own number as fileNumbersQuery and boxNumberQuery ask them.
  const inventory = b.inventoryNumber !== undefined ? ` mục lục ${b.inventoryNumber} ${inventoryWord(b.inventoryNumber)}` : '';
  return `${boxName(b)}${inventory} hộp số ${b.number} ${boxNumberWord(b.number)} ${boxPlace(b)} ${b.note}`;
}

export function docSearchText(doc: { readonly number: string; readonly author: string; readonly summary: string; readonly note: string; readonly date: string }): string {
  return `${doc.number} ${doc.date} ${doc.author} ${doc.summary} ${doc.note}`;
}

/**
 * Words that ask for boxes: "hộp", and the parts of a shelf place ("kho", "giá", "khoang", "tầng":
 * where boxes stand), each with its marks or typed without any — not "họp" (a meeting), "hợp"
 * (hợp đồng), "già" or "tặng", which fold to the same letters.
 */
const BOX_WORDS: ReadonlySet<string> = new Set(['hộp', 'hop', 'kho', 'giá', 'gia', 'khoang', 'tầng', 'tang']);

/**
 * Whether a word of a query as an index holds it (folded, without marks) names a box or where boxes stand ("hop", "kho",
 * "gia", "khoang", "tang"), or is a box's number as one word (boxNumberWord: "hop2").
 */
export function isBoxTerm(folded: string): boolean {
  return (BOX_WORDS.has(folded) && /^[a-z]+$/.test(folded)) || isBoxNumberWord(folded);
}

/** Whether a folded word is a box's number as one word (boxNumberWord: "hop2"). */
export function isBoxNumberWord(folded: string): boolean {
  return /^hop[1-9]\d*$/.test(folded);
}

/** Whether a folded word of a query names an inventory or a file by its number ("ml2", "hs5"; "ml", "hs" while its number is typed). */
export function isFileNumberWord(folded: string): boolean {
  return /^(?:ml|hs)\d*$/.test(folded);
}

/**
 * Whether a query naming a box asks anything of the documents in its files (`terms`: its words as the index is asked them,
 * folded): a word that names no box, place, inventory nor file ("hộp 2 quyết định"). Without one ("hộp 2", "ML 2 hộp 2") its
 * boxes and their files are what is asked, not every document in them (each holds its box's number: shelfWords).
 */
export function asksOfDocuments(terms: readonly string[]): boolean {
  return terms.some((w) => !isBoxTerm(w) && !isFileNumberWord(w));
}

/** Whether a query asks for boxes — by name ("hộp 5") or by where they stand ("kho 1 tầng 3"): their boxes are listed first. */
export function namesBox(query: string): boolean {
  return query.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u).some((w) => BOX_WORDS.has(w));
}
