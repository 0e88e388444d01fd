/**
 * Test-runner plugin: `reset-history` clears the test page's session history
 * (Chromium's DevTools Page.resetNavigationHistory), so a test of Back and
 * Forward starts as a freshly opened tab does. The runner reuses one tab for
 * many test files, and Chromium keeps at most 50 entries, dropping old ones
 * as new ones come: without this, Back could reach a page of an earlier file.
 */
export const COMMAND = 'reset-history';

export function historyPlugin() {
  return {
    name: COMMAND,
    async executeCommand({ command, session }) {
      if (command !== COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${COMMAND}: only the Chrome (Puppeteer) launcher is supported`);
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        await cdp.send('Page.resetNavigationHistory');
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}
