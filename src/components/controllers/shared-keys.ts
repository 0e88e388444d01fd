/**
 * Which widgets on the page save where, to warn when two share a place: each
 * then keeps only what it wrote first (save-slot.ts), and neither deletes the
 * other's progress, but the page should give each its own key.
 */
import { warnOnce } from '../../warn-once.js';

/** Where each widget on the page saves: a storage and key. */
const places = new Map<object, string>();
/** Shared keys are the page's matter: each is said once per page. */
const PAGE = {};

const holders = (place: string | undefined) => [...places.values()].filter((p) => p === place).length;

/** Records where a widget saves now (undefined: nowhere), warning once when another widget on the page saves there too. */
export function holdPlace(widget: object, place: string | undefined, key?: string): void {
  if (place === undefined) return void places.delete(widget);
  places.set(widget, place);
  if (holders(place) > 1)
    warnOnce(PAGE, place, `<ldn-decision-aid>: widgets on this page save under the same key ("${key}"); give each its own storage-key or id.`);
}

/** The widget left the page. */
export const releasePlace = (widget: object): void => void places.delete(widget);

/** Whether another widget on the page saves in the same place. */
export const sharesPlace = (widget: object): boolean => holders(places.get(widget)) > 1;
