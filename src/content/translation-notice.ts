import { msg } from '@lit/localize';

/** Shown only in a machine-drafted translation, in that language; the English is never a draft. */
export const machineTranslationNotice = () =>
  msg('This translation was made by a computer. No clinician has checked it yet. If something is unclear, ask for the English version or ask your clinician.', {
    id: 'i18n.machine-translation',
    desc: 'Shown in a translation that no person has reviewed yet, on the first page and with the guide. Once your translation is reviewed, it no longer shows; translate it all the same.',
  });
