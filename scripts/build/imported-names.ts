/**
 * Which names a module imports from each module it names, read from its
 * source (TypeScript or JavaScript): for the linked chunks, so the module
 * hands a chunk only the bindings the chunk uses (linked-chunks.ts).
 * Type-only imports are left out; a name that is a type all the same is
 * dropped later, as it is no export of the module it names.
 */
import ts from 'typescript';

/** What a module takes from one specifier: some names, or its whole namespace (`*`). */
export interface Imported {
  specifier: string;
  names: string[] | '*';
}

export function importedNames(code: string, file: string): Imported[] {
  const kind = /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, kind);
  const nameOf = (element: ts.ImportSpecifier | ts.ExportSpecifier) => (element.propertyName ?? element.name).text;
  const found: Imported[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      const specifier = statement.moduleSpecifier.text;
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) found.push({ specifier, names: '*' });
      else {
        const named = bindings ? bindings.elements.filter((element) => !element.isTypeOnly).map(nameOf) : [];
        found.push({ specifier, names: clause.name ? ['default', ...named] : named });
      }
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.exportClause;
      if (!clause || ts.isNamespaceExport(clause)) found.push({ specifier, names: '*' });
      else found.push({ specifier, names: clause.elements.filter((element) => !element.isTypeOnly).map(nameOf) });
    }
  }
  return found;
}
