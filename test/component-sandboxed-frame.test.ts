/**
 * In an iframe sandboxed without `allow-modals` the browser ignores print(),
 * and without `allow-downloads` it drops a download, both without a word, so
 * the patient believed the guide was saved when it was not (audit 4, F3).
 * The buttons that cannot work are not offered; Copy and the code for the
 * clinician stay. The download's status line never claims more than the
 * widget can know.
 */
import { expect } from '@open-wc/testing';
import { sandboxRefusals } from '../src/components/browser/sandbox.js';
import { clickAction, completeWithMouse, mountAid, openSaveOrPrint, root } from './support/harness.js';

/** An iframe element with this sandbox attribute (null: none), as `window.frameElement` gives it. */
function frameWith(sandbox: string | null): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  return frame;
}

const asWindow = (frameElement: Element | null) => ({ frameElement }) as unknown as Window;

describe('a widget in a sandboxed frame', () => {
  it('knows what the frame refuses: Print without allow-modals, Download without allow-downloads', () => {
    expect(sandboxRefusals(asWindow(null))).to.deep.equal({ print: false, download: false });
    expect(sandboxRefusals(asWindow(frameWith(null)))).to.deep.equal({ print: false, download: false });
    expect(sandboxRefusals(asWindow(frameWith('allow-scripts allow-same-origin')))).to.deep.equal({ print: true, download: true });
    expect(sandboxRefusals(asWindow(frameWith('allow-scripts allow-same-origin allow-modals')))).to.deep.equal({ print: false, download: true });
    expect(sandboxRefusals(asWindow(frameWith('allow-same-origin allow-scripts allow-downloads allow-modals')))).to.deep.equal({
      print: false,
      download: false,
    });
    // Another origin's frame cannot be read: everything is offered.
    const crossOrigin = {
      get frameElement(): Element {
        throw new DOMException('Blocked', 'SecurityError');
      },
    } as unknown as Window;
    expect(sandboxRefusals(crossOrigin)).to.deep.equal({ print: false, download: false });
  });

  it('offers only Copy and the code for the clinician where the frame refuses Print and Download', async () => {
    // An own property of the global object: kept and put back as it was.
    const real = Object.getOwnPropertyDescriptor(window, 'frameElement')!;
    Object.defineProperty(window, 'frameElement', { configurable: true, get: () => frameWith('allow-scripts allow-same-origin') });
    try {
      const el = await mountAid();
      await completeWithMouse(el);
      await openSaveOrPrint(el);
      const actions = [...root(el).querySelectorAll<HTMLElement>('.save-menu [data-action]')].map((b) => b.dataset.action);
      expect(actions).to.include.members(['copy', 'show-code']);
      expect(actions).not.to.include('print');
      expect(actions).not.to.include('download');
    } finally {
      Object.defineProperty(window, 'frameElement', real);
    }
    expect(window.frameElement).to.equal(null);
  });

  it('says after Download what should happen and what to do if it does not, never that the file was saved', async () => {
    const el = await mountAid();
    await completeWithMouse(el);
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      await clickAction(el, 'download');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    const status = root(el).querySelector('[role="status"].status')!.textContent!;
    expect(status).to.contain('should');
    expect(status).to.contain('Copy as text');
    expect(status).not.to.match(/was downloaded|has been saved/);
  });
});
