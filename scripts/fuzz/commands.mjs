/**
 * The host-API fuzz's commands, for fast-check's model-based testing: what a
 * host page does to its widgets (attributes and properties of every kind of
 * value, reset(), removing, re-adding and moving them, storage that fails,
 * locale files that load slowly or not at all), and what a patient does
 * (answer, continue, back, change answers, start over). Each command updates
 * the model, acts on the page, and has the page checked (checks.mjs).
 */
/* global window -- used in code that runs in the page */
import fc from 'fast-check';
import { checkPage } from './checks.mjs';
import { emptyModel, keysOf, noteLocaleRequest, settingText } from './model.mjs';

const NAMES = ['a', 'b', 'c'];
export const ATTRIBUTES = [
  'save',
  'storage-key',
  'clinic-name',
  'funding',
  'conflicts',
  'reviewer',
  'review-date',
  'heading-level',
  'locale',
  'questionnaire-url',
  'id',
];
const PROPERTIES = ['save', 'storageKey', 'clinicName', 'funding', 'conflicts', 'reviewer', 'reviewDate', 'headingLevel', 'locale', 'questionnaireUrl'];
const READ_ONLY = ['step', 'answers', 'guide'];
const LOCALES = ['es', 'fr', 'de', 'ar', 'en-XA', 'ar-XB'];

const string = (s) => ({ kind: 'string', s });
/** Text a host may set: valid, invalid, empty, huge, markup and bidi controls. */
const text = fc
  .oneof(
    fc.constantFrom(
      'local',
      'session',
      'none',
      '',
      'k1',
      'k2',
      'es',
      'fr',
      'de',
      'ar',
      'en',
      'es-MX',
      'en-XA',
      'ar-XB',
      'xx',
      '3',
      '9',
      '2025-01-15',
      '2025-02-30',
    ),
    fc.constantFrom('Riverside POTS Clinic', 'https://clinic.example/Q', 'not a url', '<img src=x onerror=alert(1)>', 'Clinic \u202eevil\u202c', '  es  '),
  )
  .map(string);
const huge = fc.constant({ kind: 'huge' });
/** Any JavaScript value, as React 19 may set on a property. */
const anyValue = fc.oneof(
  text,
  huge,
  fc.constantFrom(42, 3, 1.5, NaN, -0).map((n) => ({ kind: 'number', n })),
  fc.boolean().map((b) => ({ kind: 'bool', b })),
  fc.constantFrom('bigint', 'null', 'undefined', 'date', 'bad-date', 'object', 'array', 'symbol', 'function', 'throwing-object').map((kind) => ({ kind })),
);
const show = (d) => (d.kind === 'string' ? JSON.stringify(d.s) : d.kind === 'number' ? String(d.n) : d.kind === 'bool' ? String(d.b) : `<${d.kind}>`);

/** Where a widget saves for a `save` value (EMBEDDING.md): an attribute's text, or a property's value. */
function saveMode(d, fromAttribute) {
  if (d === undefined) return 'none';
  if (d.kind === 'bool') return d.b ? 'local' : 'none';
  if (d.kind !== 'string') return 'none';
  if (fromAttribute && d.s === '') return 'local';
  return ['local', 'session', 'none'].includes(d.s) ? d.s : 'none';
}

/** The model's record of a widget's settings that the checks need. */
function applySetting(w, setting, d, fromAttribute = true) {
  if (setting === 'save') w.save = saveMode(d, fromAttribute);
  else if (setting === 'locale') w.locale = settingText(d);
  else if (setting === 'storage-key' || setting === 'storageKey') w.storageKey = settingText(d, 200);
  else if (setting === 'id') w.id = d === undefined ? '' : d.kind === 'huge' ? 'R'.repeat(100_000) : d.s;
}

