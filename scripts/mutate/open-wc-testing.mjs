/**
 * What the pure tests take from @open-wc/testing, in Node: chai's expect (the
 * same chai the browser tests use). Fixtures need a browser; a test that asks
 * for one fails with a clear message.
 */
import chai from '@esm-bundle/chai/esm/chai.js';

export const { expect, assert } = chai;
export { chai };
const browserOnly = (name) => () => {
  throw new Error(`${name} needs a browser: this test belongs in the web-test-runner set only`);
};
export const fixture = browserOnly('fixture');
export const fixtureCleanup = browserOnly('fixtureCleanup');
export const html = browserOnly('html');
export const waitUntil = browserOnly('waitUntil');
export const oneEvent = browserOnly('oneEvent');
export const aTimeout = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
