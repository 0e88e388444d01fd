/**
 * The wording of the opioid page: whether they take or keep an opioid, which,
 * whether it is treatment for opioid use disorder, how often, and a planned
 * procedure. Medicine names are international nonproprietary names, never
 * brands, and the forms of buprenorphine those used in many countries
 * (clinical-facts.md, "One text for many countries").
 */
import { msg } from '@lit/localize';
import { currentLocale } from '../../i18n/localization.js';
import { localOpioidsText } from '../locale-data/opioids.js';
import { type QuestionText, selectAllHint } from './types.js';

export const OPIOID_QUESTION_TEXT = {
  'opioid-use': {
    // Taken, or kept at home for when needed, in the question itself: a hint alone let people answer "no" truthfully about codeine syrup.
    legend: () => msg('Do you take any opioid medicine, or keep one at home to take when needed?', { id: 'opioids.use.legend', desc: 'Question.' }),
    hint: () =>
      msg(
        'Opioids are medicines, many of them for pain. Count any you took in the last two weeks or keep for when needed. Also count a patch or an injection you still get, even if the last one was longer ago. Common ones are codeine (also in some cough medicines), tramadol, buprenorphine and methadone. Some medicines are opioids even if they do not sound like it.',
        {
          id: 'opioids.hint.v2',
          desc: 'Hint for the opioid question: the time frame, long-acting forms still in use (a monthly buprenorphine injection, a patch), and the common opioids, named so that people recognise them.',
        },
      ),
    // Names people often do not recognise as opioids (clinical-facts.md, S3).
    details: {
      summary: () => msg('Which medicines are opioids?', { id: 'opioids.names.summary', desc: 'Disclosure that lists opioid names.' }),
      paragraphs: [
        () =>
          msg(
            'Tramadol and codeine. Codeine is also in some cough and cold medicines. Hydrocodone and oxycodone. Morphine and hydromorphone. Fentanyl, also as patches. Buprenorphine, as patches, as tablets or films under the tongue, or as injections. Methadone and tapentadol. For diarrhoea: diphenoxylate and eluxadoline.',
            {
              id: 'opioids.names',
              desc: 'List of opioid names: spell each as your language spells the international name. Add no medicine here: names used where your language is spoken come from content data (opioids.names.local).',
            },
          ),
        // Opioids used where the language is spoken that the list above does not name, from the WHO opioid group (S18).
        () => localOpioidsText(currentLocale()),
        () =>
          msg('If you are not sure about a medicine, such as one for diarrhoea, ask your pharmacist. Ask them about kratom or other supplements too.', {
            id: 'opioids.names.ask',
            desc: 'Advice to check with a pharmacist.',
          }),
      ],
    },
    error: () => msg('Select whether you take an opioid medicine, or keep one to take when needed', { id: 'error.opioid-use', desc: 'Validation error.' }),
    short: () =>
      msg('Opioid medicine (last 2 weeks, a patch or injection still used, or kept for when needed)', {
        id: 'review.opioid-use.v2',
        desc: 'Check answers row.',
      }),
    summary: () =>
      msg('Opioids (last 2 weeks, a patch or injection still used, or kept for when needed)', {
        id: 'summary.opioids.v2',
        desc: 'Clinician summary row label.',
      }),
  },
  'opioid-kinds': {
    legend: () => msg('Which ones?', { id: 'opioids.kinds.legend', desc: 'Follow-up question: which opioids.' }),
    hint: () => selectAllHint(),
    error: () => msg('Select which opioids, or select “I am not sure which”', { id: 'error.opioid-kinds', desc: 'Validation error.' }),
    short: () => msg('Which opioids', { id: 'review.opioid-kinds', desc: 'Check answers row.' }),
  },
  'opioid-use-disorder-treatment': {
    legend: () => msg('Is any of this treatment for opioid use disorder?', { id: 'opioids.oud.legend', desc: 'Follow-up question.' }),
    // Why we ask (S3): the label's contraindication, said without advice.
    hint: () =>
      msg('For example, buprenorphine or methadone. We ask because the naltrexone label says not to take it during this treatment.', {
        id: 'opioids.oud.hint',
        desc: 'Hint: an example, and why the question is asked.',
      }),
    error: () => msg('Select whether this is treatment for opioid use disorder', { id: 'error.opioid-use-disorder-treatment', desc: 'Validation error.' }),
    short: () => msg('Treatment for opioid use disorder', { id: 'review.oud', desc: 'Check answers row.' }),
  },
  'opioid-pattern': {
    legend: () => msg('How often do you take them?', { id: 'opioids.pattern.legend', desc: 'Follow-up question.' }),
    error: () => msg('Select how often you take opioids', { id: 'error.opioid-pattern', desc: 'Validation error.' }),
    short: () => msg('How often', { id: 'review.opioid-pattern', desc: 'Check answers row.' }),
  },
  'planned-procedure': {
    legend: () =>
      msg('Do you have surgery, dental work or another procedure planned in the next few months?', { id: 'opioids.procedure.legend', desc: 'Question.' }),
    // Why we ask (S0, S3, S12).
    hint: () =>
      msg('We ask because LDN blocks opioid pain relief, which you may need after a procedure.', {
        id: 'opioids.procedure.hint',
        desc: 'Hint: why a planned procedure is asked.',
      }),
    error: () => msg('Select whether you have surgery, dental work or another procedure planned', { id: 'error.planned-procedure', desc: 'Validation error.' }),
    short: () => msg('Procedure planned', { id: 'review.procedure', desc: 'Check answers row.' }),
    summary: () => msg('Planned procedure', { id: 'summary.procedure', desc: 'Clinician summary row label.' }),
  },
} satisfies Record<string, QuestionText>;
