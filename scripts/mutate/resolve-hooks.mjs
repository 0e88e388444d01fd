/**
 * Module resolution for the pure tests in Node: the two browser test packages
 * they import are swapped for the Node stand-ins beside this file.
 */
const STAND_INS = {
  '@open-wc/testing': new URL('./open-wc-testing.mjs', import.meta.url).href,
  '@web/test-runner-commands': new URL('./test-runner-commands.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const standIn = STAND_INS[specifier];
  return standIn ? { url: standIn, shortCircuit: true } : next(specifier, context);
}
