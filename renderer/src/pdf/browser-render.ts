/** Browser/Electron renderer host for PDFs: pdfmake's browser build and the Tinos fonts served from our own origin. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import regularUrl from '../../../assets/fonts/Tinos-Regular.ttf?url';
import boldUrl from '../../../assets/fonts/Tinos-Bold.ttf?url';
import italicUrl from '../../../assets/fonts/Tinos-Italic.ttf?url';
import boldItalicUrl from '../../../assets/fonts/Tinos-BoldItalic.ttf?url';
import { renderPdf, type FontBytes, type PdfMakeLike } from './render';

let fontsPromise: Promise<FontBytes> | undefined;

async function bytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

export async function renderPdfInBrowser(definition: TDocumentDefinitions, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  fontsPromise ??= Promise.all([bytes(regularUrl), bytes(boldUrl), bytes(italicUrl), bytes(boldItalicUrl)]).then(([regular, bold, italics, bolditalics]) => ({ regular, bold, italics, bolditalics }));
  const pdfmake = (await import('pdfmake/build/pdfmake')).default as unknown as PdfMakeLike;
  return renderPdf(pdfmake, definition, await fontsPromise, onProgress);
}
