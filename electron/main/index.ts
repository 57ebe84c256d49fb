/** Electron main process: one window loading the renderer from app://, dialogs and files via typed IPC. */
import { app, BrowserWindow, dialog, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { handle } from './ipc';
import { hardenContents, hardenSession, webPreferences } from './security';
import { resolveAppPath } from './handlers/app-protocol';
import { atomicWrite, readChosenFile } from './handlers/files';
import { removeTempPdf, sweepTempPdfs, writeTempPdf } from './handlers/pdf-temp';
import { StreamRegistry } from './handlers/streams';
import { checkAutoBackupName, readAutoBackupConfig, rotateAutoBackups, writeAutoBackupConfig } from './handlers/auto-backup';
import { focusFirstWindow } from './single-instance';
import { LEAVE_QUESTION, leaves } from './handlers/leave';

// One instance: a second start (the icon double-clicked twice) brings the first window back and quits.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  focusFirstWindow(BrowserWindow.getAllWindows());
});

const streams = new StreamRegistry();
const autoBackupConfig = () => join(app.getPath('userData'), 'auto-backup.json');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Compiled to dist-electron/electron/main/: the renderer build is dist/ at the package root.
function dialogFilters(filters: readonly { name: string; extensions: readonly string[] }[]) {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

const rendererRoot = join(__dirname, '..', '..', '..', 'dist');
// Print previews are written here and removed when their window closes (a crash's leftovers at the next start).
const pdfTempDir = () => join(app.getPath('temp'), 'luutru-print');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({ width: 1366, height: 860, title: 'Lưu trữ xã', webPreferences: webPreferences(join(__dirname, '..', 'preload', 'index.js')) });
  hardenContents(win.webContents);
  // The page refused to unload (typed changes not saved): asked here, or the window would stay open without a word.
  win.webContents.on('will-prevent-unload', (event) => {
    if (leaves(dialog.showMessageBoxSync(win, { ...LEAVE_QUESTION, buttons: [...LEAVE_QUESTION.buttons] }))) event.preventDefault();
  });
  void win.loadURL('app://luutru/index.html');
  return win;
}

app.whenReady().then(() => {
  hardenSession(session.defaultSession);
  void sweepTempPdfs(pdfTempDir(), 60 * 60 * 1000);
  protocol.handle('app', (request) => {
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  handle('app:info', async () => ({ version: app.getVersion(), host: 'electron', dataFolder: app.getPath('userData') }));
  handle('file:save', async (req, event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: req.suggestedName, filters: dialogFilters(req.filters) };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return { saved: false };
    await atomicWrite(r.filePath, req.data);
    return { saved: true, path: r.filePath };
  });
  handle('file:open', async (req, event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { filters: dialogFilters(req.filters), properties: req.multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) };
    const r = win ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    if (r.canceled) return [];
    return Promise.all(r.filePaths.map((p) => readChosenFile(p)));
  });
  handle('pdf:show', async (req) => {
    const file = await writeTempPdf(pdfTempDir(), req.data);
    const viewer = new BrowserWindow({ title: req.title, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    viewer.on('closed', () => void removeTempPdf(file));
    hardenContents(viewer.webContents);
    await viewer.loadURL(pathToFileURL(file).toString());
    return null;
  });
  handle('stream:save-open', async (req, event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: req.suggestedName, filters: dialogFilters(req.filters) };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return null;
    return { id: await streams.openWrite(r.filePath), path: r.filePath };
  });
  handle('stream:write', async (req) => {
    await streams.write(req.id, req.data);
    return null;
  });
  handle('stream:close', async (req) => ({ saved: true, path: await streams.close(req.id) }));
  handle('stream:abort', async (req) => {
    await streams.abort(req.id);
    return null;
  });
  handle('stream:open-read', async (req, event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { filters: dialogFilters(req.filters), properties: ['openFile' as const] };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (r.canceled || !r.filePaths[0]) return null;
    return streams.openRead(r.filePaths[0]);
  });
  handle('stream:read', async (req) => streams.read(req.id, req.offset, req.length));
  handle('stream:close-read', async (req) => {
    await streams.closeRead(req.id);
    return null;
  });
  handle('autobackup:get', async () => readAutoBackupConfig(autoBackupConfig()));
  handle('autobackup:set', async (req) => {
    const next = { ...(await readAutoBackupConfig(autoBackupConfig())), enabled: req.enabled, keep: req.keep };
    await writeAutoBackupConfig(autoBackupConfig(), next);
    return next;
  });
  handle('autobackup:choose-folder', async (_req, event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const current = await readAutoBackupConfig(autoBackupConfig());
    if (r.canceled || !r.filePaths[0]) return current;
    const next = { ...current, folder: r.filePaths[0] };
    await writeAutoBackupConfig(autoBackupConfig(), next);
    return next;
  });
  handle('autobackup:open', async (req) => {
    const config = await readAutoBackupConfig(autoBackupConfig());
    const name = checkAutoBackupName(req.fileName, req.unitCode);
    if (!config.enabled || !config.folder || !name) throw new Error('refused: automatic backup not set up');
    const folder = config.folder;
    const target = join(folder, name);
    // Once the new file is in place, only the newest `keep` automatic backups of the unit stay.
    return { id: await streams.openWrite(target, async () => void (await rotateAutoBackups(folder, req.unitCode, config.keep))), path: target };
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
