/**
 * How the tests start Debian's Chromium (apt-get install chromium): npm tools
 * cannot download browsers here. Shared by the test runner and the built-file check.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags, Chromium's own connections are refused by this machine's closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
