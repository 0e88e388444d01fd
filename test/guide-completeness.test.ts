/**
 * Completeness, not only order: for every combination of the safety answers
 * (each over a seeded random background) and for random answers, the guide
 * holds exactly what the requirements call for (support/guide-oracle.ts):
 * every safety flag, every general safety fact, the "prefer not to say" note,
 * every safety and tailored question, every evidence point. The plain-text
 * export holds every text of every block of the document, section by section
 * and in order; no export (text or QR) states a dose.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Answers } from '../src/questionnaire/answers.js';
import { compactSummaryText } from '../src/content/compact-summary.js';
import type { GuideDocument } from '../src/content/guide/blocks.js';
import { guideDocument } from '../src/content/guide/document.js';
import { GENERAL_SAFETY_TEXT, SAFETY_FLAG_TEXT } from '../src/content/safety.js';
import { flagWhy } from '../src/content/safety-sections.js';
import { guideToText } from '../src/export/text.js';
import { buildGuide } from '../src/guide/build-guide.js';
import type { Guide } from '../src/guide/types.js';
import { EXAMPLE_PATIENTS } from './fixtures/patients.js';
import {
  anyAnswers,
  anyOtherAnswers,
  describeAnswers,
  SAFETY_COMBINATION_COUNT,
  SAFETY_COMBINATIONS_TAKEN,
  safetyCombinations,
  withAnswers,
} from './support/answers.js';
import { DOSE_PATTERNS } from './support/clinical-patterns.js';
import { blockTexts } from './support/guide-text.js';
import { expectedEvidence, expectedFlags, expectedGeneralSafety, expectedQuestions, expectedWithheld } from './support/guide-oracle.js';

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Every difference between the guide and what the answers call for, in words. */
function missing(a: Answers, g: Guide): string[] {
  const wanted = {
    safety: expectedFlags(a),
    generalSafety: expectedGeneralSafety(a),
    safetyWithheld: expectedWithheld(a),
    questions: expectedQuestions(a),
    evidence: expectedEvidence(a),
  };
  return Object.entries(wanted)
    .filter(([key, value]) => !same(g[key as keyof typeof wanted], value))
    .map(([key, value]) => `${key} is ${JSON.stringify(g[key as keyof typeof wanted])}, expected ${JSON.stringify(value)}`);
}

/** The words of the safety section in the text export: every flag in full and every general fact. */
function safetyTextProblems(g: Guide, text: string): string[] {
  const section = text.slice(text.indexOf('Safety first\n'), text.indexOf('About POTS\n'));
  const statements = [
    ...g.safety.flatMap((id) => {
      const t = SAFETY_FLAG_TEXT[id];
      // In the words that fit the guide: the opioid-free period only where offered, the ivabradine warning pregnant or planning.
      return [t.title(), flagWhy(id, g), ...(t.raise ? [t.raise()] : [])];
    }),
    ...g.generalSafety.map((id) => GENERAL_SAFETY_TEXT[id].text()),
  ];
  return statements.filter((s) => !section.includes(s)).map((s) => `the safety section lacks "${s.slice(0, 60)}…"`);
}

function fail(a: Answers, problems: string[]): void {
  if (problems.length) throw new Error(`${problems.join('\n  ')}\n  answers: ${describeAnswers(a)}`);
}

describe('guide completeness: everything the answers call for is there', () => {
  it(`all ${SAFETY_COMBINATION_COUNT.toLocaleString('en')} combinations of the safety answers, each over a seeded background: flags, general safety, the withheld note, questions and evidence, in the data and the text`, function () {
    this.timeout(120_000);
    const backgrounds = fc.sample(anyOtherAnswers, { seed: 20260521, numRuns: SAFETY_COMBINATION_COUNT });
    let i = 0;
    for (const safety of safetyCombinations()) {
      const a = withAnswers(structuredClone(backgrounds[i++]!), safety);
      const g = buildGuide(a);
      fail(a, [...missing(a, g), ...safetyTextProblems(g, guideToText(guideDocument(g, 'en')))]);
    }
    expect(i).to.equal(SAFETY_COMBINATIONS_TAKEN);
  });

  it('random answers (fast-check, every field): the same, exactly', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => fail(a, missing(a, buildGuide(a)))),
      { numRuns: 3000 },
    );
  });
});

