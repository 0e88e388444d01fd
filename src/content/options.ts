import { msg, str } from '@lit/localize';
import type { Guide, OptionFieldId, OptionId } from '../guide/types.js';
import { type Block, plain, type SectionBuilder } from './guide/blocks.js';
import { howItWentText } from './answer-text.js';
import { SOURCE_IDS, type SourcedText } from './sources.js';

/**
 * The three options, each in the same fields and of comparable length, so
 * benefits and harms get equal detail (IPDAS, S14; test/ipdas.test.ts
 * checks the lengths). Facts stated in full in "Safety first" are only pointed to.
 */
export interface OptionText {
  name: () => string;
  fields: Record<OptionFieldId, SourcedText>;
}

export const OPTION_FIELD_LABELS: Record<OptionFieldId, () => string> = {
  what: () => msg('What it is', { id: 'option.field.what', desc: 'Row heading in the options table.' }),
  benefit: () => msg('Benefits', { id: 'option.field.benefit', desc: 'Row heading in the options table: known benefits.' }),
  certainty: () => msg('How sure we are', { id: 'option.field.certainty', desc: 'Row heading in the options table: certainty of the evidence.' }),
  harms: () => msg('Possible harms', { id: 'option.field.harms', desc: 'Row heading in the options table.' }),
  living: () => msg('Daily life', { id: 'option.field.living', desc: 'Row heading in the options table: living with the option.' }),
  cost: () => msg('Cost and effort', { id: 'option.field.cost', desc: 'Row heading in the options table.' }),
};

export const OPTION_TEXT: Record<OptionId, OptionText> = {
  ldn: {
    name: () => msg('Trying LDN', { id: 'option.ldn.name', desc: 'Option heading.' }),
    fields: {
      what: {
        sources: ['S0'],
        text: () =>
          msg('Low-dose naltrexone, off-label for POTS. In theory, it may calm inflammation in the nervous system.', {
            id: 'option.ldn.what',
            desc: 'What the LDN option is. The mechanism must stay marked as a theory.',
          }),
      },
      benefit: {
        sources: ['S0', 'S1', 'S2'],
        text: () =>
          msg('It is aimed at fatigue and pain. Nobody yet knows whether it helps people with POTS.', {
            id: 'option.ldn.benefit',
            desc: 'What is known about the benefit of LDN.',
          }),
      },
      certainty: {
        sources: ['S1', 'S2'],
        text: () =>
          msg('Very unsure: no controlled study in POTS has results yet.', { id: 'option.ldn.certainty', desc: 'How certain the evidence on LDN is.' }),
      },
      harms: {
        sources: ['S0', 'S8', 'S9'],
        text: () =>
          msg('Usually mild side effects: vivid dreams, poor sleep, headaches, nausea. Unsafe with opioids (see above).', {
            id: 'option.ldn.harms',
            desc: 'Possible harms of LDN. Points back to the safety points above instead of repeating them.',
          }),
      },
      living: {
        sources: ['S0'],
        text: () =>
          msg('The dose is usually raised slowly. It can take time to tell if it helps.', {
            id: 'option.ldn.living',
            desc: 'What living with the LDN option is like.',
          }),
      },
      cost: {
        sources: ['S0'],
        text: () =>
          msg('Often made to order by a special (compounding) pharmacy. Ask what it would cost you.', {
            id: 'option.ldn.cost',
            desc: 'Cost and effort of the LDN option. Neutral for every country: no assumption of private insurance.',
          }),
      },
    },
  },
  conventional: {
    name: () => msg('Trying or changing standard POTS care', { id: 'option.conventional.name', desc: 'Option heading.' }),
    fields: {
      what: {
        sources: ['S0', 'S5', 'S6', 'S7'],
        text: () =>
          msg('Non-drug steps (fluids, salt, compression garments) and medicines for heart rate or blood pressure, off-label too.', {
            id: 'option.conventional.what',
            desc: 'What the standard POTS care option is.',
          }),
      },
      benefit: {
        sources: ['S5', 'S6', 'S7'],
        text: () =>
          msg(
            'Guidelines put non-drug steps first. Some medicines may help: propranolol and ivabradine for a fast heart rate, midodrine for blood vessel tone.',
            {
              id: 'option.conventional.benefit',
              desc: 'What is known about the benefit of standard POTS care: non-drug steps first, as guidelines put them.',
            },
          ),
      },
      certainty: {
        sources: ['S5'],
        text: () =>
          msg('Moderately sure for those medicines, less for others.', {
            id: 'option.conventional.certainty',
            desc: 'How certain the evidence on standard POTS care is.',
          }),
      },
      harms: {
        sources: ['S0'],
        text: () =>
          msg('Side effects depend on the medicine: tiredness, dizziness, or stomach or bowel problems.', {
            id: 'option.conventional.harms',
            desc: 'Possible harms of standard POTS care.',
          }),
      },
      living: {
        sources: ['S5', 'S6', 'S7'],
        text: () =>
          msg('Daily habits, such as raising the head of the bed and avoiding heat and large meals.', {
            id: 'option.conventional.living',
            desc: 'What living with standard POTS care is like.',
          }),
      },
      cost: {
        sources: [],
        text: () =>
          msg('Non-drug steps take daily effort. Ask what any medicine would cost you.', {
            id: 'option.conventional.cost',
            desc: 'Cost and effort of standard POTS care. Neutral for every country: no assumption of private insurance.',
          }),
      },
    },
  },
  'no-change': {
    name: () => msg('Keeping your current plan for now', { id: 'option.no-change.name', desc: 'Option heading.' }),
    fields: {
      what: {
        sources: [],
        text: () =>
          msg('Keep your current treatments and add nothing new. You can decide again at any visit.', {
            id: 'option.no-change.what',
            desc: 'What the "keep the current plan" option is.',
          }),
      },
      benefit: {
        sources: [],
        text: () =>
          msg('No new side effects, costs or limits on opioid pain relief, and time to think it over.', {
            id: 'option.no-change.benefit',
            desc: 'Possible benefits of keeping the current plan. Must not suggest trial results are near.',
          }),
      },
      certainty: {
        sources: [],
        text: () =>
          msg('Sure nothing new is added. Unsure how your symptoms will go.', {
            id: 'option.no-change.certainty',
            desc: 'How certain the outcome of keeping the current plan is.',
          }),
      },
      harms: {
        sources: [],
        text: () =>
          msg('Symptoms may carry on as now. You might miss relief another treatment could bring.', {
            id: 'option.no-change.harms',
            desc: 'Possible harms of keeping the current plan.',
          }),
      },
      living: {
        sources: [],
        text: () =>
          msg('It stays the same, with the treatments and side effects you know.', {
            id: 'option.no-change.living',
            desc: 'What living with the current plan is like.',
          }),
      },
      cost: {
        sources: [],
        text: () =>
          msg('No new costs, prescriptions or pharmacy visits, and no new routine.', {
            id: 'option.no-change.cost',
            desc: 'Cost and effort of keeping the current plan.',
          }),
      },
    },
  },
};

