/**
 * The IPDAS minimum standards (S14, as clinical-facts.md lists them), each with
 * where the guide meets it: the sections and messages a reviewer can check.
 * test/ipdas.test.ts checks each criterion on the rendered guide; the build
 * fails when a section or message named here no longer exists.
 */
export const IPDAS_CRITERIA = [
  { group: 'Qualifying', criterion: 'Describes the condition', sections: ['pots'], messages: ['pots.what', 'pots.treatment'] },
  { group: 'Qualifying', criterion: 'States the decision', sections: ['decision'], messages: ['decision.choice', 'decision.when-considered'] },
  {
    group: 'Qualifying',
    criterion: 'Describes the options, including not starting LDN (keeping the current plan)',
    sections: ['options'],
    messages: ['option.ldn.name', 'option.conventional.name', 'option.no-change.name'],
  },
  {
    group: 'Qualifying',
    criterion: 'Benefits of each option',
    sections: ['options'],
    messages: ['option.ldn.benefit', 'option.conventional.benefit', 'option.no-change.benefit'],
  },
  {
    group: 'Qualifying',
    criterion: 'Harms of each option',
    sections: ['options'],
    messages: ['option.ldn.harms', 'option.conventional.harms', 'option.no-change.harms'],
  },
  {
    group: 'Qualifying',
    criterion: 'What it is like to live with each option',
    sections: ['options'],
    messages: ['option.ldn.living', 'option.conventional.living', 'option.no-change.living'],
  },
  {
    group: 'Certification',
    criterion: 'Benefits and harms in equal detail (the same fields for every option)',
    sections: ['options'],
    messages: ['option.field.benefit', 'option.field.harms', 'option.field.certainty'],
  },
  { group: 'Certification', criterion: 'Citations to the evidence', sections: ['about'], messages: ['guide.about.heading'] },
  {
    group: 'Certification',
    criterion: 'Production or last reviewed date',
    sections: ['about'],
    messages: ['guide.about.last-reviewed', 'about.content-version'],
  },
  { group: 'Certification', criterion: 'Update policy', sections: ['about'], messages: ['about.updates'] },
  {
    group: 'Certification',
    criterion: 'Uncertainty stated',
    sections: ['for-you', 'decision', 'evidence'],
    messages: ['key.evidence-limited', 'option.ldn.certainty'],
  },
  { group: 'Certification', criterion: 'Funding source and conflicts of interest', sections: ['about'], messages: ['about.funding', 'about.conflicts'] },
];

/** The problems with the checklist against what exists: a missing section or message. */
export function ipdasProblems(sectionIds, messageIds) {
  return IPDAS_CRITERIA.flatMap(({ criterion, sections, messages }) => [
    ...sections.filter((s) => !sectionIds.has(s)).map((s) => `IPDAS "${criterion}": no guide section "${s}"`),
    ...messages.filter((m) => !messageIds.has(m)).map((m) => `IPDAS "${criterion}": no message "${m}"`),
  ]);
}
