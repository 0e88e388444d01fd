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

    display: block !important;
    box-sizing: border-box !important;
    max-inline-size: var(--ldn-max-width, 48rem) !important;
    color: var(--_text) !important;
    background: var(--_bg) !important;
    font-family: var(--ldn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--ldn-font-size, 1rem) !important;
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