/** Where the text export loses or reorders a text of the document: each section's texts must appear in its part of the text, in order. */
function exportProblems(doc: GuideDocument, text: string): string[] {
  const problems: string[] = [];
  const starts = doc.sections.map((s) => text.indexOf(`\n${s.heading}\n`));
  if (starts.some((s, i) => s < 0 || (i > 0 && s <= starts[i - 1]!))) return [`section headings missing or out of order: ${JSON.stringify(starts)}`];
  doc.sections.forEach((section, i) => {
    const part = text.slice(starts[i], starts[i + 1] ?? text.length);
    let at = 0;
    for (const [b, block] of section.blocks.entries()) {
      for (const piece of blockTexts(block)) {
        const found = part.indexOf(piece, at);
        if (found < 0)
          problems.push(`${section.id}, block ${b + 1} (${block.type}): "${piece.slice(0, 60)}" is ${part.includes(piece) ? 'out of order' : 'missing'}`);
        else at = found + piece.length;
      }
    }
  });
  return problems;
}

describe('the text export, block by block against the document', () => {
  it('holds every text of every block, in order, for every example patient', () => {
    for (const [name, answers] of Object.entries(EXAMPLE_PATIENTS)) {
      const doc = guideDocument(buildGuide(answers()), 'en', {
        publisher: 'Riverside',
        funding: 'The clinic.',
        conflicts: 'None.',
        reviewer: 'Dr A',
        reviewDate: '2025-01-15',
      });
      expect(exportProblems(doc, guideToText(doc)), name).to.deep.equal([]);
    }
  });

  it('holds every text of every block, in order, for random answers (fast-check)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const doc = guideDocument(buildGuide(a), 'en');
        fail(a, exportProblems(doc, guideToText(doc)));
      }),
      { numRuns: 400 },
    );
  });

  it('the check itself: a flag line dropped from the text is caught', () => {
    const doc = guideDocument(buildGuide(EXAMPLE_PATIENTS['every-safety-concern']()), 'en');
    const raise = SAFETY_FLAG_TEXT.liver.raise!();
    expect(exportProblems(doc, guideToText(doc).replace(raise, ''))).to.have.length(1);
  });
});

describe('the text export of each kind of block', () => {
  it('a table: its caption, then a line per row, each cell after its column heading, then its sources', () => {
    const table: GuideDocument = {
      title: 'Guide',
      sources: ['S2'],
      sections: [
        {
          id: 'for-you',
          heading: 'Your situation',
          blocks: [
            {
              type: 'table',
              caption: 'Ratings',
              head: ['Symptom', 'Severity', 'Since'],
              rows: [
                ['Fatigue', 'Severe', '2020'],
                ['Pain', 'Mild', '2021'],
              ],
              sources: ['S2'],
            },
          ],
        },
      ],
    };
    expect(guideToText(table)).to.equal(
      'Guide\n=====\n\nYour situation\n--------------\n\nRatings\n- Fatigue; Severity: Severe; Since: 2020\n- Pain; Severity: Mild; Since: 2021 [Sources: S2]\n',
    );
  });

  it('a flag: its title, what to raise when there is something, then why, with its sources (labelled as on screen when both are there)', () => {
    const flag = (raise?: string): GuideDocument => ({
      title: 'Guide',
      sources: ['S1'],
      sections: [
        {
          id: 'safety',
          heading: 'Safety first',
          blocks: [{ type: 'flag', id: 'liver', title: 'Liver', ...(raise && { raise }), why: 'Because.', sources: ['S1'] }],
        },
      ],
    });
    const head = 'Guide\n=====\n\nSafety first\n------------\n\n';
    expect(guideToText(flag('Ask about it.'))).to.equal(`${head}! Liver\n  Raise this: Ask about it.\n  Why: Because. [Sources: S1]\n`);
    expect(guideToText(flag())).to.equal(`${head}! Liver\n  Because. [Sources: S1]\n`);
  });
});

describe('no export states a dose', () => {
  it('neither the text export nor the QR code’s text, for random answers (fast-check)', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const g = buildGuide(a);
        for (const [what, text] of [
          ['QR text', compactSummaryText(g.clinicianSummary, 'en', '2026-12-07')],
          ['text export', guideToText(guideDocument(g, 'en'))],
        ] as const) {
          const dose = DOSE_PATTERNS.map((re) => re.exec(text)).find(Boolean);
          if (dose)
            throw new Error(`the ${what} states a dose: "${text.slice(Math.max(0, dose.index - 40), dose.index + 40)}"\n  answers: ${describeAnswers(a)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
