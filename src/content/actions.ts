/**
 * @chunk main: a label of its own file, so the page shown while the guide loads has it without the guide's wording.
 */
import { msg } from '@lit/localize';

/** The button back to "Check your answers", on the guide and where the guide could not load: one label for both. */
export const changeAnswersLabel = () => msg('Change answers', { id: 'guide.change-answers', desc: 'Button.' });
