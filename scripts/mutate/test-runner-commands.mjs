/**
 * @web/test-runner-commands in Node: the server commands the pure tests use
 * are the test runner's own plugins, called directly (FHIR schema validation
 * and FHIRPath run in Node there too).
 */
import { fhirPlugin } from '../test-runner/fhir-plugin.mjs';

const plugins = [fhirPlugin()];

export async function executeServerCommand(command, payload) {
  for (const plugin of plugins) {
    const result = await plugin.executeCommand({ command, payload });
    if (result !== undefined) return result;
  }
  throw new Error(`no plugin runs the command "${command}" in Node`);
}
const browserOnly = (name) => () => {
  throw new Error(`${name} needs a browser: this test belongs in the web-test-runner set only`);
};
export const sendKeys = browserOnly('sendKeys');
export const setViewport = browserOnly('setViewport');
export const emulateMedia = browserOnly('emulateMedia');
