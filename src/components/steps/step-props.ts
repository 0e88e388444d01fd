import type { Answers } from '../../answers/types.js';
import type { FieldId } from '../../flow/fields.js';
import { errorText } from '../error-text.js';

/** What every question step renders from and reports back to. */
export interface StepProps {
  answers: Answers;
  errors: readonly FieldId[];
  update: (patch: Partial<Answers>) => void;
}

export const errorFor = (p: StepProps, field: FieldId): string | undefined =>
  p.errors.includes(field) ? errorText(field) : undefined;
