/**
 * Settles once the browser has painted what is in the DOM now: a task queued from the next frame's
 * requestAnimationFrame runs after that frame's paint. A hidden tab runs no frames, so a timer settles it
 * there (at the latest after `fallbackMs`), or a promise waiting for it would wait until the tab is shown.
 */
export const afterPaint = (fallbackMs = 100): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, fallbackMs);
  });
