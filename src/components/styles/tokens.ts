import { css } from 'lit';

/**
 * The theme: every --ldn-* custom property a clinic can set, with its default,
 * and the inherited properties reset on :host so host page CSS cannot leak in.
 * They are !important because a host page rule that reaches the element (say
 * \`* { font-size: 40px !important }\`) beats a normal :host rule, while an
 * important :host rule beats it; clinics theme through the --ldn-* properties.
 */
export const tokens = css`
  :host {
    --_text: var(--ldn-color-text, #0b0c0c);
    --_muted: var(--ldn-color-muted, #505a5f);
    --_bg: var(--ldn-color-background, #ffffff);
    --_accent: var(--ldn-color-accent, #1d70b8);
    --_accent-text: var(--ldn-color-accent-text, #ffffff);
    --_focus: var(--ldn-color-focus, #ffdd00);
    --_focus-text: var(--ldn-color-focus-text, #0b0c0c);
    --_error: var(--ldn-color-error, #d4351c);
    --_error-text: var(--ldn-color-error-text, #ffffff);
    --_warning: var(--ldn-color-warning, #b35c00);
    --_warning-bg: var(--ldn-color-warning-background, #fff4e5);
    --_border: var(--ldn-color-border, #b1b4b6);
    --_radius: var(--ldn-radius, 4px);
    --_space: var(--ldn-space, 1rem);
    /* 1em only when --ldn-font-size is set (unset, this is invalid and .container takes its fallback): a set size, in any unit, is used as is. */
    --_set-font-size: calc(0 * var(--ldn-font-size) + 1em);

    display: block !important;
    box-sizing: border-box !important;
    /* Never narrower than 48 of the widget's own text size: a page's 62.5% root would make 48rem 480 px. */
    max-inline-size: var(--ldn-max-width, max(48em, 48rem)) !important;
    color: var(--_text) !important;
    background: var(--_bg) !important;
    font-family: var(--ldn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    /* The reader's default size here, not the page's root (a 62.5% root would make 1rem 10 px); .container grows it with a larger root. */
    font-size: var(--ldn-font-size, medium) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    overflow-wrap: break-word !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
