/**
 * Two clinic themes for the demo, set only through the widget's --ldn-* custom
 * properties, as a clinic would. test/component-themes.test.ts runs axe with
 * each, so every text and control keeps WCAG AA contrast in both.
 */
export const THEMES = {
  /** The widget's own defaults. */
  default: {},
  /** A light theme in a clinic's maroon. */
  maple: {
    '--ldn-color-accent': '#7a1f3d',
    '--ldn-color-accent-text': '#ffffff',
    '--ldn-color-border': '#8a8f93',
    '--ldn-font-family': "Georgia, 'Times New Roman', serif",
    '--ldn-radius': '8px',
  },
  /** A dark theme: light text on a dark ground, every pair at WCAG AA or better. */
  night: {
    '--ldn-color-text': '#f3f2f1',
    '--ldn-color-muted': '#c4c8cb',
    '--ldn-color-background': '#1b1f23',
    '--ldn-color-accent': '#8ab4f8',
    '--ldn-color-accent-text': '#0b0c0c',
    '--ldn-color-focus': '#ffdd00',
    '--ldn-color-focus-text': '#0b0c0c',
    '--ldn-color-error': '#ff9a8f',
    '--ldn-color-error-text': '#0b0c0c',
    '--ldn-color-warning': '#ffb74d',
    '--ldn-color-warning-background': '#3a2a12',
    '--ldn-color-border': '#8a9196',
  },
} satisfies Record<string, Record<`--ldn-${string}`, string>>;

export type ThemeName = keyof typeof THEMES;

/** Sets a theme's properties on the element (and removes the other themes' ones). */
export function applyTheme(el: HTMLElement, name: ThemeName): void {
  for (const theme of Object.values(THEMES)) for (const property of Object.keys(theme)) el.style.removeProperty(property);
  for (const [property, value] of Object.entries(THEMES[name])) el.style.setProperty(property, value);
}
