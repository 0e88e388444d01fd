/**
 * Writes self-contained TypeScript declarations for a module's exports, from
 * the TypeScript checker: every type is printed as the checker resolves it,
 * so declarations derived from the model (`typeof PAGES`, `keyof typeof
 * SOURCES`) come out as the plain unions and objects they stand for, and
 * nothing is imported from the sources or from a dev dependency. A type that
 * a printed declaration names is declared too, until nothing is missing.
 * Used by build-types.mjs; it fails on any name it cannot declare.
 */
import ts from 'typescript';

const F = ts.NodeBuilderFlags;
const TYPE_FLAGS = F.NoTruncation | F.MultilineObjectLiterals | F.UseSingleQuotesForStringLiteralType | F.IgnoreErrors | F.UseAliasDefinedOutsideCurrentScope;

export function createEmitter(program, { isOwnFile }) {
  const checker = program.getTypeChecker();
  const printer = ts.createPrinter({ removeComments: false });
  const scratch = ts.createSourceFile('scratch.d.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, scratch);

  /** Every top-level type, interface and class of the sources, by name: what a printed name can refer to. */
  const declared = new Map();
  for (const file of program.getSourceFiles().filter((f) => isOwnFile(f.fileName))) {
    for (const local of checker.getSymbolsInScope(file, ts.SymbolFlags.Type)) {
      const symbol = checker.getExportSymbolOfSymbol(local);
      const own = symbol.declarations?.some((d) => d.getSourceFile() === file && d.parent === file);
      if (!own) continue;
      const other = declared.get(symbol.name);
      if (other && other !== symbol) declared.set(symbol.name, 'ambiguous');
      else declared.set(symbol.name, symbol);
    }
  }

  const typeText = (type, flags = 0) => print(checker.typeToTypeNode(type, undefined, TYPE_FLAGS | flags));

  function docComment(symbol, indent = '') {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol
      .getJsDocTags(checker)
      .filter((tag) => ['deprecated', 'example', 'default', 'see'].includes(tag.name))
      .map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text ?? [])}`.trim());
    const lines = [...(text ? text.split('\n') : []), ...tags];
    if (!lines.length) return '';
    return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
  }

  const propertyName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
  const isReadonly = (symbol) =>
    symbol.declarations?.some(
      (d) =>
        (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0 ||
        (ts.isGetAccessorDeclaration(d) && !symbol.declarations.some(ts.isSetAccessorDeclaration)) ||
        // A setter that only warns (React 19 sets every prop as a property) is for runtime safety: the types stay read-only.
        (ts.isGetAccessorDeclaration(d) && ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'readonly')),
    ) ?? false;

  /** One member of an interface or class: a property, or a method's signatures. */
  function member(symbol, indent = '  ', prefix = '') {
    const doc = docComment(symbol, indent);
    const type = checker.getTypeOfSymbol(symbol);
    if (symbol.flags & ts.SymbolFlags.Method) {
      return type
        .getCallSignatures()
        .map((sig) => `${doc}${indent}${prefix}${propertyName(symbol.name)}${signature(sig)};`)
        .join('\n');
    }
    const optional = symbol.flags & ts.SymbolFlags.Optional ? '?' : '';
    return `${doc}${indent}${prefix}${isReadonly(symbol) ? 'readonly ' : ''}${propertyName(symbol.name)}${optional}: ${typeText(type)};`;
  }

  /** `(a: A, b?: B): R`, from the checker. */
  function signature(sig) {
    const node = checker.signatureToSignatureDeclaration(sig, ts.SyntaxKind.MethodSignature, undefined, TYPE_FLAGS);
    return print(node)
      .replace(/^[^(<]*/, '')
      .replace(/;$/, '');
  }

  /** The declaration of one exported symbol, under `name`. */
  function declaration(symbol, name = symbol.name) {
    const doc = docComment(symbol);
    const decl = symbol.declarations?.[0];
    // A generic type keeps its parameters as written (their constraints name source types, declared in turn).
    const params = decl?.typeParameters ? `<${decl.typeParameters.map((p) => p.getText()).join(', ')}>` : '';
    if (symbol.flags & ts.SymbolFlags.TypeAlias) {
      return `${doc}export type ${name}${params} = ${typeText(checker.getDeclaredTypeOfSymbol(symbol), F.InTypeAlias)};`;
    }
    if (symbol.flags & ts.SymbolFlags.Interface) {
      const props = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol));
      return `${doc}export interface ${name}${params} {\n${props.map((p) => member(p)).join('\n')}\n}`;
    }
    if (symbol.flags & ts.SymbolFlags.Class) {
      const heritage = decl.heritageClauses?.map((h) => ` ${h.getText()}`).join('') ?? '';
      const statics = ownMembers(checker.getTypeOfSymbol(symbol), decl).map((p) => member(p, '  ', 'static '));
      const constructors = checker
        .getTypeOfSymbol(symbol)
        .getConstructSignatures()
        .map((sig) => `  constructor${signature(sig).replace(/\):[^)]*$/, ')')};`);
      const instance = ownMembers(checker.getDeclaredTypeOfSymbol(symbol), decl).map((p) => member(p));
      return `${doc}export declare class ${name}${heritage} {\n${[...statics, ...constructors, ...instance].join('\n')}\n}`;
    }
    if (symbol.flags & ts.SymbolFlags.Function) {
      const sigs = checker.getTypeOfSymbol(symbol).getCallSignatures();
      return sigs.map((sig) => `${doc}export declare function ${name}${signature(sig)};`).join('\n');
    }
    if (symbol.flags & ts.SymbolFlags.Variable) {
      return `${doc}export declare const ${name}: ${typeText(checker.getTypeOfSymbol(symbol))};`;
    }
    throw new Error(`cannot declare ${name}: not a type, interface, class, function or constant`);
  }

  /** The public members a class declares itself (not those it inherits, not private or protected ones, not `prototype`). */
  function ownMembers(type, classDeclaration) {
    return checker.getPropertiesOfType(type).filter((p) => {
      const d = p.declarations?.[0];
      if (!d || d.parent !== classDeclaration || p.name === 'prototype' || p.name.startsWith('#')) return false;
      return (ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) === 0;
    });
  }

  /** The source types a piece of declaration text names: capitalized words outside strings and comments. */
  function namesIn(text) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
    if (/\bimport\(/.test(code)) throw new Error(`a declaration names a type by import(): ${code.slice(0, 200)}`);
    return [...new Set(code.match(/\b[A-Z][\w$]*\b/g) ?? [])].filter((n) => declared.has(n));
  }

  /**
   * Declares `roots` ([exported name, symbol]) and every source type they name.
   * `external` maps a symbol declared by another entry's file to its name there:
   * it is imported from there, not declared again. `special` maps a name to the
   * text that declares it. Returns the text, every name declared or imported
   * (with its symbol), and the names to import (local name to the name there).
   */
  function emit(roots, { external = new Map(), special = new Map() } = {}) {
    const out = [];
    const done = new Map();
    const imported = new Map();
    const queue = [...roots];
    while (queue.length) {
      const [name, symbol] = queue.shift();
      if (done.has(name)) continue;
      done.set(name, symbol);
      if (external.has(symbol)) {
        imported.set(name, external.get(symbol));
        continue;
      }
      const sameSymbol = [...done].find(([other, s]) => s === symbol && other !== name && !imported.has(other));
      const text = sameSymbol ? `export { ${sameSymbol[0]} as ${name} };` : (special.get(name) ?? declaration(symbol, name));
      out.push(text);
      for (const n of namesIn(text)) {
        if (done.has(n)) continue;
        const target = declared.get(n);
        if (target === 'ambiguous') throw new Error(`${name} names ${n}, which several source files declare`);
        queue.push([n, target]);
      }
    }
    return { text: out.join('\n\n'), declared: done, imported };
  }

  /** The exports of a source file, aliases resolved: [name, symbol]. */
  function exportsOf(fileName) {
    const file = program.getSourceFile(fileName);
    if (!file) throw new Error(`${fileName} is not in the program`);
    return checker.getExportsOfModule(checker.getSymbolAtLocation(file)).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]);
  }

  return { checker, emit, exportsOf, member, ownMembers, docComment, typeText };
}
