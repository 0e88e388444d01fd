/**
 * What the clinical review pack holds (`npm run review-pack`), as data: the
 * rules that tailor the guide with when each applies and what it makes the
 * guide say, every statement each section shows for the example patients,
 * each example patient's whole guide, and the sources. Read from the guide's
 * own rules, wording and builders, so the pack never says other than the guide.
 * Run in Node by scripts/review-pack/ (English only), never by the widget.
 */
import { buildGuide } from '../guide/build-guide.js';
import { GUIDE_SECTIONS, type GuideSectionId } from '../guide/ids.js';
import { EVIDENCE_RULES } from '../guide/rules/evidence.js';
import { PERSONAL_HIGHLIGHT_RULES } from '../guide/rules/highlights.js';
import { QUESTION_RULES } from '../guide/rules/questions-to-ask.js';
import { SAFETY_FLAG_RULES, WITHHELD_RULES } from '../guide/rules/safety-flags.js';
import { VALUE_CONFLICT_RULES } from '../guide/rules/value-conflicts.js';
import {
  EVIDENCE_SHOWN_WHEN,
  HIGHLIGHT_SHOWN_WHEN,
  QUESTION_SHOWN_WHEN,
  SAFETY_FLAG_SHOWN_WHEN,
  VALUE_CONFLICT_SHOWN_WHEN,
  WITHHELD_SHOWN_WHEN,
} from '../guide/rules/descriptions.js';
import type { Guide } from '../guide/types.js';
import type { Answers } from '../questionnaire/answers.js';
import { DIAGNOSIS } from '../questionnaire/options.js';
import { QUESTION_STEPS } from '../flow/steps.js';
import { type ReviewRow, reviewRows } from '../content/review-rows.js';
import { EVIDENCE_TEXT } from '../content/evidence.js';
import { highlightText } from '../content/for-you.js';
import type { GuideDocument } from '../content/guide/blocks.js';
import { guideDocument, SECTION_BUILDERS } from '../content/guide/document.js';
import { SECTION_HEADINGS } from '../content/guide/headings.js';
import { QUESTION_TO_ASK_TEXT } from '../content/questions-to-ask.js';
import { SAFETY_FLAG_TEXT } from '../content/safety.js';
import { SOURCE_IDS, sourceEntry, type SourceEntry, type SourceId } from '../content/sources.js';
import { VALUE_CONFLICT_TEXT } from '../content/values.js';
import { buildQuestionnaire } from '../export/fhir/questionnaire.js';
import type { Questionnaire } from '../export/fhir/r4.js';
import { blockStatements } from './block-texts.js';
import { messageSources } from './message-sources.js';
import { recordMessages } from './record-messages.js';

/** A rule as the reviewer reads it. */
export interface RuleEntry {
  id: string;
  shownWhen: string;
  /** For questions to ask: safety, tailored or general, and what makes it the patient's own. */
  kind?: string;
  tiedTo?: string;
  /** The ids of the messages it makes the guide show (their English is in the message catalogue). */
  messages: string[];
  sources: readonly SourceId[];
  /** The example patients whose guide it is in. */
  examples: string[];
}

export interface RuleGroup {
  id: 'safety-flags' | 'withheld' | 'highlights' | 'evidence' | 'questions' | 'value-conflicts';
  rules: RuleEntry[];
}

/** One statement of a section: the messages it is made of, its sources, and which example patients' guides show it. */
export interface Statement {
  messages: string[];
  /** The text as first shown, for statements made of no message (numbers, the patient's own words). */
  text: string;
  sources: SourceId[];
  examples: string[];
}

export interface SectionEntry {
  id: GuideSectionId;
  heading: string;
  headingMessage: string;
  statements: Statement[];
}

export interface PackData {
  /** Every question and answer option, as the widget's FHIR Questionnaire states them (English). */
  questionnaire: Questionnaire;
  ruleGroups: RuleGroup[];
  sections: SectionEntry[];
  /** Each example patient's answers, as "Check your answers" shows them, and their whole guide. */
  examples: { name: string; answers: ReviewRow[]; guide: GuideDocument }[];
  sources: SourceEntry[];
  /** The sources each message cites, from its wording record (message-sources.ts). */
  cited: Record<string, string[]>;
  /** Every rule description, by group and id: part of the content version. */
  descriptions: Record<string, Record<string, string>>;
}

type Examples = Record<string, () => Answers>;

const ids = (show: () => unknown): string[] => [...new Set(recordMessages(show).messages.map((m) => m.id))];

const inGuides = (guides: Map<string, Guide>, has: (g: Guide) => boolean): string[] => [...guides].filter(([, g]) => has(g)).map(([name]) => name);

