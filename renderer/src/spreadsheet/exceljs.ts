/**
 * Loads exceljs on demand, so its ~1 MB stays out of the first bundle. In Node (tests, CLI)
 * the package's CommonJS build is used; in the browser and Electron renderer Vite picks the
 * package's "browser" field (dist/exceljs.min.js, a self-contained UMD build with its own
 * polyfills), which works under the app's CSP (no eval: its regenerator fallback uses globalThis).
 */
import type * as ExcelJsModule from 'exceljs';

export type ExcelJs = typeof ExcelJsModule;
export type { Workbook, Worksheet, Cell, CellValue, Font } from 'exceljs';

let loading: Promise<ExcelJs> | undefined;

/** The exceljs module, whatever the CommonJS interop of the host puts it under. */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs').then((mod: unknown) => {
    const m = mod as ExcelJs & { readonly default?: ExcelJs };
    return m.default && typeof m.default.Workbook === 'function' ? m.default : m;
  });
  return loading;
}
