/**
 * @chunk main: a notice of its own file, so the first page has it without the guide's wording.
 */
import { msg } from '@lit/localize';

/**
 * Shown only in a translation not yet clinically signed off, in that language; the English is never a draft.
 * It sends the patient to the clinic, not to the English version: a patient reading a translation may not read English.
 */
export const machineTranslationNotice = () =>
  msg('A computer made this translation. No clinician has checked it yet. If anything is unclear, ask your clinic before you decide anything.', {
    id: 'i18n.machine-translation',
    desc: 'Shown as a warning, on the first page and with the guide, in a translation no clinician has signed off yet. Once every message of your translation is clinically signed off, it no longer shows; translate it all the same. "Your clinic": the clinic that offers this tool.',
  });
