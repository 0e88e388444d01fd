/**
 * A Stryker ignorer: no mutants in the second argument of `msg()`, the
 * message's translation id and its note for translators. No behaviour reads
 * them in English (the locale sweeps check the ids in the browser), so every
 * such mutant would survive and say nothing about the tests.
 */
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

class MsgOptionsIgnorer {
  shouldIgnore(path) {
    const call = path.parentPath;
    if (call?.isCallExpression() && call.node.callee.type === 'Identifier' && call.node.callee.name === 'msg' && call.node.arguments[1] === path.node)
      return 'The id and translators’ note of a msg() call: read only by the localization tooling.';
    return undefined;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Ignore, 'msg-options', MsgOptionsIgnorer)];
