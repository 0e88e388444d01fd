/**
 * What the guide must contain for given answers, written here from the
 * requirements, not from src/answers/predicates.ts or the guide builder: so a
 * change to a rule, or a rule dropped for some answers, is caught. The
 * exhaustive and random guide checks compare the builder with these, in full
 * (what is there, not only its order).
 */
import type { Answers } from '../../src/questionnaire/answers.js';
import type { EvidencePointId, GeneralSafetyId, QuestionToAskId, SafetyFlagId } from '../../src/guide/types.js';

type Partial = { readonly [id: string]: string | readonly string[] | undefined };
const answersOf = (a: Answers | Partial) => a as Partial;

/** Current or possible opioid use: "yes" and "not sure" both count. */
export const opioidUsePossible = (a: Answers | Partial): boolean => ['yes', 'not-sure'].includes(answersOf(a)['opioid-use'] as string);

/** The question about opioid use disorder treatment is asked only after a medicine that treatment uses, or an opioid not named. */
export function askedAboutUseDisorder(a: Answers | Partial): boolean {
  const kinds = answersOf(a)['opioid-kinds'];
  return (
    opioidUsePossible(a) &&
    Array.isArray(kinds) &&
    (kinds as readonly string[]).some((k) => ['buprenorphine', 'methadone', 'morphine-hydromorphone', 'other', 'not-sure-which'].includes(k))
  );
}

/**
 * In treatment for opioid use disorder, or would not say, while opioid use is
 * possible: coming off opioids is never presented to them as the way to LDN
 * (the label rules LDN out during that treatment, and stopping it raises the
 * risk of overdose: clinical-facts.md, S3, S16).
 */
export const mayBeInTreatment = (a: Answers | Partial): boolean =>
  askedAboutUseDisorder(a) && ['yes', 'prefer-not'].includes(answersOf(a)['opioid-use-disorder-treatment'] as string);

/** In treatment for opioid use disorder, said so ("Yes"), while opioid use is possible. */
export const reportsTreatment = (a: Answers | Partial): boolean => askedAboutUseDisorder(a) && answersOf(a)['opioid-use-disorder-treatment'] === 'yes';

/**
 * The first question to ask when opioid use is possible: how long to be off
 * opioids, or, for someone who may be in treatment, whether LDN is possible at
 * all, naming that treatment when they said "Yes" and neutrally when they would not say.
 */
export const firstOpioidQuestion = (a: Answers | Partial): QuestionToAskId =>
  reportsTreatment(a)
    ? 'ldn-with-oud-treatment'
    : mayBeInTreatment(a)
      ? unsureOfOpioids(a)
        ? 'ldn-with-current-medicines'
        : 'ldn-with-opioid-treatment'
      : 'opioid-free-period';

/** "Not sure" whether they take an opioid: they may not know which medicines are opioids, so nothing may assume one. */
const unsureOfOpioids = (a: Answers | Partial): boolean => answersOf(a)['opioid-use'] === 'not-sure';

/**
 * The questions a guide with possible opioid use starts with: the opioid one,
 * after only the under-18 one (whether LDN is open at all at that age comes
 * first) and, when not sure about opioids, "are any of my medicines opioids?".
 */
export const leadingOpioidQuestions = (a: Answers | Partial): QuestionToAskId[] => [
  ...(answersOf(a)['age-group'] === 'under-18' ? (['ldn-under-18'] as const) : []),
  ...(unsureOfOpioids(a) ? (['which-are-opioids'] as const) : []),
  firstOpioidQuestion(a),
];

/**
 * The fewest questions a guide has. For someone in treatment for opioid use
 * disorder the label rules LDN out (S3), so the general questions that assume
 * it goes ahead do not fill their list: it may hold only whether LDN is possible
 * at all, what else could help, and what if they keep their plan.
 */
export const fewestQuestions = (a: Answers | Partial): number => (reportsTreatment(a) ? 3 : mayBeInTreatment(a) ? 2 : leansAway(a) ? 1 : 5);

/** Leaning toward standard care or the current plan: no general question that assumes LDN goes ahead fills their list (third re-read n7). */
const leansAway = (a: Answers | Partial): boolean => ['standard-care', 'keep-current-plan'].includes(answersOf(a).leaning as string);

/** The answers that stand alone in a list: "none of these", "not sure" (conditions), "prefer not to say", "I have stopped them all". */
const EXCLUSIVE = ['none-of-these', 'not-sure', 'prefer-not', 'stopped-all'];

/** The ticks of a multiple choice, none when an exclusive answer is among them: it wins. */
function ticked(a: Answers | Partial, id: string): readonly string[] {
  const value = answersOf(a)[id];
  if (!Array.isArray(value)) return [];
  return value.some((v) => EXCLUSIVE.includes(v as string)) ? [] : (value as readonly string[]);
}

/** Pregnancy states ticked (pregnant, planning, breastfeeding). */
export const pregnancyReported = (a: Answers | Partial): readonly string[] => ticked(a, 'pregnancy');

