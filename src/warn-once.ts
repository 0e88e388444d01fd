const warned = new WeakMap<object, Set<string>>();

/** Warns about a bad setting once per element and setting, however often it is read or rendered. */
export function warnOnce(host: object, key: string, message: string): void {
  const seen = warned.get(host) ?? new Set<string>();
  if (seen.has(key)) return;
  seen.add(key);
  warned.set(host, seen);
  console.warn(message);
}
