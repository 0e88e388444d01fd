/**
 * Which widgets on the page save where, to warn when two share a place: each
 * then keeps only what it wrote first (save-slot.ts), and neither deletes the
 * other's progress, but the page should give each its own key.
 */
import { warnOnce } from '../../warn-once.js';

const holders = new Map<string, Set<object>>();
const where = new Map<object, string>();
/** Shared keys are the page's matter: each is said once per page. */
const PAGE = {};

/** Records where a widget saves now (a storage and key, or undefined when it saves nothing), warning once when another connected widget saves there too. */
export function holdPlace(widget: object, place: string | undefined, key = place): void {
  if (where.get(widget) === place) return;
  releasePlace(widget);
  if (place === undefined) return;
  where.set(widget, place);
  const widgets = holders.get(place) ?? new Set();
  holders.set(place, widgets.add(widget));
  if (widgets.size > 1)
    warnOnce(
      PAGE,
      `shared ${place}`,
      `<ldn-decision-aid>: ${widgets.size} widgets on this page save progress under the same key ("${key}"). Each keeps only what it saved first, and neither removes the other's; give each its own storage-key or id.`,
    );
}

/** The widget left the page, or stopped saving. */
export function releasePlace(widget: object): void {
  const place = where.get(widget);
  if (place === undefined) return;
  where.delete(widget);
  holders.get(place)?.delete(widget);
}

/** Whether another widget on the page saves in the same place. */
export const sharesPlace = (widget: object): boolean => (holders.get(where.get(widget) ?? '')?.size ?? 0) > 1;
