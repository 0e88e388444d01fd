import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LdnCompleteEvent, LdnStepChangeEvent } from '../src/events.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import {
  answerStep,
  back,
  choose,
  clickAction,
  completeWithMouse,
  continueOn,
  EXAMPLE_CLICKS,
  focusedIn,
  inputFor,
  mountAid,
  root,
  settle,
  stepOf,
} from './support/harness.js';

const text = (el: LdnDecisionAid, selector: string) => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function goTo(el: LdnDecisionAid, step: keyof typeof EXAMPLE_CLICKS) {
  await clickAction(el, 'continue');
  for (const s of Object.keys(EXAMPLE_CLICKS) as (keyof typeof EXAMPLE_CLICKS)[]) {
    if (s === step) return;
    await answerStep(el, EXAMPLE_CLICKS[s]);
    await continueOn(el);
  }
}

describe('<ldn-decision-aid> for embedders', () => {
  it('fires ldn-step-change with the new step on each step change, but not on first render', async () => {
    const steps: string[] = [];
    const el = await fixture<LdnDecisionAid>(
      html`<ldn-decision-aid @ldn-step-change=${(e: LdnStepChangeEvent) => steps.push(e.detail.step)}></ldn-decision-aid>`,
    );
    await settle(el);
    expect(steps).to.deep.equal([]);
    await clickAction(el, 'continue');
    await choose(el, 'diagnosis', 'diagnosed');
    await choose(el, 'age-group', '18-or-over');
    await continueOn(el);
    await back(el);
    expect(steps).to.deep.equal(['condition', 'therapies', 'condition']);
  });

  it('fires ldn-step-change from inside the shadow root so the host page hears it (bubbles, composed)', async () => {
    const el = await mountAid();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!.click());
    const event = await oneEvent<LdnStepChangeEvent>(document, 'ldn-step-change');
    expect(event.detail.step).to.equal('condition');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires ldn-complete with the answers and the guide when the guide is shown', async () => {
    const el = await mountAid();
    let complete: LdnCompleteEvent | undefined;
    el.addEventListener('ldn-complete', (e) => (complete = e));
    await completeWithMouse(el);
    expect(complete, 'ldn-complete fired').to.not.equal(undefined);
    expect(complete!.detail.answers['opioid-use']).to.equal('yes');
    expect(complete!.detail.answers['opioid-kinds']).to.deep.equal(['tramadol']);
    expect(complete!.detail.guide.safety[0]).to.equal('opioid-withdrawal');
    expect(complete!.detail.guide.keyPoints).to.include('off-label');
    expect(complete!.detail.sources).to.include('S0');
  });

  it('keeps progress when the element is moved elsewhere in the page', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    await choose(el, 'diagnosis', 'suspected');
    await choose(el, 'age-group', '18-or-over');
    await continueOn(el);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await settle(el);
    expect(stepOf(el)).to.equal('therapies');
    await back(el);
    expect(inputFor(el, 'diagnosis', 'suspected').checked).to.equal(true);
    elsewhere.remove();
  });

  it('does not throw when the script is loaded a second time', async () => {
    await import(`../src/ldn-decision-aid.ts?second-copy=${Date.now()}`);
    const el = await mountAid();
    expect(stepOf(el)).to.equal('intro');
  });

  it('needs no inline styles, so a strict Content-Security-Policy (style-src without unsafe-inline) allows it', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    await clickAction(el, 'start-over');
    expect(root(el).querySelectorAll('style, [style]').length, 'inline <style> or style="" in the shadow root').to.equal(0);
    expect(root(el).adoptedStyleSheets.length, 'styles come from constructed style sheets').to.be.greaterThan(0);
  });

  it('is not restyled by host page CSS that would leak into inherited text styles', async () => {
    const style = document.createElement('style');
    style.textContent = 'body { text-align: justify; letter-spacing: 3px; text-transform: uppercase; } button { all: unset; }';
    document.head.append(style);
    try {
      const el = await mountAid();
      const paragraph = root(el).querySelector('p')!;
      const button = root(el).querySelector<HTMLButtonElement>('[data-action="continue"]')!;
      expect(getComputedStyle(paragraph).textAlign).to.equal('start');
      expect(getComputedStyle(paragraph).letterSpacing).to.equal('normal');
      expect(getComputedStyle(paragraph).textTransform).to.equal('none');
      expect(getComputedStyle(button).cursor).to.equal('pointer');
    } finally {
      style.remove();
    }
  });
});

