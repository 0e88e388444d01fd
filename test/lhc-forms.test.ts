/**
 * The generated FHIR resources in the NLM's own FHIR form renderer, LHC-Forms
 * (npm `lforms` 40.1.3): it renders the Questionnaire, shows a
 * QuestionnaireResponse's answers, applies the follow-up conditions as the
 * widget does, and gives the same answers back.
 */
import { expect } from '@open-wc/testing';
import { buildQuestionnaire } from '../src/export/fhir/questionnaire.js';
import { toQuestionnaireResponse } from '../src/export/fhir/response.js';
import { ANSWER_CODE_SYSTEM } from '../src/export/fhir/canonical.js';
import type { Answers } from '../src/questionnaire/answers.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';
import { isEnabled, ITEMS, PAGE_LIST, QUESTIONS } from '../src/questionnaire/structure.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import { type LForms, loadLForms, type ResponseItem } from './support/lforms.js';
import { answerSetsOnTheWalk } from './support/screens.js';

const questionnaire = buildQuestionnaire();
let lforms: LForms;
let form: HTMLElement;

/** linkIds of the items LHC-Forms shows: it leaves disabled items out of the page, as <lhc-item id="item-{linkId}/1…">. */
function shownItems(): Set<string> {
  return new Set([...form.querySelectorAll('lhc-item')].map((item) => item.id.replace(/^item-/, '').replace(/(\/\d+)+$/, '')));
}

/** The items the model says apply, questions and groups (pages are always there). */
const modelShown = (a: Answers) => new Set(ITEMS.filter((p) => isEnabled(p.item, a)).map((p) => p.item.id));

/** What LHC-Forms shows, of the model's items: display items (hints) and page groups set aside. */
const lhcShown = () => new Set([...shownItems()].filter((id) => ITEMS.some((p) => p.item.id === id)));

/** An answer option is a <label id="{linkId}/{path}|{system}|{code}"> around its input. */
const optionLabels = (linkId: string) => [...form.querySelectorAll<HTMLLabelElement>(`label[id^="${linkId}/"][id*="|${ANSWER_CODE_SYSTEM}|"]`)];

const checkedCodes = (linkId: string) =>
  optionLabels(linkId)
    .filter((label) => label.querySelector('input')?.checked)
    .map((label) => label.id.split('|').at(-1)!);

/** Every answer in a response, by linkId, as codes. */
function codesIn(items: readonly ResponseItem[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (list: readonly ResponseItem[]) => {
    for (const item of list) {
      if (item.answer?.length) out[item.linkId] = item.answer.map((x) => x.valueCoding?.code ?? '?');
      visit(item.item ?? []);
      for (const answer of item.answer ?? []) visit(answer.item ?? []);
    }
  };
  visit(items);
  return out;
}

async function showResponse(a: Answers): Promise<void> {
  const definition = lforms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4');
  const merged = lforms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', toQuestionnaireResponse(a), definition, 'R4');
  await lforms.Util.addFormToPage(merged, form);
  await settle();
}

/** Expressions (the at-least condition) run a moment after Angular's change detection. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 3000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`LHC-Forms: timed out waiting for ${what}; shown: ${[...lhcShown()].join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const click = (linkId: string, code: string) => {
  const label = optionLabels(linkId).find((l) => l.id.endsWith(`|${code}`));
  if (!label) throw new Error(`LHC-Forms shows no option ${code} for ${linkId}`);
  label.click();
};

describe('LHC-Forms renders the generated Questionnaire and QuestionnaireResponses', function () {
  this.timeout(60_000);

  before(async () => {
    lforms = await loadLForms();
    form = document.createElement('div');
    document.body.append(form);
  });

  it('renders every page and every question that applies before anything is answered, as radios and checkboxes', async () => {
    await lforms.Util.addFormToPage(questionnaire, form);
    await settle();
    for (const page of PAGE_LIST) expect(shownItems().has(`page-${page.step}`), page.step).to.equal(true);
    expect([...lhcShown()].sort()).to.deep.equal([...modelShown({})].sort());
    for (const { item } of QUESTIONS) {
      if (item.kind === 'group' || !isEnabled(item, {})) continue;
      const type = item.kind === 'multiple' ? 'checkbox' : 'radio';
      const inputs = optionLabels(item.id).map((label) => label.querySelector(`input[type="${type}"]`));
      expect(inputs.filter(Boolean).length, `${item.id}: one ${type} per option`).to.equal(item.options.length);
    }
  });

  it("shows each example patient's answers, with the same follow-ups as the widget, and reads the same answers back", async () => {
    for (const [name, make] of Object.entries(EXAMPLE_PATIENTS)) {
      const a = pruneAnswers(make());
      await showResponse(a);
      expect([...lhcShown()].sort(), `${name}: items shown`).to.deep.equal([...modelShown(a)].sort());
      for (const [id, value] of Object.entries(a)) expect(checkedCodes(id), `${name}: ${id}`).to.have.members([value].flat());
      const back = codesIn(lforms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', form).item);
      expect(back, `${name}: answers read back`).to.deep.equal(codesIn(toQuestionnaireResponse(a).item));
    }
  });

  it('shows the same items as the widget for every answer set on the walk of the flow model', async () => {
    // What the widget would send: each answer set with the follow-ups that no longer apply removed.
    const answerSets = new Map(
      answerSetsOnTheWalk()
        .map((raw) => pruneAnswers(raw))
        .map((a) => [JSON.stringify(a), a]),
    );
    expect(answerSets.size).to.be.greaterThan(5);
    for (const a of answerSets.values()) {
      await showResponse(a);
      expect([...lhcShown()].sort(), JSON.stringify(a)).to.deep.equal([...modelShown(a)].sort());
    }
  });

  it('opens and closes follow-ups as the widget does when answers are clicked', async () => {
    await lforms.Util.addFormToPage(questionnaire, form);
    await settle();
    const shows = (id: string) => lhcShown().has(id);
    click('opioid-use', 'not-sure');
    await waitFor(() => ['opioid-kinds', 'opioid-pattern'].every(shows) && !shows('opioid-use-disorder-treatment'), 'opioid follow-ups after "not sure"');
    click('opioid-kinds', 'methadone');
    await waitFor(() => shows('opioid-use-disorder-treatment'), 'the use-disorder question after methadone');
    click('opioid-use', 'no');
    await waitFor(() => !shows('opioid-kinds') && !shows('opioid-use-disorder-treatment'), 'opioid follow-ups, and theirs, gone after "no"');
    click('therapies', 'midodrine');
    await waitFor(() => shows('therapies-current') && !shows('therapy-midodrine'), 'which treatments are still used, first');
    click('therapies-current', 'midodrine');
    await waitFor(() => shows('therapy-midodrine') && shows('therapy-helps-midodrine') && !shows('therapy-compression'), "the ticked treatment's questions");
    click('naltrexone-before', 'yes');
    await waitFor(() => shows('naltrexone-helps') && shows('naltrexone-side-effects'), 'naltrexone: did it help, side effects');
    await waitFor(() => shows('no-symptoms'), '"None of these bother me" while nothing is rated');
    click('symptom-fatigue', 'severe');
    await waitFor(() => !shows('no-symptoms'), '"None of these bother me" gone once a symptom is rated');
    click('symptom-sleep', 'mild');
    await waitFor(() => !shows('worst-symptom'), 'no worst symptom with two rated');
    click('symptom-pain', 'moderate');
    await waitFor(() => shows('worst-symptom'), 'worst symptoms after three rated');
  });
});
