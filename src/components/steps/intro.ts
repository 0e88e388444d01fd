import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { offeredBy } from '../../content/publisher.js';
import { heading, type HeadingLevel } from '../views/headings.js';

/** The first page. `clinic`, the clinic-name attribute, is text: Lit never reads it as markup. */
export function renderIntro(saving: boolean, top: HeadingLevel, clinic?: string) {
  return html`
    ${clinic ? html`<p class="intro__clinic">${offeredBy(clinic)}</p>` : nothing}
    <p>
      ${msg(
        'This tool helps you get ready to talk with your clinician about low-dose naltrexone (LDN) for POTS. LDN is a low dose of a medicine called naltrexone. POTS stands for postural orthostatic tachycardia syndrome. You answer some questions, then get a guide to bring to your visit.',
        { id: 'intro.what', desc: 'What the tool is, what LDN is, and what the letters POTS stand for.' },
      )}
    </p>
    <p>
      ${msg('It is information for a conversation. It is not medical advice. It does not diagnose anything, and it does not tell you whether to take LDN.', {
        id: 'intro.what-not',
        desc: 'What the tool is not.',
      })}
    </p>
    <p>${msg('It takes about 10 minutes.', { id: 'intro.time', desc: 'How long the questions take.' })}</p>
    ${heading(top, 1, { class: 'subheading' }, msg('Your privacy', { id: 'intro.privacy.heading', desc: 'Subheading on the first page.' }))}
    <p>
      ${
        saving
          ? msg('Your answers are saved in this browser on this device, so you can come back to them. This tool does not send your answers anywhere.', {
              id: 'intro.privacy.saving',
              desc: 'Privacy note when the clinic turned saving on.',
            })
          : msg('Your answers stay in this browser and are not saved after you close the page. This tool does not send your answers anywhere.', {
              id: 'intro.privacy',
              desc: 'Privacy note.',
            })
      }
    </p>
  `;
}
