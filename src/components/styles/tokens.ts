import { css } from 'lit';

/**
 * The theme: every --ldn-* custom property a clinic can set, with its default,
 * and the inherited properties reset on :host so host page CSS cannot leak in.
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
    --_warning: var(--ldn-color-warning, #b35c00);
    --_warning-bg: var(--ldn-color-warning-background, #fff4e5);
    --_border: var(--ldn-color-border, #b1b4b6);
    --_radius: var(--ldn-radius, 4px);
    --_space: var(--ldn-space, 1rem);

    display: block;
    box-sizing: border-box;
    max-inline-size: var(--ldn-max-width, 48rem);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--ldn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--ldn-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
