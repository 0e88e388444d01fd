/**
 * The element's FHIR methods, as a host page uses them, and the version the
 * Questionnaire carries (the resources themselves are checked in
 * test/fhir.test.ts). Both methods are asynchronous: the FHIR builders are a
 * chunk of their own, loaded the first time a host asks
 * (src/components/chunks/fhir-loader.ts). scripts/check-dist.mjs holds the
 * same promises against the built file, its chunk blocked and then served.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { QuestionnaireResponseItem } from 'fhir/r4';
import { QUESTIONNAIRE_VERSION } from '../src/export/fhir/canonical.js';
import type { FhirExport } from '../src/components/chunks/fhir-loader.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { VERSION } from '../src/version.js';
import { answerOpenQuestions, choose, completeWithMouse, continueOn, mountAid, stepOf } from './support/harness.js';

const allItems = (items: QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] => items.flatMap((i) => [i, ...allItems(i.item)]);
const answerIn = (items: QuestionnaireResponseItem[] | undefined, linkId: string) =>
  allItems(items).find((i) => i.linkId === linkId)?.answer?.[0]?.valueCoding?.code;

/** The element's loader of the FHIR builders, which a test may swap (as the network would fail it). */
const fhirOf = (el: LdnDecisionAid) => el['fhir'] as unknown as { loader: () => Promise<FhirExport> };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The rejection of `promise`, or a failure if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('the FHIR version', () => {
  it("the widget version in the Questionnaire is package.json's", async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('<ldn-decision-aid>.toQuestionnaireResponse()', () => {
  it('resolves "in-progress" while the patient answers, and "completed" with every answer once the guide is shown', async () => {
    const el = await mountAid();
    await continueOn(el);
    const pending = el.toQuestionnaireResponse();
    expect(pending).to.be.instanceOf(Promise);
    expect((await pending).status).to.equal('in-progress');
    const done = await mountAid();
    await completeWithMouse(done);
    const response = await done.toQuestionnaireResponse();
    expect(response.status).to.equal('completed');
    const { valid, errors } = (await executeServerCommand<{ valid: boolean; errors: string[] }, { resource: object }>('validate-fhir', {
      resource: response,
    }))!;
    expect(valid, errors.join('\n')).to.equal(true);
    expect(answerIn(response.item, 'opioid-use')).to.equal('yes');
  });

  it('uses the questionnaire-url attribute as the canonical URL', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid questionnaire-url="https://clinic.example/Questionnaire/ldn"></ldn-decision-aid>`);
    expect((await el.toQuestionnaireResponse()).questionnaire).to.equal(`https://clinic.example/Questionnaire/ldn|${QUESTIONNAIRE_VERSION}`);
    expect((await el.questionnaire()).url).to.equal('https://clinic.example/Questionnaire/ldn');
  });

  it('holds the answers as they were when the host asked, even if the patient changes one while the builders load', async () => {
    const el = await mountAid();
    await continueOn(el);
    await choose(el, 'diagnosis', 'diagnosed');
    const fhir = fhirOf(el);
    const load = fhir.loader;
    let arrive = () => {};
    fhir.loader = () => new Promise<void>((resolve) => (arrive = resolve)).then(load);
    const asked = el.toQuestionnaireResponse();
    await choose(el, 'diagnosis', 'suspected');
    arrive();
    fhir.loader = load;
    expect(answerIn((await asked).item, 'diagnosis')).to.equal('diagnosed');
    expect(answerIn((await el.toQuestionnaireResponse()).item, 'diagnosis'), 'asked again: the answer now').to.equal('suspected');
  });
});

describe('<ldn-decision-aid> when the FHIR builders cannot load', () => {
  it('both methods reject with a clear error, the widget works on, and the next call loads them', async () => {
    const el = await mountAid();
    const fhir = fhirOf(el);
    const load = fhir.loader;
    fhir.loader = offline;
    await continueOn(el);
    await choose(el, 'diagnosis', 'diagnosed');
    for (const error of [await rejection(el.toQuestionnaireResponse()), await rejection(el.questionnaire())]) {
      expect(error.message).to.match(/^ldn-decision-aid: the FHIR export could not be loaded\b.*Call again to retry\.$/);
      expect((error.cause as Error).message).to.include('Failed to fetch');
    }
    // Nothing in the widget depends on FHIR: the patient goes on, with every answer kept.
    await answerOpenQuestions(el);
    await continueOn(el);
    expect(stepOf(el)).to.equal('therapies');
    expect(el.answers.diagnosis).to.equal('diagnosed');
    fhir.loader = load;
    const response = await el.toQuestionnaireResponse();
    expect(answerIn(response.item, 'diagnosis')).to.equal('diagnosed');
    expect((await el.questionnaire()).resourceType).to.equal('Questionnaire');
  });
});