class Command {
  constructor(kind, name, args, label) {
    Object.assign(this, { kind, name, args, label });
  }
  toString() {
    return this.label;
  }
  check(model) {
    const w = model.widgets.get(this.name);
    if (this.kind === 'add') return !w;
    if (this.kind === 'readd') return !!w && !w.connected;
    if (this.name === undefined) return true;
    return !!w && (this.kind !== 'patient' && this.kind !== 'remove' ? true : w.connected);
  }
  async run(model, real) {
    const w = model.widgets.get(this.name);
    const { page } = real;
    // Where the widget saved before this command: a change of setting may remove its save there.
    if (w) for (const key of keysOf(w)) (w.formerKeys ??= new Set()).add(key);
    const before = real.snapshot();
    real.stats.commands += 1;
    /** The model first, then the page: a widget asks for its locale as soon as it renders, which may be before the page call returns. */
    const ask = () => {
      if (this.name !== undefined) noteLocaleRequest(model, this.name);
      real.askCount = model.askCount;
    };
    const call = (method, ...args) => page.evaluate((method, ...args) => window.__fuzz[method](...args), method, ...args);
    if (this.args.file) real.plans[this.args.file.locale] = this.args.file.plan;
    switch (this.kind) {
      case 'add':
        model.widgets.set(this.name, { connected: true, locale: null, storageKey: null, id: '', save: 'none' });
        for (const [attribute, value] of Object.entries(this.args.attributes)) applySetting(model.widgets.get(this.name), attribute, string(value));
        ask();
        await call('add', this.name, this.args.attributes);
        break;
      case 'attribute':
        applySetting(w, this.args.attribute, this.args.value);
        ask();
        await call('setAttribute', this.name, this.args.attribute, this.args.value);
        break;
      case 'locale-twice':
        for (const locale of this.args.locales) {
          applySetting(w, 'locale', string(locale));
          ask();
          await call('setProperty', this.name, 'locale', string(locale));
          // The second comes after the first has rendered (and asked), before its file can arrive.
          await page.evaluate((name) => window.__fuzz.widgets.get(name).updateComplete, this.name);
        }
        break;
      case 'remove-attribute':
        applySetting(w, this.args.attribute, undefined);
        ask();
        await call('removeAttribute', this.name, this.args.attribute);
        break;
      case 'property':
        applySetting(w, this.args.property, this.args.value, false);
        ask();
        await call('setProperty', this.name, this.args.property, this.args.value);
        break;
      case 'reset':
      case 'remove':
      case 'readd':
      case 'move':
        // Moving puts the widget in the page, wherever it was.
        if (this.kind !== 'reset') w.connected = this.kind !== 'remove';
        ask();
        await call(this.kind, this.name, this.args.before);
        break;
      case 'patient':
        real.stats.patient += 1;
        ask();
        await call('act', this.name, this.args.action, this.args.pick);
        break;
      case 'fault':
        model.fault = this.args.fault;
        await call('storageFault', this.args.fault);
        break;
      case 'network':
        real.plans[this.args.locale] = this.args.plan;
        break;
      case 'settle':
        await real.settleNetwork();
        break;
    }
    await checkPage(real, model, this, before);
  }
}

// Mostly the widget that is always there, so fewer commands name a widget not on the page.
const name = fc.constantFrom('a', 'a', 'a', ...NAMES);
/** A new widget's attributes: often saving, and often under the default key, as two widgets sharing it would. */
const initialAttributes = fc
  .record({
    save: fc.constantFrom('local', 'local', 'session', 'none', '', undefined),
    'storage-key': fc.constantFrom('k1', 'k2', undefined, undefined, undefined),
    id: fc.constantFrom('a', 'b', undefined, undefined, undefined),
    locale: fc.constantFrom(...LOCALES, 'en', 'xx', undefined, undefined),
  })
  .map((attributes) => Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)));

