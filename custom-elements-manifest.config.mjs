/**
 * The custom elements manifest (custom-elements.json), generated from the
 * element's JSDoc and Lit decorators: `npm run manifest`. test/manifest.test.ts
 * checks it lists every attribute, event, part and custom property the code uses.
 */
export default {
  globs: ['src/components/ldn-decision-aid.ts', 'src/events.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's customElements field on every run.
  packagejson: false,
  plugins: [
    {
      name: 'ldn-drop-nameless-events',
      // The analyzer adds an event without a name for each \`dispatchEvent(new SomeEvent())\`; the named ones come from the JSDoc.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? []) if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      },
    },
  ],
};
