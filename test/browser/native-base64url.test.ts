// In Chromium the app decodes a bundle's signed payload with the browser's own base64 decoder
// (Uint8Array.fromBase64, loose mode) held to the canonical rule by `decodeWithNative`. Node has no
// such decoder, so this runs that very function in real Chromium: it must take exactly the texts
// that are canonical base64url (decode-then-encode gives them back) with the bytes jose gives —
// the same property the JavaScript decoder is held to in test/core/bundle-base64url.test.ts.
import fc from 'fast-check';
import { base64url } from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWithNative } from '../../renderer/src/core/bundle/base64url';
import { isCanonicalBase64url } from '../../renderer/src/core/bundle/verify';
import { CHROMIUM_ARGS, chromiumPath } from './harness';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  page = await browser.newPage();
  await page.goto('about:blank');
});
afterAll(async () => browser?.close());

/** `decodeWithNative` run in the page on each text: the bytes, or null where it refuses. */
async function inChromium(texts: readonly string[]): Promise<(number[] | null)[]> {
  return page.evaluate(
    ([source, list]) => {
      const decode = new Function(`return (${source})`)() as (s: string, f: unknown) => Uint8Array | undefined;
      const native = (Uint8Array as unknown as { fromBase64: unknown }).fromBase64;
      return list.map((s) => {
        const out = decode(s, native);
        return out ? Array.from(out) : null;
      });
    },
    [decodeWithNative.toString(), texts] as const,
  );
}

const expected = (s: string) => (isCanonicalBase64url(s) ? Array.from(new Uint8Array(base64url.decode(s))) : null);

describe('the browser decoder held to the canonical rule', () => {
  it('Chromium has Uint8Array.fromBase64 (the app uses it there)', async () => {
    expect(await page.evaluate(() => typeof (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64)).toBe('function');
  });

  it('gives back the bytes of any encoding', async () => {
    const samples = fc.sample(fc.uint8Array({ maxLength: 200 }), 300);
    const got = await inChromium(samples.map((b) => base64url.encode(b)));
    expect(got).toEqual(samples.map((b) => Array.from(b)));
  });

  it('takes a text exactly when it is canonical base64url, with the bytes jose gives', async () => {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .\u00e0\u0111\n\t';
    const texts = fc.sample(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), 3000).map((l) => l.join(''));
    const fixed = ['AB', 'ABC', 'AAAAA', 'AA==', 'AA=', 'A+B/', 'AA AA', 'AAA\nA', ' AAAA', 'ĐAAA', 'AA', 'AAE', 'AAF', '', 'QQ', 'QR', 'QUI', 'QUJ'];
    const all = [...fixed, ...texts];
    const got = await inChromium(all);
    all.forEach((s, i) => expect([s, got[i]]).toEqual([s, expected(s)]));
  });
});
