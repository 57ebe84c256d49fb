// Rendering a PDF definition in Node with the embedded Tinos fonts, and reading it back the way
// a person would check it: pdftotext (Vietnamese text), pdfinfo (pages, size), pdffonts (embedded).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf, type FontBytes, type PdfMakeLike } from '../../renderer/src/pdf/render';

const font = (f: string) => new Uint8Array(readFileSync(join('assets/fonts', f)));
export const PDF_FONTS: FontBytes = { regular: font('Tinos-Regular.ttf'), bold: font('Tinos-Bold.ttf'), italics: font('Tinos-Italic.ttf'), bolditalics: font('Tinos-BoldItalic.ttf') };

export async function renderPdfBytes(def: TDocumentDefinitions): Promise<Uint8Array> {
  return renderPdf(pdfmake as unknown as PdfMakeLike, def, PDF_FONTS);
}

/** A renderer writing into a fresh temporary folder; returns the file's path. */
export function pdfWriter(prefix: string): (name: string, def: TDocumentDefinitions) => Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return async (name, def) => {
    const file = join(dir, name);
    writeFileSync(file, await renderPdfBytes(def));
    return file;
  };
}

/** Text of one page (or all), NFC, with line breaks folded: table cells wrap. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(out)?.[1] ?? '' };
}

export function expectTinosOnly(file: string): void {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  expect(out).toMatch(/\+Tinos\s.*yes\s+yes\s+yes/);
  expect(out).not.toMatch(/Times-Roman|Times-Bold|Helvetica|Courier|Symbol|ZapfDingbats/);
}
