/**
 * Reading and writing the XLIFF 1.2 files that lit-localize writes: one
 * <trans-unit> per message, its English <source>, and a <target> once
 * translated. Placeholders are <x id equiv-text/> elements (lit-localize also
 * reads <ph>); nothing else may appear inside a <source> or <target>.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const ELEMENT = 1;
const TEXT = 3;

/** Parses XLIFF text; throws on XML that is not well-formed. */
export function parseXliff(text) {
  const errors = [];
  const onError = (message) => errors.push(message);
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: onError, fatalError: onError } }).parseFromString(text, 'text/xml');
  if (errors.length || !doc.documentElement) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  return doc;
}

export const serializeXliff = (doc) => new XMLSerializer().serializeToString(doc);

/** xmldom's NodeLists are not iterable. */
export const nodes = (list) => Array.from({ length: list.length }, (_, i) => list.item(i));

const children = (element, name) => nodes(element.childNodes).filter((node) => node.nodeType === ELEMENT && node.localName === name);

/** A node's XML, without the XLIFF namespace declaration the serializer adds to an element taken out of its document. */
const xmlOf = (node) => new XMLSerializer().serializeToString(node).replace(` xmlns="${XLIFF_NS}"`, '');

/** The inner XML of an element, as written: the form in which a <source> is compared with the current English. */
export const innerXml = (element) => nodes(element.childNodes).map(xmlOf).join('');

/**
 * The <trans-unit>s of a document: id, the element, its <source> and <target>
 * elements (target null when untranslated), the target's `state` and the unit's notes.
 */
export function transUnits(doc) {
  return nodes(doc.getElementsByTagName('trans-unit')).map((element) => {
    const [source] = children(element, 'source');
    const targets = children(element, 'target');
    return {
      id: element.getAttribute('id'),
      element,
      source: source ?? null,
      target: targets[0] ?? null,
      targetCount: targets.length,
      state: targets[0]?.getAttribute('state') || null,
      notes: children(element, 'note').map((note) => ({ from: note.getAttribute('from'), text: note.textContent })),
    };
  });
}

/**
 * The parts of a <source> or <target>: strings for text, and for each
 * placeholder `{ placeholder: '<x id="0" equiv-text="${n}"/>' }` (its XML,
 * which names the source expression), or `{ other: name }` for any other element.
 */
export function segments(element) {
  return nodes(element.childNodes).map((node) => {
    if (node.nodeType === TEXT) return node.nodeValue;
    if (node.nodeType === ELEMENT && (node.localName === 'x' || node.localName === 'ph')) return { placeholder: xmlOf(node) };
    return { other: node.nodeName };
  });
}

/** Replaces the text nodes of `element` with `transform(text)`, keeping every placeholder element as it is. */
export function mapText(element, transform) {
  for (const node of nodes(element.childNodes)) if (node.nodeType === TEXT) node.nodeValue = transform(node.nodeValue);
}

/**
 * Gives a unit a <target> (after its <source>, as lit-localize places it) and
 * returns it emptied, for the caller to fill; `state` is set when given.
 */
export function emptyTarget(doc, unit, state) {
  let target = unit.target;
  if (target) while (target.firstChild) target.removeChild(target.firstChild);
  else {
    target = doc.createElementNS(XLIFF_NS, 'target');
    const after = unit.source.nextSibling;
    unit.element.insertBefore(doc.createTextNode('\n  '), after);
    unit.element.insertBefore(target, after);
    unit.target = target;
  }
  if (state) target.setAttribute('state', state);
  return target;
}
