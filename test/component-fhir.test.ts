/**
 * The element's FHIR methods, and the version the Questionnaire carries (the
 * resources themselves are checked in test/fhir.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { QuestionnaireResponseItem } from 'fhir/r4';
import { QUESTIONNAIRE_VERSION } from '../src/export/fhir/canonical.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { VERSION } from '../src/version.js';
import { completeWithMouse, continueOn, mountAid } from './support/harness.js';

const allItems = (items: QuestionnaireResponseItem[] = []): QuestionnaireResponseItem[] => items.flatMap((i) => [i, ...allItems(i.item)]);

describe('the FHIR version', () => {
  it("the widget version in the Questionnaire is package.json's", async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('<ldn-decision-aid>.toQuestionnaireResponse()', () => {
  it('is "in-progress" while the patient answers, and "completed" with every answer once the guide is shown', async () => {
    const el = await mountAid();
    await continueOn(el);
    expect(el.toQuestionnaireResponse().status).to.equal('in-progress');
    const done = await mountAid();
    await completeWithMouse(done);
    const response = done.toQuestionnaireResponse();
    expect(response.status).to.equal('completed');
    const { valid, errors } = (await executeServerCommand<{ valid: boolean; errors: string[] }, { resource: object }>('validate-fhir', {
      resource: response,
    }))!;
    expect(valid, errors.join('\n')).to.equal(true);
    const opioid = allItems(response.item).find((i) => i.linkId === 'opioid-use');
    expect(opioid?.answer?.[0]?.valueCoding?.code).to.equal('yes');
  });

  it('uses the questionnaire-url attribute as the canonical URL', async () => {
    const el = await fixture<LdnDecisionAid>(html`<ldn-decision-aid questionnaire-url="https://clinic.example/Questionnaire/ldn"></ldn-decision-aid>`);
    expect(el.toQuestionnaireResponse().questionnaire).to.equal(`https://clinic.example/Questionnaire/ldn|${QUESTIONNAIRE_VERSION}`);
    expect(el.questionnaire().url).to.equal('https://clinic.example/Questionnaire/ldn');
  });
});
