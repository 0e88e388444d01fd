/**
 * The condition builders the model is written with (conditions.ts), checked
 * when a test calls them: mutation testing ignores what runs only while the
 * model loads, so the model's own conditions cannot show these mistakes.
 * Written from mutants that `npm run mutate` found alive in src/questionnaire
 * (issue 21). Pure: this file also runs in Node.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { answerIn, answerIs, anyOf, holds } from '../src/questionnaire/conditions.js';
import { enableWhenExpression } from '../src/export/fhir/fhirpath.js';

const LIVER = ['yes', 'no', 'not-sure', 'prefer-not'] as const;
const PREGNANCY = ['pregnant', 'breastfeeding', 'trying', 'none-of-these'] as const;
/** Answers to one single-choice and one multiple-choice question, either possibly unanswered. */
const anyPair = fc.record({
  liver: fc.option(fc.constantFrom(...LIVER), { nil: undefined }),
  pregnancy: fc.option(fc.uniqueArray(fc.constantFrom(...PREGNANCY), { minLength: 1 }), { nil: undefined }),
});

describe('condition builders', () => {
  it("answerIs is FHIR's '=' condition, the shape the FHIR export and the follow-up layout read", () => {
    expect(answerIs('liver', 'yes')).to.deep.equal({ question: 'liver', operator: '=', answer: 'yes' });
  });

  it('answerIn holds exactly when the answer, or one of the ticks, is one of the codes', () => {
    // "no" is part of "not-sure": a code matches whole, never as a part of another.
    expect(holds(answerIn('liver', ['no']), { liver: 'not-sure' })).to.equal(false);
    fc.assert(
      fc.property(anyPair, fc.subarray([...LIVER]), fc.subarray([...PREGNANCY]), (a, liverCodes, pregnancyCodes) => {
        expect(holds(answerIn('liver', liverCodes), a), 'liver').to.equal(a.liver !== undefined && liverCodes.includes(a.liver));
        const ticked = a.pregnancy ?? [];
        expect(holds(answerIn('pregnancy', pregnancyCodes), a), 'pregnancy').to.equal(ticked.some((t) => pregnancyCodes.includes(t)));
      }),
    );
  });

  it('anyOf joins "any" conditions of several parts, and holds when any part does', () => {
    const joined = anyOf(answerIn('liver', ['yes', 'not-sure']), answerIn('pregnancy', ['pregnant']));
    expect(joined).to.deep.equal({ when: [answerIs('liver', 'yes'), answerIs('liver', 'not-sure'), answerIs('pregnancy', 'pregnant')], behavior: 'any' });
    fc.assert(
      fc.property(anyPair, (a) => {
        const expected = a.liver === 'yes' || a.liver === 'not-sure' || !!a.pregnancy?.includes('pregnant');
        expect(holds(joined, a)).to.equal(expected);
      }),
    );
    expect(enableWhenExpression(joined).split(' or ')).to.have.length(3);
  });
});