describe('<ldn-decision-aid> questions', () => {
  it('shows an error summary and inline errors when Continue is pressed with nothing answered', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    await continueOn(el);
    expect(stepOf(el)).to.equal('condition');
    expect(text(el, '.error-summary')).to.contain('There is a problem');
    expect(text(el, '.error-summary')).to.contain('Select whether a clinician has diagnosed POTS');
    expect(focusedIn(el)).to.equal(root(el).querySelector('.error-summary'));
    expect(text(el, '#diagnosis-error')).to.contain('Error: Select whether a clinician has diagnosed POTS');
    expect(root(el).querySelector('#diagnosis')!.getAttribute('aria-describedby')).to.contain('diagnosis-error');
    // The optional question has no error.
    expect(root(el).querySelector('#duration-error')).to.equal(null);
  });

  it('moves focus to the question when an error summary link is followed', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    await continueOn(el);
    root(el).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await settle(el);
    expect(focusedIn(el)).to.equal(inputFor(el, 'diagnosis', 'diagnosed'));
  });

  it('clears the errors once the page is answered and continued', async () => {
    const el = await mountAid();
    await clickAction(el, 'continue');
    await continueOn(el);
    await choose(el, 'diagnosis', 'diagnosed');
    await choose(el, 'age-group', '18-or-over');
    await continueOn(el);
    await back(el);
    expect(root(el).querySelector('.error-summary')).to.equal(null);
  });

  it('asks the opioid follow-up questions only after "yes" or "not sure"', async () => {
    const el = await mountAid();
    await goTo(el, 'opioids');
    expect(root(el).querySelector('#opioid-kinds')).to.equal(null);
    await choose(el, 'opioid-use', 'not-sure');
    expect(root(el).querySelector('#opioid-kinds')).to.not.equal(null);
    expect(root(el).querySelector('#opioid-use-disorder-treatment')).to.equal(null);
    await choose(el, 'opioid-use', 'no');
    expect(root(el).querySelector('#opioid-kinds')).to.equal(null);
  });

  it('asks about opioid use disorder treatment once, right after the list, only after a medicine that treatment uses or "not sure which"', async () => {
    const el = await mountAid();
    await goTo(el, 'opioids');
    await choose(el, 'opioid-use', 'yes');
    await choose(el, 'opioid-kinds', 'codeine');
    expect(root(el).querySelector('#opioid-use-disorder-treatment'), 'codeine').to.equal(null);
    await choose(el, 'opioid-kinds', 'methadone');
    await choose(el, 'opioid-kinds', 'buprenorphine');
    expect(root(el).querySelectorAll('#opioid-use-disorder-treatment'), 'methadone and buprenorphine: asked once').to.have.length(1);
    const fieldsets = [...root(el).querySelectorAll('fieldset')].map((f) => f.id);
    expect(fieldsets.indexOf('opioid-use-disorder-treatment')).to.equal(fieldsets.indexOf('opioid-kinds') + 1);
    // Not nested in the list of medicines: its own question.
    expect(root(el).querySelector('#opioid-kinds #opioid-use-disorder-treatment')).to.equal(null);
    await choose(el, 'opioid-kinds', 'methadone');
    await choose(el, 'opioid-kinds', 'buprenorphine');
    expect(root(el).querySelector('#opioid-use-disorder-treatment'), 'unticked').to.equal(null);
    await choose(el, 'opioid-kinds', 'not-sure-which');
    expect(root(el).querySelector('#opioid-use-disorder-treatment'), 'not sure which').to.not.equal(null);
  });

  it('lists the names people may not know are opioids', async () => {
    const el = await mountAid();
    await goTo(el, 'opioids');
    const names = text(el, '#opioid-use details');
    for (const name of ['Tramadol', 'codeine', 'Buprenorphine', 'under the tongue', 'injections', 'diphenoxylate', 'kratom']) expect(names).to.contain(name);
    // International names only: no brand (clinical-facts.md, "One text for many countries").
    for (const brand of ['Lomotil', 'Viberzi']) expect(names).not.to.contain(brand);
  });

  it('keeps every tick of two made before the page updates (a script or an assistive tool ticking in one go)', async () => {
    const el = await mountAid();
    await goTo(el, 'therapies');
    inputFor(el, 'therapies', 'fluids-salt').click();
    inputFor(el, 'therapies', 'compression').click();
    await settle(el);
    expect(el.answers.therapies).to.deep.equal(['fluids-salt', 'compression']);
    expect(inputFor(el, 'therapies', 'fluids-salt').checked && inputFor(el, 'therapies', 'compression').checked).to.equal(true);
  });

  it('names the common opioids in the hint, visible without opening anything, and asks about medicines kept for when needed', async () => {
    const el = await mountAid();
    await goTo(el, 'opioids');
    expect(text(el, '#opioid-use legend')).to.match(/or keep one at home to take when needed/);
    const hint = text(el, '#opioid-use-hint');
    for (const name of ['codeine', 'cough medicines', 'tramadol', 'buprenorphine', 'methadone', 'last two weeks']) expect(hint).to.contain(name);
    // A monthly buprenorphine injection or a patch still in use counts, however long ago the last one was (audit 4, F9).
    expect(hint).to.contain('a patch or an injection you still get');
  });

  it('asks which ticked treatments are still used, then whether each helps in the tense that fits, and only for ticked ones', async () => {
    const el = await mountAid();
    await goTo(el, 'therapies');
    expect(root(el).querySelector('#therapies-current')).to.equal(null);
    await choose(el, 'therapies', 'midodrine');
    await choose(el, 'therapies', 'compression');
    const current = [...root(el).querySelectorAll<HTMLInputElement>('#therapies-current input')].map((i) => i.value);
    expect(current).to.deep.equal(['compression', 'midodrine', 'stopped-all']);
    expect(root(el).querySelector('#therapy-helps-midodrine'), 'before saying which are still used').to.equal(null);
    await continueOn(el);
    expect(text(el, '.error-summary')).to.contain('Select the ones you still take or do');
    await choose(el, 'therapies-current', 'midodrine');
    // Each treatment's follow-ups start with its name, shown, so two "Does it help?" are never alike on screen.
    for (const [id, name] of [
      ['midodrine', 'Midodrine'],
      ['compression', 'Compression garments'],
    ]) {
      const subject = root(el).querySelector<HTMLElement>(`#therapy-helps-${id} legend .legend__subject`)!;
      expect(subject.textContent?.trim()).to.match(new RegExp(`^${name}`));
      expect(subject.checkVisibility() && subject.getBoundingClientRect().height > 10, `${name} shown`).to.equal(true);
    }
    expect(text(el, '#therapy-helps-midodrine legend')).to.match(/Does it help\?$/);
    expect(text(el, '#therapy-helps-compression legend')).to.match(/Did it help\?$/);
    expect(text(el, 'label[for="therapy-side-effects-compression-0"]')).to.match(/^It caused side effects/);
    expect(text(el, 'label[for="therapy-side-effects-midodrine-0"]')).to.match(/^It has caused side effects/);
    await continueOn(el);
    expect(text(el, '.error-summary')).to.contain('Select whether it helps or helped: Midodrine');
    expect(text(el, '.error-summary'), 'side effects need no answer').not.to.contain('side effects');
  });

  it('unticks the treatments when "None of these" is chosen', async () => {
    const el = await mountAid();
    await goTo(el, 'therapies');
    await choose(el, 'therapies', 'midodrine');
    await choose(el, 'therapies', 'none-of-these');
    expect(inputFor(el, 'therapies', 'midodrine').checked).to.equal(false);
    await continueOn(el);
    expect(stepOf(el)).to.equal('opioids');
  });

  it('offers only rated symptoms for "bothers you most"', async () => {
    const el = await mountAid();
    await goTo(el, 'symptoms');
    await answerStep(
      el,
      EXAMPLE_CLICKS.symptoms.filter(([field]) => field !== 'worst-symptom'),
    );
    const offered = [...root(el).querySelectorAll<HTMLInputElement>('#worst-symptom input')].map((i) => i.value);
    expect(offered).to.include('fatigue');
    expect(offered).to.not.include('headaches');
    expect(offered).to.not.include('stomach-bowel');
  });

  it('keeps every answer when going Back and forward again', async () => {
    const el = await mountAid();
    await goTo(el, 'health');
    await back(el);
    expect(inputFor(el, 'opioid-kinds', 'tramadol').checked).to.equal(true);
    await back(el);
    expect(inputFor(el, 'therapy-side-effects-beta-blocker', 'side-effects').checked).to.equal(true);
  });

  it('returns to "Check your answers" after a change made from there', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    await clickAction(el, 'change-answers');
    expect(stepOf(el)).to.equal('review');
    root(el).querySelector<HTMLButtonElement>('[data-change="opioids"]')!.click();
    await settle(el);
    expect(stepOf(el)).to.equal('opioids');
    await choose(el, 'opioid-use', 'no');
    await continueOn(el);
    expect(stepOf(el)).to.equal('review');
    expect(text(el, '[data-review="opioids"]')).to.not.contain('Tramadol');
    await continueOn(el);
    expect(root(el).querySelector('[data-flag="opioid-withdrawal"]')).to.equal(null);
  });

  it('names what each Change button changes, for screen reader users', async () => {
    const el = await mountAid();
    await goTo(el, 'values');
    await answerStep(el, EXAMPLE_CLICKS.values);
    await continueOn(el);
    const button = root(el).querySelector<HTMLButtonElement>('[data-change="condition"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change Diagnosed with POTS');
  });
});

