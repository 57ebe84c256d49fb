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
/** `downloaded`: handed to the browser's downloads (its Downloads folder), no place chosen — the person is told where it went. */
export type SaveFileResult = { readonly saved: true; readonly path: string; readonly downloaded?: true } | { readonly saved: false };

export type OpenFileRequest = { readonly filters: readonly FileFilter[]; readonly multiple?: boolean };

export type OpenedFile = { readonly name: string; readonly size: number; readonly data: Uint8Array };

/** Where a streamed save goes: written piece by piece, so a large file never sits whole in memory. */
export type ByteSink = {
  write(chunk: Uint8Array): Promise<void>;
  /** Finishes the file (flushes, renames into place); the file exists only after this. */
  close(): Promise<SaveFileResult>;
  /** Drops what was written so far: no half file is left behind. */
  abort(): Promise<void>;
};

/** A chosen file read piece by piece; `chunks()` can be called again to read it once more. */
export type ByteSource = {
  readonly name: string;
  readonly size: number;
  chunks(): AsyncIterable<Uint8Array>;
};

export type SaveStreamRequest = { readonly suggestedName: string; readonly filters: readonly FileFilter[] };

/** The desktop app's daily automatic backup: the folder and how many files are kept live in the main process. */
export type AutoBackupSettings = { readonly enabled: boolean; readonly folder?: string; readonly keep: number };

export type AutoBackupApi = {
  settings(): Promise<AutoBackupSettings>;
  update(request: { readonly enabled: boolean; readonly keep: number }): Promise<AutoBackupSettings>;
  /** Asks for the folder (a dialog); the settings as they are afterwards. */
  chooseFolder(): Promise<AutoBackupSettings>;
  /** A file in the chosen folder; when it is closed, only the newest `keep` backups of the unit stay. */
  openSink(request: { readonly fileName: string; readonly unitCode: string }): Promise<ByteSink>;
};

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
  /** Asks where to save, then streams there (backups). Undefined when the person cancelled. */
  saveStream(request: SaveStreamRequest): Promise<ByteSink | undefined>;
  /** Asks for one file and reads it in pieces (restore). Undefined when the person cancelled. */
  openStream(request: { readonly filters: readonly FileFilter[] }): Promise<ByteSource | undefined>;
  /** Present only in the desktop app. */
  readonly autoBackup?: AutoBackupApi;
  /**
   * Every print goes here: shows the PDF in a print preview the person prints from (or saves
   * from). Electron: a preview window with Chromium's viewer; browser: the same viewer over the
   * app, with Print, Save and Close. Resolves once the preview is shown.
   */
  printPdf(request: PrintPdfRequest): Promise<void>;
};
