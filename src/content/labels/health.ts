/** The words for the health answers: related conditions and pregnancy. */
import { msg } from '@lit/localize';
import type { ConditionId, ConditionsExclusive, Pregnancy } from '../../questionnaire/options.js';
import { noneOfThese, type Wording, yesNoWords } from './words.js';

export const conditionWords: Wording<ConditionId> = {
  fibromyalgia: { label: () => msg('Fibromyalgia', { id: 'condition.fibromyalgia', desc: 'A related condition.' }) },
  'me-cfs': { label: () => msg('ME/CFS (myalgic encephalomyelitis or chronic fatigue syndrome)', { id: 'condition.me-cfs', desc: 'A related condition.' }) },
  'long-covid': { label: () => msg('Long COVID', { id: 'condition.long-covid', desc: 'A related condition.' }) },
  'hypermobility-eds': {
    label: () => msg('Hypermobility or Ehlers-Danlos syndrome (EDS)', { id: 'condition.hypermobility-eds', desc: 'A related condition.' }),
  },
  'mast-cell': { label: () => msg('Mast cell activation syndrome', { id: 'condition.mast-cell', desc: 'A related condition.' }) },
  autoimmune: { label: () => msg('Autoimmune disease', { id: 'condition.autoimmune', desc: 'A related condition.' }) },
};

export const conditionsExclusiveWords: Wording<ConditionsExclusive> = {
  'none-of-these': noneOfThese,
  'not-sure': yesNoWords['not-sure'],
  'prefer-not': { label: () => msg('Prefer not to say', { id: 'condition.prefer-not', desc: 'Exclusive answer: does not want to say.' }) },
};

export const pregnancyWords: Wording<Pregnancy> = {
  pregnant: { label: () => msg('I am pregnant', { id: 'pregnancy.pregnant', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }) },
  'planning-pregnancy': {
    label: () => msg('I am planning a pregnancy', { id: 'pregnancy.planning', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }),
  },
  breastfeeding: {
    label: () => msg('I am breastfeeding', { id: 'pregnancy.breastfeeding', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }),
  },
  'none-of-these': noneOfThese,
  'prefer-not': yesNoWords['prefer-not'],
};
