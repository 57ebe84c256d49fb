/**
 * The one seam between the renderer and the host it runs in (Electron or a browser).
 * Components get it from React context (PlatformContext); nothing else in the
 * renderer may reach for host globals. Each host ends with `satisfies PlatformApi`.
 */

export type FileFilter = { readonly name: string; readonly extensions: readonly string[] };

export type SaveFileRequest = {
  /** Suggested file name, e.g. "83001_2026-11-25_3.luutru.json". */
  readonly suggestedName: string;
  readonly filters: readonly FileFilter[];
  readonly data: Uint8Array;
};

/** `saved: false` means the person cancelled the dialog. */
export type SaveFileResult = { readonly saved: true; readonly path: string } | { readonly saved: false };

export type OpenFileRequest = { readonly filters: readonly FileFilter[]; readonly multiple?: boolean };

export type OpenedFile = { readonly name: string; readonly size: number; readonly data: Uint8Array };

export type AppInfo = {
  readonly version: string;
  readonly host: 'electron' | 'browser' | 'test';
  /** Where the host keeps the app's data (Electron userData); browser: a description. */
  readonly dataFolder: string;
};

/** A PDF to show in a print preview. */
export type PrintPdfRequest = {
  readonly title: string;
  readonly data: Uint8Array;
  /** Name offered when the person saves the PDF from the preview ("so-den-2026.pdf"). */
  readonly fileName?: string;
  /** Words of a preview the host draws itself (the browser host), in the UI language; Vietnamese by default. */
  readonly labels?: { readonly print: string; readonly save: string; readonly close: string };
};

export type PlatformApi = {
  readonly host: 'electron' | 'browser' | 'test';
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Resolves to [] when the person cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile[]>;
  /**
   * Every print goes here: shows the PDF in a print preview the person prints from (or saves
   * from). Electron: a preview window with Chromium's viewer; browser: the same viewer over the
   * app, with Print, Save and Close. Resolves once the preview is shown.
   */
  printPdf(request: PrintPdfRequest): Promise<void>;
};
