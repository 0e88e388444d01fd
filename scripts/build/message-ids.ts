/**
 * Short message ids in the built files. Every `msg()` call names its message
 * by a stable id (`condition.diagnosis.legend`), which the locale files key
 * their translations by; the ids are for translators and the source, and the
 * runtime only compares them. The build gives each a code of one or two
 * characters, the same in every file (the module, its chunks and every
 * locale), which saves about a kilobyte gzipped before the first question.
 * The codes are the ids' places in sorted order, so the same source always
 * builds the same files. The map is written beside the module map, for
 * check-bundle.mjs.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const code = (i: number): string => (i < DIGITS.length ? DIGITS[i]! : code(Math.floor(i / DIGITS.length) - 1) + DIGITS[i % DIGITS.length]);
const LOCALE_MODULE = /\/i18n\/generated\/locales\/[^/]+\.ts$/;

const isMsgCall = (node: ts.Node): node is ts.CallExpression => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';

/** The string literal naming a message in a `msg(…, { id: '…' })` call, if `node` is one. */
function idLiteral(node: ts.Node): ts.StringLiteralLike | undefined {
  if (!isMsgCall(node)) return undefined;
  const options = node.arguments[1];
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.properties)
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'id' && ts.isStringLiteralLike(property.initializer))
      return property.initializer;
  return undefined;
}

function visit(source: ts.SourceFile, found: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    found(node);
    ts.forEachChild(node, walk);
  };
  walk(source);
}

/** Every message id in the source files under `dir`, sorted. */
function messageIds(dir: string): string[] {
  const ids = new Set<string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
      } else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        if (!text.includes('msg(')) continue;
        visit(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true), (node) => {
          const id = idLiteral(node);
          if (id) ids.add(id.text);
        });
      }
    }
  };
  walk(dir);
  return [...ids].sort();
}

/** The codes, once per build: the module's build makes them (`fresh`), the chunks built apart during it reuse them. */
let codes: Map<string, string> | undefined;

export function shortMessageIds({ src, mapFile, fresh = false }: { src: string; mapFile: string; fresh?: boolean }): Plugin {
  const codesOf = () => {
    if (codes) return codes;
    const ids = messageIds(src);
    codes = new Map(ids.map((id, i) => [id, code(i)]));
    // Codes are at most two characters: an id that short could be taken for another's code.
    const tooShort = ids.find((id) => id.length <= 2);
    if (tooShort) throw new Error(`message id "${tooShort}" is too short to tell from a short code (scripts/build/message-ids.ts)`);
    mkdirSync(dirname(mapFile), { recursive: true });
    writeFileSync(mapFile, `${JSON.stringify(Object.fromEntries(codes), null, 2)}\n`);
    return codes;
  };
  return {
    name: 'ldn-short-message-ids',
    apply: 'build',
    enforce: 'pre',
    // @lit/localize names a message without an id by a hash of its text (fnv1a64). Every message here has an id (the transform
    // below fails the build on one without), so the hashing is never called: the build leaves it out (about 0.25 KB gzipped).
    load(id) {
      return id.endsWith('/@lit/localize/internal/id-generation.js') ? 'export const generateMsgId = () => "";' : null;
    },
    buildStart() {
      if (!fresh) return;
      codes = undefined;
      codesOf();
    },
    transform(text, id) {
      const isLocale = LOCALE_MODULE.test(id);
      if (!/\/src\/.*\.ts$/.test(id) || (!isLocale && !text.includes('msg('))) return null;
      const map = codesOf();
      const source = ts.createSourceFile(id, text, ts.ScriptTarget.Latest, true);
      const out = new MagicString(text);
      const replace = (literal: ts.Node & { text: string }) => {
        const short = map.get(literal.text);
        if (short) out.overwrite(literal.getStart(source), literal.end, JSON.stringify(short));
      };
      visit(source, (node) => {
        // A locale module's templates, keyed by id; elsewhere, the id of a msg() call.
        if (isLocale && ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) replace(node.name);
        if (isLocale || !isMsgCall(node)) return;
        const literal = idLiteral(node);
        if (literal) replace(literal);
        // Else the runtime would name it by a hash of its text, which the build leaves out (load, above).
        else this.error(`${id}: a msg() call without an id, as a string: every message needs its own (README, "Translations")`);
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
