/**
 * @chunk main: schedules what the first page does not need, in the first download.
 *
 * Runs a task once the browser has nothing more urgent to do, so a chunk that
 * loads later never competes with the first question for the network or the
 * main thread: an idle callback (at the latest after `timeout` ms on a busy
 * page), or a short timer where the browser has none (Safari). Returns what
 * cancels it: a task that holds an element must not keep a removed one alive.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
