/**
 * Drives a `<ldn-decision-aid>` in a Puppeteer tab as a patient would, by
 * clicking inside its shadow root: for the scripts that check built files in
 * Chromium (check-dist.mjs, package/check-package.mjs).
 */
/* global document, requestAnimationFrame -- used in code that runs in the page */

/** Runs `fn(root, ...args)` in the page, with `root` the shadow root of the widget `selector` names. */
export const inWidget = (tab, selector, fn, ...args) =>
  tab.evaluate(
    (selector, fn, ...args) => new Function('root', 'args', fn)(document.querySelector(selector).shadowRoot, args),
    selector,
    `return (${fn})(root, ...args)`,
    ...args,
  );

/** The step the widget shows (`intro`, a question page, `review`, `guide`). */
export const stepOf = (tab, selector) => inWidget(tab, selector, (root) => root.querySelector('.container')?.dataset.step);

/** Answers every open question on the page with its first option (and "None of these" first where there is one), then continues. */
async function answerPageAndContinue(tab, selector) {
  await inWidget(tab, selector, (root) => {
    for (const fieldset of root.querySelectorAll('fieldset')) {
      const inputs = [...fieldset.querySelectorAll(':scope input')];
      if (!inputs.length || inputs.some((i) => i.checked)) continue;
      const none = inputs.find((i) => i.value === 'none-of-these');
      (none ?? inputs[0]).click();
    }
  });
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  await inWidget(tab, selector, (root) => root.querySelector('[data-action="continue"]').click());
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}

/** Starts, answers every page and continues until the guide is shown; returns the step reached. */
export async function runToGuide(tab, selector) {
  await inWidget(tab, selector, (root) => root.querySelector('[data-action="continue"]').click());
  for (let i = 0; i < 30 && (await stepOf(tab, selector)) !== 'guide'; i++) await answerPageAndContinue(tab, selector);
  return stepOf(tab, selector);
}