/** Related conditions the patient reported. */
export const conditionsReported = (a: Answers | Partial): readonly string[] => ticked(a, 'conditions');

const yesOrNotSure = (value: unknown) => value === 'yes' || value === 'not-sure';

/** Ivabradine ticked among the treatments tried, and ticked again in "Which of these do you still take or do?". */
const takesIvabradine = (a: Answers | Partial): boolean =>
  ticked(a, 'therapies').includes('ivabradine') && ticked(a, 'therapies-current').includes('ivabradine');

/** The questions each pregnancy state asks: its own, and for pregnant or planning, the review of current medicines. */
export const PREGNANCY_QUESTIONS_FOR: { readonly [state: string]: readonly QuestionToAskId[] | undefined } = {
  pregnant: ['pregnant-ldn', 'pregnant-medicines'],
  'planning-pregnancy': ['planning-ldn', 'planning-medicines'],
  breastfeeding: ['breastfeeding-ldn', 'breastfeeding-medicines'],
};
export const PREGNANCY_QUESTIONS: readonly QuestionToAskId[] = Object.values(PREGNANCY_QUESTIONS_FOR).flatMap((q) => q ?? []);

/** The safety flags the requirement asks for, in the order it asks for them: withdrawal first. */
export function expectedFlags(a: Answers | Partial): SafetyFlagId[] {
  const x = answersOf(a);
  const possible = opioidUsePossible(a);
  const flags: (SafetyFlagId | false)[] = [
    possible && 'opioid-withdrawal',
    askedAboutUseDisorder(a) && x['opioid-use-disorder-treatment'] === 'yes' && 'opioid-use-disorder-treatment',
    x['age-group'] === 'under-18' && 'under-18',
    yesOrNotSure(x['planned-procedure']) && 'planned-procedure',
    yesOrNotSure(x.liver) && 'liver',
    // A medicine taken now that may harm an unborn baby comes before the points about starting LDN.
    (pregnancyReported(a).includes('pregnant') || pregnancyReported(a).includes('planning-pregnancy')) && takesIvabradine(a) && 'ivabradine-pregnancy',
    pregnancyReported(a).includes('pregnant') && 'pregnant',
    pregnancyReported(a).includes('planning-pregnancy') && 'planning-pregnancy',
    pregnancyReported(a).includes('breastfeeding') && 'breastfeeding',
  ];
  return flags.filter((f): f is SafetyFlagId => f !== false);
}

/** The safety facts for everyone: all three, except the opioid one when the withdrawal flag already says it in full. */
export const expectedGeneralSafety = (a: Answers | Partial): GeneralSafetyId[] =>
  opioidUsePossible(a) ? ['after-stopping', 'tell-every-clinician'] : ['no-opioids-with-ldn', 'after-stopping', 'tell-every-clinician'];

/** Whether a safety question (age, liver, pregnancy, opioid use disorder treatment) was answered "prefer not to say" (the last only counts while it is asked). */
export function expectedWithheld(a: Answers | Partial): boolean {
  const x = answersOf(a);
  const pregnancy = Array.isArray(x.pregnancy) ? (x.pregnancy as readonly string[]) : [];
  return (
    x.liver === 'prefer-not' ||
    x['age-group'] === 'prefer-not' ||
    pregnancy.includes('prefer-not') ||
    (askedAboutUseDisorder(a) && x['opioid-use-disorder-treatment'] === 'prefer-not')
  );
}

const SEVERITY_RANK: Record<string, number> = { none: 0, mild: 1, moderate: 2, severe: 3 };
const worstOf = (a: Answers | Partial, symptoms: readonly string[]) =>
  Math.max(0, ...symptoms.map((s) => SEVERITY_RANK[answersOf(a)[`symptom-${s}`] as string] ?? 0));

/** Heart rate or light-headedness worse than fatigue, pain and brain fog (the source article's comparison, S0). */
export const conventionalTargetsWorse = (a: Answers | Partial): boolean =>
  worstOf(a, ['racing-heart', 'light-headedness']) > worstOf(a, ['fatigue', 'pain', 'brain-fog']);

const THERAPIES = [
  'fluids-salt',
  'compression',
  'exercise-training',
  'other-lifestyle',
  'beta-blocker',
  'ivabradine',
  'pyridostigmine',
  'midodrine',
  'fludrocortisone',
  'desmopressin',
  'clonidine-methyldopa',
  'other-medicine',
];
/** A value ticked on "Which of these matter a lot to you?" (the callers check that it was offered). */
const mattersALot = (a: Answers | Partial, value: string): boolean => ticked(a, 'values-a-lot').includes(value);

