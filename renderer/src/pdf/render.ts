/**
 * The one render module: loads the embedded Tinos fonts (Times-New-Roman metrics,
 * full Vietnamese coverage) into a pdfmake instance and turns a document definition
 * into bytes. pdfmake's built-in Times garbles Vietnamese, so it is never used.
 * The host passes its pdfmake instance (browser build or Node build) and font bytes.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export type FontBytes = { regular: Uint8Array; bold: Uint8Array; italics: Uint8Array; bolditalics: Uint8Array };

/** The part of pdfmake's API we use; the same in its browser and Node builds. */
export type PdfMakeLike = {
  virtualfs: { writeFileSync(name: string, data: string, encoding: 'base64'): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy?(cb: (url: string) => boolean): void;
  setProgressCallback?(cb: ((fraction: number) => void) | undefined): void;
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
};

const loaded = new WeakSet<object>();

/** Font bytes go in as base64, which both of pdfmake's builds turn into their own Buffer type. */
function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** `onProgress` hears the share of the document written (pdfmake's renderer, after layout), 0–1. */
export async function renderPdf(pdfmake: PdfMakeLike, definition: TDocumentDefinitions, fonts: FontBytes, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  if (!loaded.has(pdfmake)) {
    pdfmake.virtualfs.writeFileSync('Tinos-Regular.ttf', toBase64(fonts.regular), 'base64');
    pdfmake.virtualfs.writeFileSync('Tinos-Bold.ttf', toBase64(fonts.bold), 'base64');
    pdfmake.virtualfs.writeFileSync('Tinos-Italic.ttf', toBase64(fonts.italics), 'base64');
    pdfmake.virtualfs.writeFileSync('Tinos-BoldItalic.ttf', toBase64(fonts.bolditalics), 'base64');
    pdfmake.setFonts({ Tinos: { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-BoldItalic.ttf' } });
    // The app never fetches anything from the network, so neither may a PDF.
    pdfmake.setUrlAccessPolicy?.(() => false);
    loaded.add(pdfmake);
  }
  pdfmake.setProgressCallback?.(onProgress);
  try {
    const buffer = await pdfmake.createPdf({ ...definition, defaultStyle: { font: 'Tinos', fontSize: 13, ...definition.defaultStyle } }).getBuffer();
    return new Uint8Array(buffer);
  } finally {
    pdfmake.setProgressCallback?.(undefined);
  }
}
