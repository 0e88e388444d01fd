/**
 * Issue 20's walk at 390 px: a symptom rated by mistake could not be taken
 * back (a radio cannot be unticked, and "None of these bother me" goes once
 * anything is rated). Each rated row offers "Clear".
 */
import { expect } from '@open-wc/testing';
import { symptomId } from '../src/questionnaire/ids.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { answerStep, choose, clickAction, continueOn, EXAMPLE_CLICKS, inputFor, mountAid, root, settle, stepOf } from './support/harness.js';

async function openSymptoms(el: LdnDecisionAid): Promise<void> {
  await clickAction(el, 'continue');
  for (const step of ['condition', 'therapies', 'opioids', 'health'] as const) {
    await answerStep(el, EXAMPLE_CLICKS[step]);
    await continueOn(el);
  }
  expect(stepOf(el)).to.equal('symptoms');
}

const clearButtonOf = (el: LdnDecisionAid, field: string) => root(el).querySelector<HTMLButtonElement>(`#${field} .clear-choice`);

describe('<ldn-decision-aid> a symptom rated by mistake', () => {
  it('is cleared by its own "Clear" button, shown only on a rated row; focus goes to the row and "None of these bother me" comes back', async () => {
    const el = await mountAid();
    await openSymptoms(el);
    const fatigue = symptomId('fatigue');
    expect(clearButtonOf(el, fatigue), 'no button on a blank row').to.equal(null);
    await choose(el, fatigue, 'mild');
    expect(root(el).querySelector('#no-symptoms'), 'none-of-these goes once a symptom is rated').to.equal(null);

    const clear = clearButtonOf(el, fatigue)!;
    expect(clear.textContent?.trim()).to.equal('Clear');
    // Its name starts with the word shown (WCAG 2.5.3), and says which row.
    expect(clear.getAttribute('aria-label')).to.match(/^Clear the rating for .*(tired|fatigue)/i);
    clear.click();
    await settle(el);

    expect((el.answers as Record<string, unknown>)[fatigue]).to.equal(undefined);
    expect([...root(el).querySelectorAll<HTMLInputElement>(`input[name="${fatigue}"]`)].some((i) => i.checked)).to.equal(false);
    expect(clearButtonOf(el, fatigue)).to.equal(null);
    expect(root(el).activeElement).to.equal(inputFor(el, fatigue, 'mild'));
    expect(root(el).querySelector('#no-symptoms'), 'none-of-these is back').not.to.equal(null);
  });
});