/** Every command, weighted so that patients get through the flow while the host keeps changing things. */
export const COMMANDS = [
  {
    arbitrary: fc.tuple(name, initialAttributes).map(([n, attributes]) => new Command('add', n, { attributes }, `add ${n} ${JSON.stringify(attributes)}`)),
    weight: 2,
  },
  fc
    .tuple(name, fc.constantFrom(...ATTRIBUTES), fc.oneof(text, huge))
    .map(([n, attribute, value]) => new Command('attribute', n, { attribute, value }, `${n}.setAttribute(${attribute}, ${show(value)})`)),
  // The locale, most of all, with what its file does on the network: loads can overlap and fail.
  {
    arbitrary: fc
      .tuple(name, fc.constantFrom('en', 'es-MX', 'xx', ...LOCALES), fc.boolean(), fc.constantFrom(undefined, undefined, 'ok', 'fail-once', 'fail'))
      .map(([n, locale, asAttribute, plan]) => {
        const args = asAttribute ? { attribute: 'locale', value: string(locale) } : { property: 'locale', value: string(locale) };
        const file = plan && LOCALES.includes(locale) ? { locale, plan } : undefined;
        const label = `${asAttribute ? `${n}.setAttribute(locale, "${locale}")` : `${n}.locale = "${locale}"`}${file ? ` (its file: ${plan})` : ''}`;
        return new Command(asAttribute ? 'attribute' : 'property', n, { ...args, file }, label);
      }),
    weight: 4,
  },
  // A host that changes its mind at once (a framework rendering twice): the first file may still be on its way.
  {
    arbitrary: fc
      .tuple(name, fc.constantFrom(...LOCALES), fc.constantFrom('en', 'xx', ...LOCALES))
      .map(([n, first, then]) => new Command('locale-twice', n, { locales: [first, then] }, `${n}.locale = "${first}", then "${then}" at once`)),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...LOCALES), fc.constantFrom('ok', 'slow', 'fail-once', 'fail-once', 'fail'))
      .map(([locale, plan]) => new Command('network', undefined, { locale, plan }, `network: ${locale} ${plan}`)),
    weight: 2,
  },
  fc
    .tuple(name, fc.constantFrom(...ATTRIBUTES))
    .map(([n, attribute]) => new Command('remove-attribute', n, { attribute }, `${n}.removeAttribute(${attribute})`)),
  fc
    .tuple(name, fc.constantFrom(...PROPERTIES, ...READ_ONLY), anyValue)
    .map(([n, property, value]) => new Command('property', n, { property, value }, `${n}.${property} = ${show(value)}`)),
  name.map((n) => new Command('reset', n, {}, `${n}.reset()`)),
  name.map((n) => new Command('remove', n, {}, `${n}.remove()`)),
  name.map((n) => new Command('readd', n, {}, `re-add ${n}`)),
  fc.tuple(name, fc.option(name, { nil: undefined })).map(([n, before]) => new Command('move', n, { before }, `move ${n} before ${before ?? 'the start'}`)),
  fc.constantFrom('none', 'throws', 'write-only', 'read-only').map((fault) => new Command('fault', undefined, { fault }, `storage: ${fault}`)),
  { arbitrary: fc.constant(new Command('settle', undefined, {}, 'settle')), weight: 3 },
  ...[
    ['finish', 1],
    ['answer-and-continue', 6],
    ['answer-page', 2],
    ['continue', 2],
    ['answer', 2],
    ['back', 1],
    ['change', 1],
    ['change-answers', 1],
    ['start-over', 1],
    ['confirm-start-over', 1],
  ].map(([action, weight]) => ({
    arbitrary: fc.tuple(name, fc.nat(50)).map(([n, pick]) => new Command('patient', n, { action, pick }, `patient ${n}: ${action} (${pick})`)),
    weight,
  })),
]
  .map((c) => (c.arbitrary ? c : { arbitrary: c, weight: 1 }))
  .flatMap(({ arbitrary, weight }) => Array.from({ length: weight }, () => arbitrary));

export { emptyModel };