/** Each rule list with its descriptions, what it shows, and the example patients it applies to. */
function ruleGroups(guides: Map<string, Guide>): RuleGroup[] {
  const diagnosisGuides = DIAGNOSIS.map((diagnosis) => buildGuide({ diagnosis }));
  return [
    {
      id: 'safety-flags',
      rules: SAFETY_FLAG_RULES.map(({ id }) => {
        const t = SAFETY_FLAG_TEXT[id];
        return {
          id,
          shownWhen: SAFETY_FLAG_SHOWN_WHEN[id],
          // Every wording the flag has (title, why in each variant, the summary's and the QR code's words), whatever the answers.
          messages: ids(() => [
            ...Object.values(t).flatMap((f) => (typeof f === 'function' ? [(f as (a: Answers) => string)({})] : [])),
            t.short({ 'planned-procedure': 'yes' }),
          ]),
          sources: t.sources,
          examples: inGuides(guides, (g) => g.safety.includes(id)),
        };
      }),
    },
    {
      id: 'withheld',
      rules: WITHHELD_RULES.map(({ id }) => ({
        id,
        shownWhen: WITHHELD_SHOWN_WHEN[id],
        messages: [],
        sources: [],
        examples: inGuides(guides, (g) => g.clinicianSummary.withheld.includes(id)),
      })),
    },
    {
      id: 'highlights',
      rules: PERSONAL_HIGHLIGHT_RULES.map(({ id }) => {
        const texts = diagnosisGuides.map((g) => highlightText(id, g));
        return {
          id,
          shownWhen: HIGHLIGHT_SHOWN_WHEN[id],
          messages: ids(() => texts.map((t) => t.text())),
          sources: [...new Set(texts.flatMap((t) => t.sources))],
          examples: inGuides(guides, (g) => g.highlights.includes(id)),
        };
      }),
    },
    {
      id: 'evidence',
      rules: EVIDENCE_RULES.map(({ id }) => ({
        id,
        shownWhen: EVIDENCE_SHOWN_WHEN[id],
        messages: ids(() => EVIDENCE_TEXT[id].text('', 'en')),
        sources: EVIDENCE_TEXT[id].sources,
        examples: inGuides(guides, (g) => g.evidence.includes(id)),
      })),
    },
    {
      id: 'questions',
      rules: QUESTION_RULES.map((r) => {
        const ties = [
          ...(r.tiedTo.values ?? []).map((v) => `value “${v}” ticked as mattering a lot`),
          ...(r.tiedTo.symptoms ?? []).map((s) => `symptom “${s}” rated severe`),
        ];
        return {
          id: r.id,
          shownWhen: QUESTION_SHOWN_WHEN[r.id],
          kind: r.kind,
          ...(ties.length && { tiedTo: ties.join('; ') }),
          messages: ids(() => QUESTION_TO_ASK_TEXT[r.id]()),
          sources: [],
          examples: inGuides(guides, (g) => g.questions.includes(r.id)),
        };
      }),
    },
    {
      id: 'value-conflicts',
      rules: VALUE_CONFLICT_RULES.map((r) => ({
        id: r.id,
        shownWhen: VALUE_CONFLICT_SHOWN_WHEN[r.id],
        kind: `pulls against: ${r.options.join(', ')}`,
        messages: ids(() => VALUE_CONFLICT_TEXT[r.id].text()),
        sources: VALUE_CONFLICT_TEXT[r.id].sources,
        examples: inGuides(guides, (g) => g.conflicts.some((c) => c.id === r.id)),
      })),
    },
  ];
}

/** Every statement each section shows for the example patients, merged by the messages it is made of. */
function sections(guides: Map<string, Guide>, cited: Map<string, string[]>): SectionEntry[] {
  return GUIDE_SECTIONS.map((id) => {
    const { result: heading, messages: headingMessages } = recordMessages(() => SECTION_HEADINGS[id]());
    const statements = new Map<string, Statement>();
    for (const [name, guide] of guides) {
      const { result: blocks, messages } = recordMessages(() => SECTION_BUILDERS[id]({ guide, locale: 'en', publisher: {} }));
      for (const { text, sources } of blocks.flatMap(blockStatements)) {
        const made = [...new Set(messages.filter((m) => m.text.trim() && text.includes(m.text)).map((m) => m.id))];
        const key = made.length ? made.join(' ') : text;
        const statement = statements.get(key) ?? { messages: made, text, sources: [], examples: [] };
        // The sources its own wording records cite, where they say; else those its block cites.
        const own = made.filter((m) => cited.has(m)).flatMap((m) => cited.get(m)!);
        const exact = made.some((m) => cited.has(m));
        statement.sources = SOURCE_IDS.filter((s) => statement.sources.includes(s) || (exact ? own.includes(s) : sources.includes(s)));
        if (!statement.examples.includes(name)) statement.examples.push(name);
        statements.set(key, statement);
      }
    }
    return { id, heading, headingMessage: headingMessages[0]?.id ?? '', statements: [...statements.values()] };
  });
}

export const RULE_DESCRIPTIONS: PackData['descriptions'] = {
  'safety-flags': SAFETY_FLAG_SHOWN_WHEN,
  withheld: WITHHELD_SHOWN_WHEN,
  highlights: HIGHLIGHT_SHOWN_WHEN,
  evidence: EVIDENCE_SHOWN_WHEN,
  questions: QUESTION_SHOWN_WHEN,
  'value-conflicts': VALUE_CONFLICT_SHOWN_WHEN,
};

export function packData(examples: Examples): PackData {
  const guides = new Map(Object.entries(examples).map(([name, answers]) => [name, buildGuide(answers())]));
  const cited = messageSources();
  const rows = (name: string) => QUESTION_STEPS.flatMap((step) => reviewRows(step, examples[name]!()));
  return {
    questionnaire: buildQuestionnaire(),
    ruleGroups: ruleGroups(guides),
    sections: sections(guides, cited),
    examples: [...guides].map(([name, guide]) => ({ name, answers: rows(name), guide: guideDocument(guide, 'en') })),
    sources: SOURCE_IDS.map(sourceEntry),
    cited: Object.fromEntries(cited),
    descriptions: RULE_DESCRIPTIONS,
  };
}
