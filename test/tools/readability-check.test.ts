/**
 * The readability check catches what it is meant to catch: hard text planted
 * in a list of units, among plain text, and in a hint or an answer label of a
 * rendered page (which also shows the collector reads them).
 */
import { expect } from '@open-wc/testing';
import { choose, continueOn, mountAid, root, stepOf } from '../support/harness.js';
import { container, expectReadable, measure, unique, unitsIn } from '../support/readability.js';

describe('readability: the check itself', () => {
  const HARD = [
    'Notwithstanding the aforementioned pharmacological considerations, the administration of naltrexone at subtherapeutic concentrations necessitates comprehensive interdisciplinary evaluation of concomitant opioidergic medications, hepatic functionality and individualised therapeutic objectives.',
  ];
  const PLAIN = ['Bring this guide to your visit. Ask your clinician what they think. You can take your time to decide.'];

  it('fails planted hard text, naming the group and its grade', async () => {
    const m = await measure('planted hard text', 'self-check', HARD, 'self-check', 'fail');
    expect(m.pass).to.equal(false);
    expect(m.grade).to.be.above(m.limit);
    expect(() => expectReadable(m)).to.throw(new RegExp(`planted hard text \\(self-check\\) reads at Flesch–Kincaid grade ${m.grade.toFixed(1)}`));
  });

  it('fails a page when hard text is planted among plain text', async () => {
    const plainPage = ['Your symptoms', 'How much has each of these bothered you in the last two weeks?', 'None', 'Mild', 'Moderate', 'Severe'];
    const planted = await measure('plain page with planted hard text', 'self-check', [...plainPage, ...HARD, ...HARD], false);
    expect(planted.pass).to.equal(false);
    expect((await measure('plain page', 'self-check', plainPage, false)).pass).to.equal(true);
  });

  for (const [where, selector] of [
    ['a hint', '#opioid-use-hint'],
    ['an answer label', 'label'],
  ] as const) {
    it(`reads hard text planted in ${where} of a rendered page, and fails that page`, async () => {
      const el = await mountAid();
      await continueOn(el);
      await choose(el, 'diagnosis', 'diagnosed');
      await choose(el, 'age-group', '18-or-over');
      await continueOn(el);
      await choose(el, 'therapies', 'fluids-salt');
      await choose(el, 'therapies-current', 'fluids-salt');
      await choose(el, 'therapy-helps-fluids-salt', 'a-lot');
      await continueOn(el);
      expect(stepOf(el)).to.equal('opioids');
      const page = unique([unitsIn(container(el))]);
      expect((await measure('opioids page', 'self-check', page, false)).pass, 'the real page passes').to.equal(true);
      const planted = document.createElement('span');
      planted.textContent = ` ${HARD[0]}`;
      root(el).querySelector(selector)!.append(planted);
      const withPlanted = unique([unitsIn(container(el))]);
      expect(withPlanted.join(' '), 'the collector found the planted text').to.contain('Notwithstanding');
      expect((await measure('opioids page with planted text', 'self-check', withPlanted, false)).pass).to.equal(false);
    });
  }

  it('passes plain sentences', async () => {
    const m = await measure('plain text', 'self-check', PLAIN, 'self-check', 'pass');
    expect(m.pass).to.equal(true);
    expect(m.grade).to.be.at.most(m.limit);
    expect(() => expectReadable(m)).not.to.throw();
  });

  it('fails a hard sentence hidden among many short answer labels, through the prose grade', async () => {
    const hard = 'The medication is contraindicated for individuals experiencing hepatic impairment or concurrent opioid administration.';
    const labels = ['Yes', 'No', 'Not sure', 'Prefer not to say', 'None', 'Mild', 'Moderate', 'Severe', 'A lot', 'Somewhat', 'Not much'];
    const m = await measure('hard sentence among labels', 'self-check', [hard, ...labels, ...labels], false);
    expect(m.grade, 'labels pull the plain grade under the limit').to.be.at.most(m.limit);
    expect(m.proseGrade).to.be.above(m.limit);
    expect(m.pass).to.equal(false);
  });

  it('treats an answer label as a sentence of its own, not part of a run-on sentence', async () => {
    const labels = ['Yes', 'No', 'Not sure', 'Prefer not to say'];
    const m = await measure('labels', 'self-check', labels, false);
    expect(m.sentences).to.equal(labels.length);
    expect(m.words).to.equal(8);
  });
});
