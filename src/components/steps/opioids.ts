import { msg } from '@lit/localize';
import { html } from 'lit';
import { OPIOID_KINDS, OPIOID_PATTERN, YES_NO_NOT_SURE, YES_NO_PREFER_NOT } from '../../answers/options.js';
import { opioidKindLabels, opioidPatternLabels, yesNoNotSureLabels, yesNoPreferNotLabels } from '../../content/labels.js';
import { checkboxGroup, choicesOf, radioGroup, selectAllHint } from '../form-controls.js';
import { errorFor, type StepProps } from './step-props.js';

/** Names people often do not recognise as opioids (clinical-facts.md, S3). */
function opioidNames() {
  return html`
    <details class="details">
      <summary>${msg('Which medicines are opioids?', { id: 'opioids.names.summary', desc: 'Disclosure that lists opioid names.' })}</summary>
      <div class="details__text">
        <p>
          ${msg(
            'Tramadol and codeine. Codeine is also in some cough and cold medicines. Hydrocodone and oxycodone. Morphine and hydromorphone. Fentanyl and buprenorphine, also as patches. Buprenorphine also comes as films. Methadone and tapentadol. For diarrhea: diphenoxylate (Lomotil) and eluxadoline (Viberzi). And kratom.',
            { id: 'opioids.names', desc: 'List of opioid names. Add local brand names only if a pharmacist confirms them.' },
          )}
        </p>
        <p>
          ${msg('If you are not sure about a medicine, such as one for diarrhea, ask your pharmacist.', {
            id: 'opioids.names.ask',
            desc: 'Advice to check with a pharmacist.',
          })}
        </p>
      </div>
    </details>
  `;
}

function renderFollowUps(p: StepProps) {
  const a = p.answers;
  return html`
    ${checkboxGroup({
      id: 'opioid-kinds',
      small: true,
      legend: msg('Which ones?', { id: 'opioids.kinds.legend', desc: 'Follow-up question: which opioids.' }),
      hint: selectAllHint(),
      choices: choicesOf(OPIOID_KINDS, opioidKindLabels),
      selected: a.opioidKinds,
      error: errorFor(p, 'opioid-kinds'),
      onChange: (opioidKinds) => p.update({ opioidKinds }),
    })}
    ${radioGroup({
      id: 'opioid-pattern',
      small: true,
      legend: msg('How often do you take them?', { id: 'opioids.pattern.legend', desc: 'Follow-up question.' }),
      choices: choicesOf(OPIOID_PATTERN, opioidPatternLabels),
      value: a.opioidPattern,
      error: errorFor(p, 'opioid-pattern'),
      onChange: (opioidPattern) => p.update({ opioidPattern }),
    })}
    ${radioGroup({
      id: 'opioid-use-disorder-treatment',
      small: true,
      legend: msg('Is any of this treatment for opioid use disorder?', { id: 'opioids.oud.legend', desc: 'Follow-up question.' }),
      hint: msg('For example, buprenorphine or methadone for opioid use disorder.', { id: 'opioids.oud.hint', desc: 'Hint.' }),
      choices: choicesOf(YES_NO_PREFER_NOT, yesNoPreferNotLabels),
      value: a.opioidUseDisorderTreatment,
      error: errorFor(p, 'opioid-use-disorder-treatment'),
      onChange: (opioidUseDisorderTreatment) => p.update({ opioidUseDisorderTreatment }),
    })}
  `;
}

export function renderOpioids(p: StepProps) {
  const followUps = renderFollowUps(p);
  return html`
    ${radioGroup({
      id: 'opioid-use',
      legend: msg('Have you taken any opioid medicine in the last two weeks?', { id: 'opioids.use.legend', desc: 'Question.' }),
      hint: msg('Opioids are a group of medicines. Many are for pain, and some cough medicines have one in them. Also answer yes if you have one to take when needed. Some medicines are opioids even if they do not sound like it.', {
        id: 'opioids.hint',
        desc: 'Hint for the opioid question.',
      }),
      help: opioidNames(),
      choices: choicesOf(YES_NO_NOT_SURE, yesNoNotSureLabels).map((choice) => ({
        ...choice,
        reveal: choice.value === 'no' ? undefined : followUps,
      })),
      value: p.answers.opioidUse,
      error: errorFor(p, 'opioid-use'),
      onChange: (opioidUse) => p.update({ opioidUse }),
    })}
    ${radioGroup({
      id: 'planned-procedure',
      legend: msg('Do you have surgery, dental work or another procedure planned in the next few months?', {
        id: 'opioids.procedure.legend',
        desc: 'Question.',
      }),
      choices: choicesOf(YES_NO_NOT_SURE, yesNoNotSureLabels),
      value: p.answers.plannedProcedure,
      error: errorFor(p, 'planned-procedure'),
      onChange: (plannedProcedure) => p.update({ plannedProcedure }),
    })}
  `;
}
