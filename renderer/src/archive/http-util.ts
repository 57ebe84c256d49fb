/**
 * Small pieces of the archive's HTTP server: the LAN allow-list (node:net BlockList, IPv4
 * and IPv6, IPv4-mapped addresses included), bounded request bodies, JSON answers, cookies
 * and static files of the built app (no path leaves the folder).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { AppError } from '../core/errors';

/** "127.0.0.1/32,192.168.1.0/24,::1" → a list to check addresses against. Refuses what it cannot read. */
export function allowList(spec: string): { list: BlockList; entries: string[] } {
  const list = new BlockList();
  const entries = spec.split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of entries) {
    const [addr = '', bits] = e.split('/');
    const family = isIP(addr);
    if (family === 0) throw new AppError('archive.allow.invalid', { entry: e });
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new AppError('archive.allow.invalid', { entry: e });
    list.addSubnet(addr, prefix, type);
  }
  return { list, entries };
}

export function isAllowed(list: BlockList, address: string | undefined): boolean {
  if (!address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > max) throw new AppError('archive.request.tooLarge', { max: Math.round(max / 1_048_576) });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > max) throw new AppError('archive.request.tooLarge', { max: Math.round(max / 1_048_576) });
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage, max = 1_048_576): Promise<Record<string, unknown>> {
  const body = await readBody(req, max);
  try {
    const v: unknown = JSON.parse(body.toString('utf8') || '{}');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new AppError('archive.request.invalid');
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string | string[]> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

export function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A request's path and query, read from its request line alone (no host is involved: the server answers whatever name the LAN uses for it). */
export type RequestTarget = { readonly pathname: string; readonly searchParams: URLSearchParams };

export function requestTarget(raw: string | undefined): RequestTarget {
  const target = raw && raw.startsWith('/') ? raw : '/';
  const q = target.indexOf('?');
  return q < 0 ? { pathname: target, searchParams: new URLSearchParams() } : { pathname: target.slice(0, q), searchParams: new URLSearchParams(target.slice(q + 1)) };
}

/** Serves a file of the built app; `index` for "/" and for routes that are not files. */
export async function serveStatic(res: ServerResponse, dir: string, pathname: string, index: string): Promise<void> {
  const root = resolve(dir);
  let path = normalize(decodeURIComponent(pathname));
  if (path.endsWith('/')) path += index;
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  const info = await stat(file).catch(() => undefined);
  const target = info?.isFile() ? file : join(root, index);
  const body = await readFile(target).catch(() => undefined);
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Chưa có bản dựng của ứng dụng: chạy "npm run build" rồi khởi động lại.');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
  res.end(body);
}
