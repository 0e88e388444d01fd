/**
 * Test-runner plugin: a screenshot of part of the test page, as the screen
 * shows it, for a test to read its pixels (the QR code, decoded from what is
 * on screen rather than from a copy drawn again).
 *
 * `screenshot` { x, y, width, height } (CSS pixels, from the viewport's
 * corner) → { png }: a base64 PNG at the page's device scale factor (set it
 * with setViewport's `deviceScaleFactor`). With LDN_SCREENSHOT_DIR set, each
 * screenshot is also kept there, for a person to look at.
 */
import { writeFileSync } from 'node:fs';

export const COMMAND = 'screenshot';

export function screenshotPlugin() {
  return {
    name: COMMAND,
    async executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${COMMAND}: only the Chrome (Puppeteer) launcher is supported`);
      const { x, y, width, height } = payload ?? {};
      if (![x, y, width, height].every((n) => typeof n === 'number')) throw new Error(`${COMMAND}: payload must be { x, y, width, height } in CSS pixels`);
      const page = session.browser.getPage(session.id);
      const png = await page.screenshot({ clip: { x, y, width, height }, encoding: 'base64' });
      if (process.env.LDN_SCREENSHOT_DIR) writeFileSync(`${process.env.LDN_SCREENSHOT_DIR}/shot-${Date.now()}.png`, Buffer.from(png, 'base64'));
      return { png };
    },
  };
}
