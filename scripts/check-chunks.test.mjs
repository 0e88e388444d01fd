/** The rules of the chunk-boundary and import-circle checks, on planted builds and graphs: `npm run test:scripts`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunkProblems } from './check-chunks.mjs';
import { findCycles } from './check-cycles.mjs';

const build = ({ first = [], guide = ['src/page.ts'], guideChunk = true } = {}) => [
  { file: 'ldn-decision-aid.js', name: 'ldn-decision-aid', isDynamicEntry: false, imports: ['core.js'], modules: ['src/element.ts', ...first] },
  { file: 'core.js', name: 'core', isDynamicEntry: false, imports: [], modules: ['src/shared.ts'] },
  ...(guideChunk ? [{ file: 'guide.js', name: 'guide-page', isDynamicEntry: true, imports: ['core.js'], entry: 'src/page.ts', modules: guide }] : []),
  { file: 'es.js', name: 'es', isDynamicEntry: true, imports: [], entry: 'src/i18n/generated/locales/es.ts', modules: ['src/i18n/generated/locales/es.ts'] },
];
const marks = (entries) => new Map(Object.entries(entries));

describe('the chunk check', () => {
  it('passes files that are where their marks say, the core counting as the first download', () => {
    assert.deepEqual(chunkProblems(build(), marks({ 'src/element.ts': 'main', 'src/shared.ts': 'main', 'src/page.ts': 'guide-page' })), []);
  });

  it('fails a later chunk whose files a static import pulled into the first download', () => {
    const problems = chunkProblems(build({ first: ['src/page.ts'], guideChunk: false }), marks({ 'src/page.ts': 'guide-page' }));
    assert.equal(problems.length, 2);
    assert.match(problems[0], /no guide-page chunk/);
    assert.match(problems[1], /in the first download/);
  });

  it('fails a first-download file that moved into a later chunk, and a marked file the build left out', () => {
    const problems = chunkProblems(
      build({ guide: ['src/split.ts', 'src/page.ts'] }),
      marks({ 'src/split.ts': 'main', 'src/page.ts': 'guide-page', 'src/gone.ts': 'main' }),
    );
    assert.deepEqual(problems, [
      'src/split.ts is marked @chunk main but is not in the first download',
      'src/split.ts is marked @chunk main but is in a chunk loaded later',
      'src/gone.ts is marked @chunk main but is not in the first download',
    ]);
  });

  it("fails a chunk loaded later whose entry is not marked, except the generated locales'", () => {
    assert.deepEqual(chunkProblems(build(), marks({})), ['src/page.ts, the entry of the guide-page chunk, is not marked @chunk guide-page']);
  });
});

describe('the import-circle check', () => {
  it('finds a circle through several modules, and none in a tree', () => {
    const graph = (edges) => new Map(Object.entries(edges));
    assert.deepEqual(findCycles(graph({ a: ['b'], b: ['c'], c: ['a'] })), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] })), []);
  });
});
