// Reading QR codes back from a rendered PDF page, as a scanner would: pdftoppm draws the page
// as PNG, pngjs decodes the pixels, jsqr finds and reads the code. Used by unit and e2e tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Every QR code found on a page. jsqr reads one code per image, so the page is also scanned in
 * tiles (whole, 2 × 2, 2 × 3, 3 × 4): a label sheet's codes each fall whole into some tile.
 */
export function readQrCodes(pdf: string, page = 1, dpi = 150, tilings: readonly (readonly [number, number])[] = [[1, 1], [2, 2], [2, 3], [3, 4]]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'luutru-qr-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', pdf, join(dir, 'p')]);
  const file = readdirSync(dir).find((f) => f.endsWith('.png'));
  if (!file) return [];
  const png = PNG.sync.read(readFileSync(join(dir, file)));
  const found = new Set<string>();
  for (const [cols, rows] of tilings) scan(png, cols, rows, found);
  return [...found];
}

function scan(png: PNG, cols: number, rows: number, found: Set<string>): void {
  const tw = Math.ceil(png.width / cols);
  const th = Math.ceil(png.height / rows);
  for (let ty = 0; ty < rows; ty++)
    for (let tx = 0; tx < cols; tx++) {
      const w = Math.min(tw, png.width - tx * tw);
      const h = Math.min(th, png.height - ty * th);
      const data = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++) {
        const from = ((ty * th + y) * png.width + tx * tw) * 4;
        data.set(png.data.subarray(from, from + w * 4), y * w * 4);
      }
      const code = jsQR(data, w, h);
      if (code) found.add(code.data);
    }
}
