/**
 * What the host-API fuzz does inside the page, installed before the page's own
 * scripts (puppeteer's evaluateOnNewDocument): a host page's operations on its
 * widgets, a patient's actions, faults in storage, and what the invariants
 * read back. Runs under the strict CSP: no inline script, no markup strings.
 */
/* global window, document, customElements, requestAnimationFrame -- this function runs in the page */
export function installFuzzPage() {
  const fuzz = { events: [], problems: [], widgets: new Map() };
  window.__fuzz = fuzz;
  document.addEventListener('securitypolicyviolation', (e) => fuzz.problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => fuzz.problems.push(`uncaught error: ${e.message}`));
  // Whether a locale is loading (lit-localize says so on window), for the settle step to wait for.
  window.addEventListener('lit-localize-status', (e) => (fuzz.localeBusy = e.detail.status === 'loading'));
  window.addEventListener('unhandledrejection', (e) => fuzz.problems.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));

  /** The JavaScript value a value descriptor stands for (made here: symbols, dates and functions cannot cross from Node). */
  const VALUES = {
    huge: () => 'R'.repeat(100_000),
    number: (d) => d.n,
    bigint: () => 7n,
    bool: (d) => d.b,
    null: () => null,
    undefined: () => undefined,
    date: () => new Date(2025, 0, 15),
    'bad-date': () => new Date('nope'),
    object: () => ({ name: 'Riverside' }),
    array: () => ['es'],
    symbol: () => Symbol('x'),
    function: () => () => 'x',
    'throwing-object': () => ({
      toString() {
        throw new Error('planted toString');
      },
    }),
    string: (d) => d.s,
  };
  const value = (d) => VALUES[d.kind](d);

  const widget = (name) => fuzz.widgets.get(name);
  const root = (name) => widget(name)?.shadowRoot;

  fuzz.add = (name, attributes) => {
    const el = document.createElement('ldn-decision-aid');
    for (const [attribute, text] of Object.entries(attributes)) el.setAttribute(attribute, text);
    for (const type of ['ldn-step-change', 'ldn-change', 'ldn-complete', 'ldn-reset']) el.addEventListener(type, () => fuzz.events.push(`${name}: ${type}`));
    fuzz.widgets.set(name, el);
    document.getElementById('host').append(el);
  };
  fuzz.setAttribute = (name, attribute, d) => widget(name).setAttribute(attribute, d.kind === 'huge' ? value(d) : d.s);
  fuzz.removeAttribute = (name, attribute) => widget(name).removeAttribute(attribute);
  fuzz.setProperty = (name, property, d) => {
    widget(name)[property] = value(d);
  };
  fuzz.reset = (name) => widget(name).reset();
  fuzz.remove = (name) => widget(name).remove();
  fuzz.readd = (name) => document.getElementById('host').append(widget(name));
  /** Moves a widget before another (or to the start): a framework re-ordering a list. */
  fuzz.move = (name, before) => {
    const host = document.getElementById('host');
    host.insertBefore(widget(name), (before && widget(before)?.parentNode === host && widget(before)) || host.firstChild);
  };

  const storage = { get: Storage.prototype.getItem, set: Storage.prototype.setItem, remove: Storage.prototype.removeItem };
  /** Storage faults a browser can have: none, everything throws, writes that never read back, reads only. */
  fuzz.storageFault = (fault) => {
    const fail = () => {
      throw new DOMException('planted storage fault', 'SecurityError');
    };
    Storage.prototype.getItem = fault === 'throws' ? fail : fault === 'write-only' ? () => null : storage.get;
    Storage.prototype.setItem = fault === 'throws' || fault === 'read-only' ? fail : storage.set;
    Storage.prototype.removeItem = fault === 'throws' || fault === 'read-only' ? fail : storage.remove;
  };
  /** Storage as it really is, whatever fault is planted. */
  fuzz.storageContents = () => {
    const contents = {};
    for (const kind of ['localStorage', 'sessionStorage'])
      for (let i = 0; i < window[kind].length; i++) {
        const key = window[kind].key(i);
        contents[`${kind}:${key}`] = storage.get.call(window[kind], key);
      }
    return contents;
  };

  // A patient's actions, through the rendered controls only.
  const click = (el) => {
    if (!el) return false;
    el.focus();
    el.click();
    return true;
  };
  fuzz.act = (name, action, pick) => {
    const r = root(name);
    if (!widget(name)?.isConnected || !r) return false;
    const inputs = [...r.querySelectorAll('input:not([disabled])')];
    switch (action) {
      case 'answer':
        return click(inputs[pick % Math.max(1, inputs.length)]);
      case 'answer-page':
        // Every question still open gets an answer, "None of these" where there is one: a page a patient finishes.
        for (const fieldset of r.querySelectorAll('fieldset')) {
          const own = [...fieldset.querySelectorAll(':scope > * input, :scope input')].filter((i) => i.closest('fieldset') === fieldset);
          if (!own.length || own.some((i) => i.checked)) continue;
          click(own.find((i) => i.value === 'none-of-these') ?? own[pick % own.length]);
        }
        return true;
      case 'finish':
        return fuzz.finish(name, pick);
      case 'answer-and-continue':
        fuzz.act(name, 'answer-page', pick);
        return fuzz.act(name, 'continue', pick);
      case 'continue':
      case 'back':
      case 'start-over':
      case 'confirm-start-over':
      case 'change-answers':
        return click(r.querySelector(`[data-action="${action}"]`));
      case 'change':
        return click([...r.querySelectorAll('[data-change]')][pick % 7] ?? null);
      default:
        throw new Error(`unknown action ${action}`);
    }
  };

  /** A patient who answers every page and goes on, up to the guide: each page once it has rendered. */
  fuzz.finish = async (name, pick) => {
    for (let i = 0; i < 12 && root(name)?.querySelector('[data-action="continue"]'); i++) {
      fuzz.act(name, 'answer-page', pick + i);
      await widget(name).updateComplete;
      fuzz.act(name, 'continue', pick + i);
      await widget(name).updateComplete;
    }
    return true;
  };

  /** Waits (at most 5 s) until no locale is loading any more. */
  fuzz.localeSettled = async () => {
    for (let i = 0; i < 250 && fuzz.localeBusy; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    return !fuzz.localeBusy;
  };

  fuzz.settle = async () => {
    for (let i = 0; i < 2; i++) {
      await Promise.all([...fuzz.widgets.values()].map((el) => Promise.race([el.updateComplete, new Promise((resolve) => setTimeout(resolve, 2000))])));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  };

  /** What the invariants need from each widget on the page. */
  fuzz.observe = () =>
    [...fuzz.widgets].map(([name, el]) => {
      const r = el.shadowRoot;
      const container = r?.querySelector('.container');
      let step, answers, guide;
      try {
        ({ step, answers, guide } = { step: el.step, answers: el.answers, guide: el.guide });
      } catch (error) {
        fuzz.problems.push(`${name}: reading step, answers or guide threw ${error.message}`);
      }
      return {
        name,
        connected: el.isConnected,
        step,
        shownStep: container?.dataset.step,
        lang: container?.getAttribute('lang'),
        continueLabel: r?.querySelector('[data-action="continue"]')?.textContent.trim(),
        answers,
        opioidUse: answers?.['opioid-use'],
        guideSafety: guide?.safety,
        firstSafetyBlock: r?.querySelector('[data-section="safety"] > :not(h1, h2, h3, h4, h5, h6)')?.getAttribute('data-flag') ?? null,
        guideShown: !!r?.querySelector('[data-section="safety"]'),
      };
    });
  fuzz.customElementReady = () => !!customElements.get('ldn-decision-aid');
}
