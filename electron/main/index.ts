/** Electron main process: one window loading the renderer from app://, dialogs and files via typed IPC. */
import { app, BrowserWindow, dialog, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { handle } from './ipc';
import { hardenContents, hardenSession, webPreferences } from './security';
import { resolveAppPath } from './handlers/app-protocol';
import { atomicWrite, readChosenFile } from './handlers/files';
import { removeTempPdf, sweepTempPdfs, writeTempPdf } from './handlers/pdf-temp';

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
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
