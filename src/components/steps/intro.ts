import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { offeredBy } from '../../content/publisher.js';
import { QUESTION_STEPS } from '../../flow/steps.js';
import { heading, type HeadingLevel } from '../views/headings.js';

/**
 * The first page: what the tool is and who it is for, what it is not, what
 * the questions ask and why, how long it takes, and whether the patient can
 * stop and come back (only when the clinic turned saving on). `clinic`, the
 * clinic-name attribute, is text: Lit never reads it as markup.
 */
export function renderIntro(saving: boolean, top: HeadingLevel, clinic?: string) {
  const parts = QUESTION_STEPS.length;
  return html`
    ${clinic ? html`<p class="intro__clinic">${offeredBy(clinic)}</p>` : nothing}
    <p>
      ${msg(
        'This tool helps you get ready to talk with your clinician about low-dose naltrexone (LDN) for POTS. LDN is a low dose of a medicine called naltrexone. POTS stands for postural orthostatic tachycardia syndrome. You answer some questions, then get a guide to bring to your visit.',
        { id: 'intro.what', desc: 'What the tool is, what LDN is, and what the letters POTS stand for.' },
      )}
    </p>
    <p>
      ${msg(
        str`It is for anyone who has POTS, or may have it, and wants to talk about LDN. There are ${parts} short parts, then a page to check your answers.`,
        {
          id: 'intro.who',
          desc: 'Who the tool is for, and how many parts of questions there are. The placeholder is a number (6).',
        },
      )}
    </p>
    <p>
      ${msg('It is information for a conversation. It is not medical advice. It does not diagnose anything, and it does not tell you whether to take LDN.', {
        id: 'intro.what-not',
        desc: 'What the tool is not.',
      })}
    </p>
    <p>
      ${msg(
        'Some questions are personal, such as about medicines you take, pregnancy and your age. We ask because the answers matter for your safety. For some, you can choose “Prefer not to say”.',
        { id: 'intro.sensitive', desc: 'That sensitive questions are coming, and why they are asked.' },
      )}
    </p>
    <p>
      ${msg('It takes about 10 minutes to answer and about 10 minutes to read your guide.', {
        id: 'intro.time',
        desc: 'How long the questions and the guide take.',
      })}
    </p>
    ${heading(top, 1, { class: 'subheading' }, msg('Your privacy', { id: 'intro.privacy.heading', desc: 'Subheading on the first page.' }))}
    <p>
      ${
        saving
          ? msg(
              'Your answers are saved in this browser on this device, so you can stop and come back to them later. This tool does not send your answers anywhere.',
              {
                id: 'intro.privacy.saving',
                desc: 'Privacy note when the clinic turned saving on: the patient can stop and come back.',
              },
            )
          : msg(
              'Your answers are not saved. You can take a break, but if you close this page, your answers are lost. This tool does not send your answers anywhere.',
              { id: 'intro.privacy', desc: 'Privacy note: answers are not saved, so the patient cannot stop and come back later.' },
            )
      }
    </p>
  `;
}