const OPTIONS_TABLE_TEXT = {
  caption: () => msg('The options compared', { id: 'guide.options.caption', desc: 'Caption of the options table.' }),
  corner: () => msg('What to compare', { id: 'guide.options.corner', desc: 'Header of the options table’s first column (read by screen readers only).' }),
};

/**
 * Ivabradine's label warns of harm to an unborn baby (S17). Pregnant or
 * planning, standard care's harms say so, since its benefits name ivabradine
 * (third re-read n4); keeping the current plan keeps ivabradine, so where its
 * flag is raised, the plan's harms point back to it (second re-read m5).
 */
const IVABRADINE_IN_PREGNANCY: readonly { option: OptionId; field: OptionFieldId; when: (g: Guide) => boolean; cell: SourcedText }[] = [
  {
    option: 'conventional',
    field: 'harms',
    when: (g) => g.safety.includes('pregnant') || g.safety.includes('planning-pregnancy'),
    cell: {
      sources: ['S0', 'S17'],
      text: () =>
        msg('Side effects depend on the medicine: tiredness, dizziness, or stomach or bowel problems. The ivabradine label warns it may harm an unborn baby.', {
          id: 'option.conventional.harms-pregnancy',
          desc: 'Possible harms of standard POTS care, for a patient pregnant or planning a pregnancy (the ivabradine label warns of fetal toxicity). Never "stop it".',
        }),
    },
  },
  {
    option: 'no-change',
    field: 'harms',
    when: (g) => g.safety.includes('ivabradine-pregnancy'),
    cell: {
      sources: ['S17'],
      text: () =>
        msg('Symptoms may carry on as now. You might miss relief another treatment could bring. Ivabradine needs a talk with its prescriber (see above).', {
          id: 'option.no-change.harms-ivabradine',
          desc: 'Possible harms of keeping the current plan, when the patient takes ivabradine and is pregnant or planning a pregnancy (its label warns of fetal toxicity). Never "stop it".',
        }),
    },
  },
];

/** Naltrexone or LDN taken before, acknowledged where the options are compared. */
const NALTREXONE_BEFORE_TEXT = {
  outcome: (outcome: string) =>
    msg(str`You took naltrexone or LDN before: ${outcome}.`, { id: 'guide.situation.naltrexone', desc: 'Placeholder: how it went.' }),
  noOutcome: () => msg('You took naltrexone or LDN before.', { id: 'guide.situation.naltrexone-no-outcome', desc: 'When how it went is unknown.' }),
};

function naltrexoneBefore(g: Guide): Block[] {
  if (!g.options.ldnTried) return [];
  const n = g.situation.naltrexone;
  return [plain(n?.helps || n?.sideEffects ? NALTREXONE_BEFORE_TEXT.outcome(howItWentText(n)) : NALTREXONE_BEFORE_TEXT.noOutcome())];
}

/** The options in one table, each described in the same fields, after naltrexone or LDN taken before, if it was. */
export const optionsSection: SectionBuilder = ({ guide: g }) => {
  const options = g.options.options.map((id) => ({ id, name: OPTION_TEXT[id].name() }));
  const fields = g.options.fields.map((field) => ({
    id: field,
    label: OPTION_FIELD_LABELS[field](),
    cells: g.options.options.map((option) => {
      const variant = IVABRADINE_IN_PREGNANCY.find((v) => v.option === option && v.field === field && v.when(g));
      const cell = variant?.cell ?? OPTION_TEXT[option].fields[field];
      return { text: cell.text(), sources: cell.sources };
    }),
  }));
  return [
    ...naltrexoneBefore(g),
    {
      type: 'options',
      caption: OPTIONS_TABLE_TEXT.caption(),
      corner: OPTIONS_TABLE_TEXT.corner(),
      options,
      fields,
      sources: SOURCE_IDS.filter((id) => fields.some((f) => f.cells.some((c) => c.sources.includes(id)))),
    },
  ];
};
