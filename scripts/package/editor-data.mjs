/**
 * Editor data for `<ldn-decision-aid>`, made from custom-elements.json, so an
 * editor completes and explains its attributes, events, parts and custom
 * properties: VS Code's HTML and CSS custom data (version 1.1) and JetBrains'
 * web-types. `valuesOf(attribute)` gives an attribute's allowed values, when
 * its type is a union of strings (build.mjs reads them from the checker).
 */
const EMBEDDING = 'EMBEDDING.md';

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const markdown = (text) => ({ kind: 'markdown', value: oneLine(text) });

export function editorData(manifest, { name, version, valuesOf }) {
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName);
  const description = [element.summary, element.description].filter(Boolean).map(oneLine).join('\n\n');
  const attributes = element.attributes ?? [];
  const events = element.events ?? [];
  const parts = element.cssParts ?? [];
  const properties = element.cssProperties ?? [];
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);

  const vscodeHtml = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: element.tagName,
        description: { kind: 'markdown', value: `${description}\n\nSee ${EMBEDDING} in the package.` },
        attributes: attributes.map((a) => {
          const values = valuesOf(a);
          return { name: a.name, description: markdown(a.description), ...(values.length && { values: values.map((v) => ({ name: v })) }) };
        }),
      },
    ],
  };

  const vscodeCss = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: properties.map((p) => ({
      name: p.name,
      description: `${oneLine(p.description)}${p.default ? ` Default: \`${p.default}\`.` : ''} (<${element.tagName}>)`,
    })),
    pseudoElements: parts.map((p) => ({ name: `::part(${p.name})`, description: `${oneLine(p.description)} (<${element.tagName}>)` })),
  };

  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [
          {
            name: element.tagName,
            description,
            source: { module: name, symbol: element.name },
            attributes: attributes.map((a) => {
              const values = valuesOf(a);
              return {
                name: a.name,
                description: oneLine(a.description),
                value: { type: values.length ? values.map((v) => `'${v}'`).join(' | ') : (a.type?.text ?? 'string'), required: false },
                ...(a.default && { default: a.default }),
              };
            }),
            events: events.map((e) => ({ name: e.name, description: oneLine(e.description) })),
            js: {
              properties: fields.map((f) => ({ name: f.name, description: oneLine(f.description), type: f.type?.text, ...(f.readonly && { readonly: true }) })),
              events: events.map((e) => ({ name: e.name, description: oneLine(e.description) })),
            },
            css: {
              properties: properties.map((p) => ({ name: p.name, description: oneLine(p.description), ...(p.default && { default: p.default }) })),
              parts: parts.map((p) => ({ name: p.name, description: oneLine(p.description) })),
            },
          },
        ],
      },
    },
  };

  return { 'vscode.html-custom-data.json': vscodeHtml, 'vscode.css-custom-data.json': vscodeCss, 'web-types.json': webTypes };
}
