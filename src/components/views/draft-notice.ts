/**
 * @chunk main: on the first page, so not in the guide's chunk.
 *
 * Said wherever a translation not yet clinically signed off is shown (a clinic
 * asked for it with the `locale` attribute): on the first page and above the
 * guide, in a warning box like the guide's safety flags, so it is as hard to
 * miss. The guide's About section says it too, for print and the text export.
 */
import { html, nothing } from 'lit';
import { machineTranslationNotice } from '../../content/translation-notice.js';
import { currentLocale, isDraftLocale } from '../../i18n/localization.js';

export const renderDraftNotice = () =>
  isDraftLocale(currentLocale()) ? html`<p class="warning-box" part="draft-notice" data-draft-notice>${machineTranslationNotice()}</p>` : nothing;
