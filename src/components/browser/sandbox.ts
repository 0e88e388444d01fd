/**
 * What a sandboxed frame refuses without a word: a content-managed page may
 * put the widget in an iframe whose sandbox lacks `allow-modals` (the
 * browser ignores print()) or `allow-downloads` (it drops the download).
 * The buttons that cannot work are not offered (audit 4, F3). The frame's
 * sandbox is readable only when it shares the page's origin, the one case in
 * which the module loads at all.
 */
export interface SandboxRefusals {
  print: boolean;
  download: boolean;
}

export function sandboxRefusals(win: Window = window): SandboxRefusals {
  let frame: Element | null = null;
  try {
    frame = win.frameElement;
  } catch {
    // A frame of another origin: nothing can be read, so everything is offered.
  }
  // Not instanceof: the frame element belongs to the parent page's realm.
  if (frame?.localName !== 'iframe' || !frame.hasAttribute('sandbox')) return { print: false, download: false };
  const sandbox = (frame as HTMLIFrameElement).sandbox;
  return { print: !sandbox.contains('allow-modals'), download: !sandbox.contains('allow-downloads') };
}
