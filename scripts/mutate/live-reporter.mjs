/**
 * A Stryker reporter: one JSON line per mutant as soon as it is tested, in
 * reports/mutation/<selection>.live.jsonl, so that survivors can be read (and a long run's
 * partial scores counted) before the run ends.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = `reports/mutation/${process.env.LDN_MUTATE_AREA?.replaceAll(',', '+') ?? 'all'}.live.jsonl`;

class LiveReporter {
  onMutationTestingPlanReady() {
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(FILE, '');
  }

  onMutantTested({ id, fileName, mutatorName, replacement, location, status, killedBy }) {
    appendFileSync(
      FILE,
      `${JSON.stringify({ id, fileName, line: location.start.line, column: location.start.column + 1, mutatorName, replacement, status, killedBy })}\n`,
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)];