/** The general questions, in the order they fill the list, each with the value that matters a lot or symptom rated severe that makes it the patient's own. */
const GENERAL: readonly [QuestionToAskId, (a: Answers | Partial) => boolean][] = [
  ['what-if-no-change', () => false],
  ['how-to-tell', (a) => mattersALot(a, 'relief-fatigue-pain-fog')],
  ['who-prescribes', () => false],
  ['cost', (a) => mattersALot(a, 'cost')],
  ['sleep-side-effects', (a) => mattersALot(a, 'avoid-side-effects') || answersOf(a)['symptom-sleep'] === 'severe'],
];

/**
 * Every safety and tailored question that applies, in the fixed order, and
 * every general one tied to a value that matters a lot or a symptom rated severe;
 * then the other general ones up to six in all, "what if I keep my current
 * plan" always, and for someone in treatment for opioid use disorder only
 * that one (the others assume LDN goes ahead, which the label rules out). A
 * value counts only where it is offered: keeping opioid pain relief
 * with possible opioid use or a procedure ahead, staying on opioid use
 * disorder treatment only for someone in it.
 */
export function expectedQuestions(a: Answers | Partial): QuestionToAskId[] {
  const x = answersOf(a);
  const possible = opioidUsePossible(a);
  const inTreatment = reportsTreatment(a);
  const procedure = yesOrNotSure(x['planned-procedure']);
  const pregnancy = pregnancyReported(a);
  const periodOffered = possible && !mayBeInTreatment(a);
  const keepsPainReliefALot = (possible || procedure) && mattersALot(a, 'keep-opioid-pain-relief');
  const severe = (symptom: string) => x[`symptom-${symptom}`] === 'severe';
  const personal: (QuestionToAskId | false)[] = [
    x['age-group'] === 'under-18' && 'ldn-under-18',
    unsureOfOpioids(a) && 'which-are-opioids',
    periodOffered && 'opioid-free-period',
    inTreatment && 'ldn-with-oud-treatment',
    mayBeInTreatment(a) && !inTreatment && (unsureOfOpioids(a) ? 'ldn-with-current-medicines' : 'ldn-with-opioid-treatment'),
    inTreatment && 'what-else-could-help',
    procedure && 'procedure-plan',
    // Timing an LDN start around the procedure, and whether LDN suits the liver, assume LDN: not while it is ruled out.
    procedure && !mayBeInTreatment(a) && 'procedure-timing',
    yesOrNotSure(x.liver) && (mayBeInTreatment(a) ? 'liver-options' : 'liver-ldn'),
    ...(pregnancy.includes('pregnant') ? PREGNANCY_QUESTIONS_FOR.pregnant! : []),
    ...(pregnancy.includes('planning-pregnancy') ? PREGNANCY_QUESTIONS_FOR['planning-pregnancy']! : []),
    ...(pregnancy.includes('breastfeeding') ? PREGNANCY_QUESTIONS_FOR.breastfeeding! : []),
    (periodOffered || keepsPainReliefALot) && 'future-pain-relief',
    ['suspected', 'not-sure'].includes(x.diagnosis as string) && 'find-out-if-pots',
    x['naltrexone-before'] === 'yes' && 'naltrexone-before',
    (conventionalTargetsWorse(a) || mattersALot(a, 'relief-heart-rate-dizziness') || severe('racing-heart') || severe('light-headedness')) &&
      'heart-rate-symptoms',
    severe('headaches') && 'headaches',
    mattersALot(a, 'wait-for-research') && 'while-waiting',
    !ticked(a, 'therapies').some((t) => THERAPIES.includes(t)) && !inTreatment && 'other-options-first',
    // Maybe in treatment for opioid use disorder, no general question that assumes LDN goes ahead, even when tied.
    ...GENERAL.map(([id, tied]) => tied(a) && (!mayBeInTreatment(a) || id === 'what-if-no-change') && id),
  ];
  const asked = personal.filter((q): q is QuestionToAskId => q !== false);
  const rest = GENERAL.map(([id]) => id).filter((id) => !asked.includes(id) && (!mayBeInTreatment(a) || id === 'what-if-no-change'));
  return [...asked, ...rest.slice(0, leansAway(a) ? 1 : Math.max(1, 6 - asked.length))];
}

/** The evidence points: the POTS studies always, then what the answers make relevant. */
export function expectedEvidence(a: Answers | Partial): EvidencePointId[] {
  const conditions = conditionsReported(a);
  const points: (EvidencePointId | false)[] = [
    'case-series',
    'trial',
    opioidUsePossible(a) && 'trials-exclude-opioids',
    (pregnancyReported(a).includes('pregnant') || pregnancyReported(a).includes('breastfeeding')) && 'trial-excludes-pregnancy',
  ];
  // Fibromyalgia comes before long COVID on the page, and so in the guide.
  if (conditions.includes('fibromyalgia')) points.push('fibromyalgia');
  if (conditions.includes('long-covid')) points.push('long-covid');
  if (conditions.some((c) => c !== 'fibromyalgia' && c !== 'long-covid')) points.push('other-conditions-not-covered');
  return points.filter((p): p is EvidencePointId => p !== false);
}
