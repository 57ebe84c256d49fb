// Motion as the computer asks: where the user asked for less motion (Windows "Show animations"
// off, which Chromium reports as prefers-reduced-motion), dialogs appear at once instead of
// zooming in; either way a dialog with a field opens with the cursor in it, so Enter confirms
// (before, with the animation off, antd's focus lock took the focus to the dialog's × and
// Enter closed it). The rest of the e2e suite runs with less motion (harness.ts); sample.test.ts
// and this file also run with the animations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startServer, type Server } from './harness';
import { pickRegisterMore } from './flows';

let server: Server;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('motion follows the computer’s setting', () => {
  for (const motion of [true, false])
    it(`${motion ? 'with' : 'without'} animations: the stamp dialog ${motion ? 'zooms in' : 'appears at once'}, its first field takes the cursor, Enter prints`, { timeout: 120_000 }, async () => {
      const b = await openApp(server, undefined, server.url, { motion });
      try {
        const { page } = b;
        await page.getByTestId('first-run-sample').click();
        await page.getByTestId('header-unit').waitFor({ timeout: 90_000 });
        await page.goto(`${server.url}#/incoming`);
        await page.getByTestId('entry-row').first().waitFor();
        // The dialog's motion classes, frame by frame, from the frame it first appears in until it stands still.
        const frames = page.evaluate(
          () =>
            new Promise<string[]>((resolve) => {
              const seen: string[] = [];
              // Gives up after 20 s (the test then fails on what it saw, not on its own timeout).
              const until = performance.now() + 20_000;
              const watch = () => {
                const dialog = [...document.querySelectorAll('.ant-modal')].find((d) => d.textContent?.includes('In phiếu dấu ĐẾN'));
                const moving = dialog ? [...dialog.classList].filter((c) => /-(appear|enter)/.test(c)).join(' ') : undefined;
                if (moving !== undefined) seen.push(moving);
                if (moving === '' || performance.now() > until) resolve(seen);
                else requestAnimationFrame(watch);
              };
              watch();
            }),
        );
        frames.catch(() => undefined);
        await pickRegisterMore(page, 'In phiếu dấu ĐẾN');
        const seen = await frames;
        // It stood still in the end.
        expect(seen.at(-1)).toBe('');
        const moved = seen.filter((c) => /-(start|active)\b/.test(c));
        // Animated, it zooms in over several frames; still, it is drawn in place from its first frame on.
        if (motion) expect(moved.length).toBeGreaterThan(0);
        else expect(moved).toEqual([]);
        await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ant-modal-body label')?.textContent ?? '')).toMatch(/^Số đến: từ số/);
        await page.keyboard.press('Enter');
        await page.getByTestId('pdf-preview').waitFor({ timeout: 60_000 });
        // The dialog has closed behind the preview.
        await page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
      } finally {
        await b.close();
      }
    });
});
