/**
 * Native form controls in the GOV.UK shape: a fieldset whose legend is the
 * question, an optional hint, an inline error, then real radios or checkboxes.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Wording } from '../../content/labels/words.js';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Said under the label, and heard with the choice. */
  hint?: string;
  /** Rendered right after the choice when it is selected (conditional reveal). */
  reveal?: TemplateResult | typeof nothing;
}

interface GroupOptions {
  /** Field id: the fieldset's id, and the focus target of error summary links. */
  id: string;
  legend: string | TemplateResult;
  hint?: string | TemplateResult;
  /** Extra help after the hint, such as a disclosure; kept out of the description so it is not read twice. */
  help?: TemplateResult;
  error?: string;
  /** Smaller legend for questions nested under another (follow-ups, lists of ratings). */
  small?: boolean;
  inline?: boolean;
  optional?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function groupFrame(o: GroupOptions, body: TemplateResult): TemplateResult {
  return html`
    <div class="form-group ${o.error ? 'form-group--error' : ''}">
      <fieldset id=${o.id} aria-describedby=${ifDefined(describedBy(o.id, o.hint, o.error))}>
        <legend class=${o.small ? 'legend legend--small' : 'legend'}>
          ${o.legend}${o.optional ? html` <span class="optional">${msg('(optional)', { id: 'form.optional', desc: 'Marks an optional question.' })}</span>` : nothing}
        </legend>
        ${o.hint ? html`<div class="hint" id="${o.id}-hint">${o.hint}</div>` : nothing} ${o.help ?? nothing}
        ${o.error ? errorMessage(o.id, o.error) : nothing}
        ${body}
      </fieldset>
    </div>
  `;
}

export function errorMessage(id: string, text: string): TemplateResult {
  return html`<p class="error-message" id="${id}-error">
    <span class="visually-hidden">${msg('Error:', { id: 'form.error-prefix', desc: 'Read by screen readers before an error message.' })}</span>
    ${text}
  </p>`;
}

/** A "Clear" button under an optional row's choices, once one is chosen: radios cannot be unticked. */
function clearButton(o: { name: string; onClear: () => void }): TemplateResult {
  return html`<button
    type="button"
    class="link-button clear-choice"
    aria-label=${msg(str`Clear the rating for ${o.name}`, {
      id: 'form.clear-rating.name',
      desc: 'Heard by screen readers for the "Clear" button of one rating. Must start with the word for "Clear". Placeholder: a symptom.',
    })}
    @click=${(e: Event) => {
      // The button goes once the row is blank: focus moves to the row's first choice, not to the page.
      const first = (e.currentTarget as HTMLElement).closest('fieldset')?.querySelector('input');
      o.onClear();
      first?.focus();
    }}
  >
    ${msg('Clear', { id: 'form.clear-rating', desc: 'A small button that removes the rating given on one row (a symptom rated by mistake).' })}
  </button>`;
}

export function radioGroup<T extends string>(
  o: GroupOptions & {
    choices: Choice<T>[];
    value: T | undefined;
    onChange: (value: T) => void;
    /** For an optional row: how to clear it, with what it rates (heard with the button). */
    clear?: { name: string; onClear: () => void };
  },
): TemplateResult {
  return groupFrame(
    o,
    html`<div
        class="choices ${o.inline ? `choices--inline choices--${Math.min(o.choices.length, 4)}` : ''}"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          // One listener for the group: a follow-up's own inputs, revealed inside it, have names of their own.
          if (input.name === o.id) o.onChange(input.value as T);
        }}
      >
        ${o.choices.map((choice, index) => renderChoice('radio', o.id, index, choice, o.value === choice.value))}
      </div>
      ${o.clear && o.value !== undefined ? clearButton(o.clear) : nothing}`,
  );
}

/**
 * One radio or checkbox with its label, and what it reveals once chosen. Its group listens for changes (one listener,
 * not one per input), and the input's type is in the template: fewer parts for Lit to make on each new page.
 */
function renderChoice(type: 'radio' | 'checkbox', name: string, index: number | string, choice: Choice<string>, checked: boolean) {
  const id = `${name}-${index}`;
  const reveal = checked && choice.reveal ? html`<div class="reveal">${choice.reveal}</div>` : nothing;
  // No option in the questionnaire or the guide has a hint of its own today; one that does gets the general template.
  if (choice.hint) {
    return html`
      <div class="choice ${type === 'checkbox' ? 'choice--checkbox' : ''}">
        <input type=${type} id=${id} name=${name} .value=${choice.value} .checked=${checked} aria-describedby="${id}-hint" />
        <label for=${id}>${choice.label}</label>
        <div class="hint choice__hint" id="${id}-hint">${choice.hint}</div>
      </div>
      ${reveal}
    `;
  }
  return type === 'radio'
    ? html`
        <div class="choice">
          <input type="radio" id=${id} name=${name} .value=${choice.value} .checked=${checked} />
          <label for=${id}>${choice.label}</label>
        </div>
        ${reveal}
      `
    : html`
        <div class="choice choice--checkbox">
          <input type="checkbox" id=${id} name=${name} .value=${choice.value} .checked=${checked} />
          <label for=${id}>${choice.label}</label>
        </div>
        ${reveal}
      `;
}

export function checkboxGroup<T extends string>(
  o: GroupOptions & {
    choices: Choice<T>[];
    selected: readonly T[];
    onChange: (selected: T[]) => void;
    /** "None of these"-style answers that clear the ticked choices, after an "or" divider. */
    exclusive?: { choices: Choice<string>[]; value: string | undefined; onChange: (value: string | undefined) => void };
  },
): TemplateResult {
  // The ticks so far, kept between changes: two changes before the next render (a script, an assistive tool) both count.
  let ticked: T[] = [...o.selected];
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...ticked, value] : ticked.filter((v) => v !== value);
    ticked = o.choices.map((c) => c.value).filter((v) => next.includes(v));
    o.onChange(ticked);
  };
  const exclusive = o.exclusive;
  const exclusiveValues = exclusive?.choices.map((c) => c.value) ?? [];
  return groupFrame(
    o,
    html`<div
      class="choices"
      @change=${(e: Event) => {
        const { name, value, checked } = e.target as HTMLInputElement;
        // One listener for the group: a follow-up's own inputs, revealed inside it, have names of their own.
        if (name !== o.id) return;
        if (exclusiveValues.includes(value)) exclusive!.onChange(checked ? value : undefined);
        else toggle(value as T, checked);
      }}
    >
      ${o.choices.map((choice, index) => renderChoice('checkbox', o.id, index, choice, o.selected.includes(choice.value)))}
      ${
        exclusive
          ? html`<p class="choices__divider">${msg('or', { id: 'form.or', desc: 'Divider before an answer like "None of these".' })}</p>
            ${exclusive.choices.map((choice, index) => renderChoice('checkbox', o.id, `exclusive-${index}`, choice, exclusive.value === choice.value))}`
          : nothing
      }
    </div>`,
  );
}

