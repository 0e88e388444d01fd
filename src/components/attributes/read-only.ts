import { warnOnce } from '../../warn-once.js';

/**
 * A read-only property the host set anyway (React 19 sets every prop as a
 * property when the element has one): assigning to a getter alone would throw,
 * so the setter does nothing but warn, once per element and property.
 */
export function readOnly(host: object, property: string): void {
  warnOnce(host, `read-only ${property}`, `<ldn-decision-aid>: ${property} is read-only; setting it changes nothing.`);
}
