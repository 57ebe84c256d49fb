// The Electron shell's Node-side logic, tested without the Electron binary.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, readChosenFile } from '../../electron/main/handlers/files';
import { resolveAppPath } from '../../electron/main/handlers/app-protocol';
import { isTrustedSender, validatePayload } from '../../electron/main/validate';
import { CSP, withCspMeta } from '../../electron/main/security-csp';
import { PDF_TEMP_PREFIX, removeTempPdf, sweepTempPdfs, writeTempPdf } from '../../electron/main/handlers/pdf-temp';
import { utimesSync } from 'node:fs';
import { LEAVE_QUESTION, leaves } from '../../electron/main/handlers/leave';

describe('atomic file writes', () => {
  it('writes the whole file, replaces an existing one and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-shell-'));
    const target = join(dir, '12345_2026-11-25_1.luutru.json');
    writeFileSync(target, 'cũ');
    await atomicWrite(target, new TextEncoder().encode('{"payload":"mới"}'));
    expect(readFileSync(target, 'utf8')).toBe('{"payload":"mới"}');
    expect(readdirSync(dir)).toEqual(['12345_2026-11-25_1.luutru.json']);
  });

  it('keeps the old file intact when the write fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-shell-'));
    await expect(atomicWrite(join(dir, 'missing-folder', 'x.json'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads a chosen file and refuses one over the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luutru-shell-'));
    const f = join(dir, 'so-den.xlsx');
    writeFileSync(f, Buffer.alloc(2048, 1));
    expect((await readChosenFile(f)).size).toBe(2048);
    await expect(readChosenFile(f, 1024)).rejects.toThrow(/too large/);
  });
});

describe('IPC checks', () => {
  it('accepts only the app:// origin as sender', () => {
    expect(isTrustedSender('app://luutru/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('file:///etc/passwd')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('validates every payload', () => {
    const data = new Uint8Array([1, 2]);
    expect(validatePayload('file:save', { suggestedName: 'a.json', filters: [{ name: 'Gói', extensions: ['json'] }], data })).toBe(true);
    expect(validatePayload('file:save', { suggestedName: '../a.json', filters: [], data })).toBe(false);
    expect(validatePayload('file:save', { suggestedName: 'a.json', filters: [], data: 'text' })).toBe(false);
    expect(validatePayload('file:open', { filters: [{ name: 'x', extensions: ['json;rm'] }], multiple: true })).toBe(false);
    expect(validatePayload('file:open', { filters: [], multiple: false })).toBe(true);
    expect(validatePayload('app:info', { anything: 1 })).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('serves files inside the renderer folder and refuses traversal', () => {
    const root = '/opt/luutru/dist';
    expect(resolveAppPath(root, 'app://luutru/index.html')).toBe('/opt/luutru/dist/index.html');
    expect(resolveAppPath(root, 'app://luutru/')).toBe('/opt/luutru/dist/index.html');
    expect(resolveAppPath(root, 'app://luutru/assets/x.js')).toBe('/opt/luutru/dist/assets/x.js');
    expect(resolveAppPath(root, 'app://luutru/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveAppPath(root, 'app://luutru/..%2F..%2Fetc%2Fpasswd')).toBeUndefined();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeUndefined();
  });

  it('has a strict content security policy', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).not.toContain('unsafe-eval');
  });
});

describe('one content security policy for both hosts', () => {
  it('index.html gets exactly the shell’s CSP in place of its marker, and an html without the marker is refused', () => {
    const html = withCspMeta(readFileSync('renderer/index.html', 'utf8'));
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).toContain(`content="${CSP}"`);
    expect(() => withCspMeta('<html><head></head></html>')).toThrow(/CSP/);
  });
});

describe('print preview temp files', () => {
  it('are removed when the window closes, and leftovers of a crash are swept at the next start', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'luutru-print-')), 'luutru-print');
    const file = await writeTempPdf(dir, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readdirSync(dir)).toHaveLength(1);
    await removeTempPdf(file);
    expect(readdirSync(dir)).toEqual([]);
    await removeTempPdf(file); // closing twice is fine
    const old = await writeTempPdf(dir, new Uint8Array([1]));
    const fresh = await writeTempPdf(dir, new Uint8Array([2]));
    const twoHoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    writeFileSync(join(dir, 'someone-else.pdf'), 'x');
    expect(await sweepTempPdfs(dir, 3600_000)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([fresh.split('/').at(-1)!, 'someone-else.pdf'].sort());
    expect(fresh.split('/').at(-1)!.startsWith(PDF_TEMP_PREFIX)).toBe(true);
  });
});

describe('closing the window over changes not saved', () => {
  it('asks in the app\'s words, stays on Enter and Esc, and lets the window go only on "Rời trang"', () => {
    expect(LEAVE_QUESTION.buttons[LEAVE_QUESTION.defaultId]).toBe('Ở lại');
    expect(LEAVE_QUESTION.buttons[LEAVE_QUESTION.cancelId]).toBe('Ở lại');
    expect(leaves(LEAVE_QUESTION.buttons.indexOf('Rời trang, bỏ thay đổi'))).toBe(true);
    expect(leaves(LEAVE_QUESTION.defaultId)).toBe(false);
  });
});