describe('<ldn-decision-aid> guide actions', () => {
  it('copies the guide as plain text', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      await clickAction(el, 'copy');
      await settle(el);
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.contain('Safety first');
    expect(copied.indexOf('Opioid medicines and LDN do not mix')).to.be.lessThan(copied.indexOf('About POTS'));
    expect(text(el, '[role="status"].status')).to.contain('copied');
  });

  it('says so when copying is not allowed', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      await clickAction(el, 'copy');
      await settle(el);
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(text(el, '[role="status"].status')).to.contain('Download');
  });

  it('downloads the guide as a text file', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    let blob: Blob | undefined;
    let filename = '';
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      filename = this.download;
    };
    try {
      await clickAction(el, 'download');
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(filename).to.equal('ldn-discussion-guide.txt');
    expect(blob!.type).to.contain('text/plain');
    expect(await blob!.text()).to.contain('Questions to ask');
  });

  it('prints the guide alone, and leaves later printing of the host page alone', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    const sibling = document.createElement('p');
    sibling.textContent = 'Host page content';
    document.body.prepend(sibling);
    const originalPrint = window.print;
    let printCalled = false;
    window.print = () => void (printCalled = true);
    try {
      await clickAction(el, 'print');
      await emulateMedia({ media: 'print' });
      expect(printCalled).to.equal(true);
      expect(getComputedStyle(sibling).display, 'host content while printing').to.equal('none');
      expect(getComputedStyle(el).display, 'widget while printing').to.equal('block');
      expect(root(el).querySelector('[data-action="print"]')!.getClientRects().length, 'buttons on paper').to.equal(0);
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-ldn-printing')).to.equal(false);
      expect(getComputedStyle(sibling).display, 'host content on a later Ctrl+P').to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.print = originalPrint;
      sibling.remove();
    }
  });

  it('asks before starting over, and Cancel keeps the guide', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    await clickAction(el, 'start-over');
    expect(focusedIn(el)?.id).to.equal('confirm-start-over-title');
    await clickAction(el, 'cancel-start-over');
    expect(stepOf(el)).to.equal('guide');
    expect(focusedIn(el)).to.equal(root(el).querySelector('[data-action="start-over"]'));
    await clickAction(el, 'start-over');
    await clickAction(el, 'confirm-start-over');
    expect(stepOf(el)).to.equal('intro');
    await clickAction(el, 'continue');
    expect(inputFor(el, 'diagnosis', 'diagnosed').checked).to.equal(false);
  });

  it('suggests more support when a SURE answer is "no"', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    for (const item of ['sure', 'understand', 'risk-benefit']) await choose(el, `sure-${item}`, 'yes');
    await choose(el, 'sure-encouragement', 'no');
    expect(text(el, '.sure-status')).to.match(/more information/i);
    await choose(el, 'sure-encouragement', 'yes');
    expect(text(el, '.sure-status')).to.contain('all four');
  });
});
