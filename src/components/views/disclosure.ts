/**
 * The disclosure pattern the guide uses ("Save or print", the clinician's
 * code): a real button with aria-expanded, and the region it shows right
 * after it. The region is always in the page, so aria-controls points at
 * something, and filled only while open, so nothing hidden is measured or
 * loaded. Focus stays on the button.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface DisclosureProps {
  /** The button's data-action. */
  action: string;
  panelId: string;
  panelClass: string;
  open: boolean;
  label: string | TemplateResult;
  onToggle: () => void;
  /** The region's content, made only while open. */
  panel: () => TemplateResult;
  buttonClass?: string;
}

export function renderDisclosure(p: DisclosureProps) {
  return html`<button
      type="button"
      class="button button--secondary ${p.buttonClass ?? ''}"
      part="button"
      data-action=${p.action}
      aria-expanded=${p.open ? 'true' : 'false'}
      aria-controls=${p.panelId}
      @click=${p.onToggle}
    >
      ${p.label}
    </button>
    <div id=${p.panelId} class=${p.panelClass} ?hidden=${!p.open}>${p.open ? p.panel() : nothing}</div>`;
}
