/**
 * Web Test Runner plugin: emulates CSS media features that the built-in
 * `emulateMedia` command cannot, with the Chrome launcher.
 *
 * `emulateMedia` from @web/test-runner-commands hands Puppeteer only the media
 * type, `prefers-color-scheme` and `prefers-reduced-motion`, and Puppeteer's
 * own `page.emulateMediaFeatures()` refuses any other feature name ("Unsupported
 * media feature: forced-colors"). Chromium's DevTools protocol supports
 * `forced-colors` (and renders the page in forced colours, as Windows High
 * Contrast does), so this command sends `Emulation.setEmulatedMedia` itself,
 * through a DevTools session of its own on the test page.
 *
 * In a test:
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
 *   await executeServerCommand('emulate-media-features', { 'forced-colors': '' }); // stop emulating
 *
 * Features set by earlier calls in the same test page are kept (an empty value
 * drops one), because each protocol call replaces the whole list.
 * The command answers with the list now emulated.
 */

export const COMMAND = 'emulate-media-features';

export function emulatePlugin() {
  /** Per test session (one test file's page): its DevTools session and the features it emulates. */
  const sessions = new Map();

  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`${COMMAND}: only the Chrome (Puppeteer) launcher is supported, not ${session.browser.type}`);
      }
      if (payload == null || typeof payload !== 'object' || Object.values(payload).some((v) => typeof v !== 'string')) {
        throw new Error(`${COMMAND}: payload must map feature names to strings, e.g. { 'forced-colors': 'active' }`);
      }
      const page = session.browser.getPage(session.id);
      let state = sessions.get(session.id);
      if (!state || state.page !== page) {
        state = { page, cdp: await page.createCDPSession(), features: new Map() };
        sessions.set(session.id, state);
      }
      for (const [name, value] of Object.entries(payload)) {
        if (value) state.features.set(name, value);
        else state.features.delete(name);
      }
      const features = [...state.features].map(([name, value]) => ({ name, value }));
      await state.cdp.send('Emulation.setEmulatedMedia', { features });
      return features;
    },
  };
}
