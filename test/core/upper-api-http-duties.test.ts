// The duties over HTTP: the year asked for is sent as `year` (none: the address as before, every year), and the
// server's refusal of a year not of four digits reads in Vietnamese.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { httpUpperApi } from '../../renderer/src/upper-api/http';
import { NO_DUTIES } from '../../renderer/src/core/duties/upper-duties';
import { AppError } from '../../renderer/src/core/errors';
import { errorMessage } from '../../renderer/src/i18n';
import { loadTranslators } from '../helpers/translators';

let t: TFunction;
beforeAll(async () => {
  t = (await loadTranslators()).vi;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const figures = { depositBatches: 1, dossiersToCurrent: 0, dossiersToHistorical: 1, receivedBatches: 0, destroyedDossiers: 1, loans: 3, openLoans: 1 };

/** A stand-in for the archive server's duties: the addresses asked, its answer. */
function fakeServer() {
  const asked: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const u = new URL(url, 'http://archive.local');
    asked.push(u.pathname + u.search);
    return new Response(JSON.stringify({ x: figures }), { status: 200, headers: { 'content-type': 'application/json' } });
  }));
  return asked;
}

const api = () => httpUpperApi({ baseUrl: 'http://archive.local', receiver: { unitId: 'u', name: 'Lưu trữ lịch sử tỉnh Hưng Yên', parentName: '', operator: 'Trần Văn Bình' }, role: 'view' });

describe('the units’ duties over HTTP', () => {
  it('asks for the year chosen, or for every year at the address it always had', async () => {
    const asked = fakeServer();
    expect(await api().unitDuties(['x', 'y'], 2025)).toEqual({ x: figures, y: NO_DUTIES });
    await api().unitDuties(['x']);
    expect(asked).toEqual(['/api/duties?year=2025', '/api/duties']);
  });

  it('a year refused by the server is said in Vietnamese', () => {
    expect(errorMessage(t, new AppError('archive.request.year', { year: '20x5' }))).toBe('Năm "20x5" không hợp lệ: năm phải gồm bốn chữ số, ví dụ 2025. Hãy chọn lại năm.');
  });
});
