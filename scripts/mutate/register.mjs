/**
 * Loaded with `node --import`: TypeScript through tsx, and the Node stand-ins
 * for the browser test packages (resolve-hooks.mjs).
 */
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./resolve-hooks.mjs', import.meta.url);

// The exhaustive tests take every 7th safety combination (see stryker.config.mjs).
globalThis.ldnCombinationStride = 7;
