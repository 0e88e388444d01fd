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
    (kinds as readonly string[]).some((k) => ['buprenorphine', 'methadone', 'other', 'not-sure-which'].includes(k))
  );
}

/** The ticks of a multiple choice, none when an exclusive answer ("none of these", "prefer not to say") is among them: it wins. */
function ticked(a: Answers | Partial, id: string): readonly string[] {
  const value = answersOf(a)[id];
  if (!Array.isArray(value)) return [];
  return value.includes('none-of-these') || value.includes('prefer-not') ? [] : (value as readonly string[]);
}

/** Pregnancy states ticked (pregnant, planning, breastfeeding). */
export const pregnancyReported = (a: Answers | Partial): readonly string[] => ticked(a, 'pregnancy');

/** Related conditions the patient reported. */
export const conditionsReported = (a: Answers | Partial): readonly string[] => ticked(a, 'conditions');

const yesOrNotSure = (value: unknown) => value === 'yes' || value === 'not-sure';

/** The safety flags the requirement asks for, in the order it asks for them: withdrawal first. */
export function expectedFlags(a: Answers | Partial): SafetyFlagId[] {
  const x = answersOf(a);
  const possible = opioidUsePossible(a);
  const flags: (SafetyFlagId | false)[] = [
    possible && 'opioid-withdrawal',
    askedAboutUseDisorder(a) && x['opioid-use-disorder-treatment'] === 'yes' && 'opioid-use-disorder-treatment',
    yesOrNotSure(x['planned-procedure']) && 'planned-procedure',
    yesOrNotSure(x.liver) && 'liver',
    pregnancyReported(a).includes('pregnant') && 'pregnant',
    pregnancyReported(a).includes('planning-pregnancy') && 'planning-pregnancy',
    pregnancyReported(a).includes('breastfeeding') && 'breastfeeding',
  ];
  return flags.filter((f): f is SafetyFlagId => f !== false);
}

/** The safety facts for everyone: all three, except the opioid one when the withdrawal flag already says it in full. */
export const expectedGeneralSafety = (a: Answers | Partial): GeneralSafetyId[] =>
  opioidUsePossible(a) ? ['after-stopping', 'tell-every-clinician'] : ['no-opioids-with-ldn', 'after-stopping', 'tell-every-clinician'];

/** Whether a safety question was answered "prefer not to say" (the opioid use disorder one only counts while it is asked). */
export function expectedWithheld(a: Answers | Partial): boolean {
  const x = answersOf(a);
  const pregnancy = Array.isArray(x.pregnancy) ? (x.pregnancy as readonly string[]) : [];
  return x.liver === 'prefer-not' || pregnancy.includes('prefer-not') || (askedAboutUseDisorder(a) && x['opioid-use-disorder-treatment'] === 'prefer-not');
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
const GENERAL: QuestionToAskId[] = ['what-if-no-change', 'how-to-tell', 'who-prescribes', 'cost', 'sleep-side-effects'];

/**
 * Every safety and tailored question that applies, in the fixed order, then
 * general ones up to six in all, "what if I keep my current plan" always.
 */
export function expectedQuestions(a: Answers | Partial): QuestionToAskId[] {
  const x = answersOf(a);
  const possible = opioidUsePossible(a);
  const personal: (QuestionToAskId | false)[] = [
    possible && 'opioid-free-period',
    askedAboutUseDisorder(a) && x['opioid-use-disorder-treatment'] === 'yes' && 'opioid-use-disorder-plan',
    yesOrNotSure(x['planned-procedure']) && 'procedure-plan',
    pregnancyReported(a).length > 0 && 'pregnancy-plans',
    // Keeping opioid pain relief is asked only with possible opioid use or a procedure ahead.
    (possible || (yesOrNotSure(x['planned-procedure']) && x['value-keep-opioid-pain-relief'] === 'a-lot')) && 'future-pain-relief',
    x['naltrexone-before'] === 'yes' && 'naltrexone-before',
    (conventionalTargetsWorse(a) || x['value-relief-heart-rate-dizziness'] === 'a-lot') && 'heart-rate-symptoms',
    !ticked(a, 'therapies').some((t) => THERAPIES.includes(t)) && 'other-options-first',
  ];
  const asked = personal.filter((q): q is QuestionToAskId => q !== false);
  return [...asked, ...GENERAL.slice(0, Math.max(1, 6 - asked.length))];
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