/**
 * One checkbox that the question itself labels (GOV.UK's single checkbox), in
 * a fieldset whose legend only screen readers hear (what the box is about:
 * a treatment, "Your symptoms"), so an error link can focus it as it focuses
 * any question; an "or" before it when it is the alternative to what comes before.
 */
export function singleCheckbox(o: {
  id: string;
  /** Heard, not shown: the label says it all on screen. */
  legend: string;
  label: string | TemplateResult;
  value: string;
  checked: boolean;
  error?: string;
  afterOr?: boolean;
  onChange: (checked: boolean) => void;
}): TemplateResult {
  const inputId = `${o.id}-0`;
  return html`
    <div class="form-group ${o.error ? 'form-group--error' : ''}">
      ${o.afterOr ? html`<p class="choices__divider">${msg('or', { id: 'form.or', desc: 'Divider before an answer like "None of these".' })}</p>` : nothing}
      <fieldset id=${o.id} aria-describedby=${ifDefined(describedBy(o.id, undefined, o.error))}>
        <legend class="visually-hidden">${o.legend}</legend>
        ${o.error ? errorMessage(o.id, o.error) : nothing}
        <div class="choices">
          <div class="choice choice--checkbox">
            <input
              type="checkbox"
              id=${inputId}
              name=${o.id}
              .value=${o.value}
              .checked=${o.checked}
              @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
            />
            <label for=${inputId}>${o.label}</label>
          </div>
        </div>
      </fieldset>
    </div>
  `;
}

/**
 * Several items rated on one scale ("how much has each bothered you"): an outer
 * fieldset carries the shared question, so every rating is heard in context.
 */
export function ratingList<T extends string>(o: {
  id: string;
  legend: string;
  hint?: string;
  scale: Choice<T>[];
  items: { field: string; label: string; value: T | undefined; error?: string }[];
  onChange: (index: number, value: T | undefined) => void;
}): TemplateResult {
  return html`<fieldset class="rating-list" id=${o.id} aria-describedby=${ifDefined(o.hint ? `${o.id}-hint` : undefined)}>
    <legend class="legend">${o.legend}</legend>
    ${o.hint ? html`<div class="hint" id="${o.id}-hint">${o.hint}</div>` : nothing}
    ${o.items.map((item, index) =>
      radioGroup({
        id: item.field,
        small: true,
        inline: true,
        legend: item.label,
        choices: o.scale,
        value: item.value,
        error: item.error,
        onChange: (value) => o.onChange(index, value),
        // Every row is optional (rate only what bothers you), so a rating given by mistake can be taken back.
        clear: { name: item.label, onClear: () => o.onChange(index, undefined) },
      }),
    )}
  </fieldset>`;
}

/** Maps ids to labelled choices, keeping the option order. */
export function choicesOf<T extends string>(ids: readonly T[], words: Wording<T>): Choice<T>[] {
  return ids.map((value) => ({ value, label: words[value].label() }));
}
