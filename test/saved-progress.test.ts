/**
 * Saved progress as text: the strict reader (anything that does not fit is
 * rejected whole, what no longer applies is pruned), and a widget's hold on
 * its place in storage, which never changes a save it did not read or write.
 */
import { expect } from '@open-wc/testing';
import { readSavedProgress, SAVED_PROGRESS_VERSION, writeSavedProgress } from '../src/flow/saved-progress.js';
import { type Answers, emptyAnswers } from '../src/questionnaire/answers.js';
import { pruneAnswers } from '../src/questionnaire/prune.js';
import { SaveSlot, type StorageLike } from '../src/components/controllers/save-slot.js';
import { completeAnswers, tried } from './fixtures/patients.js';

/** Three symptoms rated: the main-symptoms question (up to two) applies. */
const THREE_RATED = { 'symptom-fatigue': 'severe', 'symptom-pain': 'severe', 'symptom-brain-fog': 'moderate' } as const;

describe('reading saved progress', () => {
  const valid = { step: 'opioids' as const, returnToReview: false, answers: { ...emptyAnswers(), diagnosis: 'diagnosed' as const } };

  it('reads back what was written', () => {
    expect(readSavedProgress(writeSavedProgress(valid))).to.deep.equal({ version: SAVED_PROGRESS_VERSION, ...valid });
    // As many ticks as allowed (the two main symptoms).
    const two = { ...valid, answers: { ...valid.answers, ...THREE_RATED, 'worst-symptom': ['fatigue', 'pain'] } } as typeof valid;
    expect(readSavedProgress(writeSavedProgress(two))).to.deep.equal({ version: SAVED_PROGRESS_VERSION, ...two });
    // When an answer last changed, when kept; a save from before it was kept reads without it.
    const dated = { ...valid, answeredAt: '2026-11-30T09:15:00.000Z' };
    expect(readSavedProgress(writeSavedProgress(dated))).to.deep.equal({ version: SAVED_PROGRESS_VERSION, ...dated });
    expect(readSavedProgress(writeSavedProgress(valid))).not.to.have.property('answeredAt');
  });

  it('rejects missing, malformed, outdated or tampered data as a whole', () => {
    const cases: [string, string | null][] = [
      ['nothing saved', null],
      ['not JSON', '{oops'],
      ['another version', JSON.stringify({ ...JSON.parse(writeSavedProgress(valid)), version: 0 })],
      [
        'a version 1 save (answers before the questionnaire model)',
        JSON.stringify({
          version: 1,
          step: 'health',
          returnToReview: false,
          answers: { diagnosis: 'diagnosed', therapies: [], noTherapies: true, therapyDetails: {} },
        }),
      ],
      [
        'a version 2 save (pregnancy as one yes/no answer)',
        JSON.stringify({ version: 2, step: 'symptoms', returnToReview: false, answers: { ...valid.answers, liver: 'no', pregnancy: 'no' } }),
      ],
      ['pregnancy in the old yes/no shape', writeSavedProgress({ ...valid, answers: { ...valid.answers, pregnancy: 'yes' as never } })],
      ['unknown step', writeSavedProgress({ ...valid, step: 'payment' as never })],
      ['unknown answer value', writeSavedProgress({ ...valid, answers: { ...valid.answers, 'opioid-use': 'sometimes' as never } })],
      ['unknown answer field', writeSavedProgress({ ...valid, answers: { ...valid.answers, dose: '4.5 mg' } as never })],
      ['wrong type', writeSavedProgress({ ...valid, answers: { ...valid.answers, therapies: 'midodrine' as never } })],
      ['unknown symptom', writeSavedProgress({ ...valid, answers: { ...valid.answers, 'symptom-nausea': 'mild' } as never })],
      ['unknown option in a list', writeSavedProgress({ ...valid, answers: { ...valid.answers, therapies: ['midodrine', 'cupping'] as never } })],
      ['empty list', writeSavedProgress({ ...valid, answers: { ...valid.answers, therapies: [] } })],
      ['an answer saved in the old shape', writeSavedProgress({ ...valid, answers: { ...valid.answers, opioidUse: 'no' } as never })],
      // null must not pass as "unanswered": a null opioid answer would drop the withdrawal warning.
      ['null answer', writeSavedProgress({ ...valid, answers: { ...valid.answers, 'opioid-use': null as never } })],
      ['null list', writeSavedProgress({ ...valid, answers: { ...valid.answers, therapies: null as never } })],
      ['an exclusive answer beside a tick', writeSavedProgress({ ...valid, answers: { ...valid.answers, conditions: ['fibromyalgia', 'none-of-these'] } })],
      ['duplicate tick', writeSavedProgress({ ...valid, answers: { ...valid.answers, therapies: ['midodrine', 'midodrine'] } })],
      // Anything but a boolean: a "yes" would send Continue back to "Check your answers" from a page never reviewed.
      ...(['yes', 1, 0, null, [], {}] as const).map((value): [string, string] => [
        `returnToReview ${JSON.stringify(value)}`,
        JSON.stringify({ ...JSON.parse(writeSavedProgress(valid)), returnToReview: value }),
      ]),
      ['no returnToReview', JSON.stringify({ version: SAVED_PROGRESS_VERSION, step: valid.step, answers: valid.answers })],
      ['no step', JSON.stringify({ version: SAVED_PROGRESS_VERSION, returnToReview: false, answers: valid.answers })],
      ['answers as a list', JSON.stringify({ ...JSON.parse(writeSavedProgress(valid)), answers: [] })],
      ['not an object', '"progress"'],
      ['a list', '[]'],
      ['JSON null', 'null'],
      ...([null, 5, 'diagnosed'] as const).map((value): [string, string] => [
        `answers ${JSON.stringify(value)}`,
        JSON.stringify({ ...JSON.parse(writeSavedProgress(valid)), answers: value }),
      ]),
      ['a group id as a question', writeSavedProgress({ ...valid, answers: { ...valid.answers, 'symptom-ratings': ['mild'] } as never })],
      // A time that is not exactly what toISOString() writes could be anything: the save is not trusted.
      ...(['yesterday', '2026-11-30', '2026-11-31T09:15:00.000Z', '2026-11-30T09:15:00Z', 5, null, {}] as const).map((value): [string, string] => [
        `answeredAt ${JSON.stringify(value)}`,
        JSON.stringify({ ...JSON.parse(writeSavedProgress(valid)), answeredAt: value }),
      ]),
      [
        'more ticks than allowed',
        writeSavedProgress({ ...valid, answers: { ...valid.answers, ...THREE_RATED, 'worst-symptom': ['fatigue', 'pain', 'brain-fog'] } }),
      ],
    ];
    for (const [name, text] of cases) expect(readSavedProgress(text), name).to.equal(undefined);
  });

  it('never resumes on the guide with incomplete answers: it resumes on "Check your answers"', () => {
    expect(readSavedProgress(writeSavedProgress({ ...valid, step: 'guide' }))?.step).to.equal('review');
    const complete = completeAnswers();
    expect(readSavedProgress(writeSavedProgress({ ...valid, step: 'guide', answers: complete }))?.step).to.equal('guide');
    expect(readSavedProgress(writeSavedProgress({ ...valid, returnToReview: true }))?.returnToReview).to.equal(true);
  });

  it('prunes answers that fit the model but no longer apply, and never resumes the guide on what pruning left incomplete', () => {
    const contradictory = completeAnswers({
      'opioid-use': 'no',
      'opioid-kinds': ['tramadol'],
      'naltrexone-before': 'not-sure',
      'naltrexone-helps': 'a-lot',
    });
    const read = readSavedProgress(writeSavedProgress({ ...valid, step: 'guide', answers: contradictory }));
    expect(read?.answers).to.deep.equal(pruneAnswers(contradictory));
    expect(read?.answers).not.to.have.property('opioid-kinds');
    expect(read?.answers).not.to.have.property('naltrexone-helps');
    expect(read?.step).to.equal('guide');
    // A treatment "still used" that was never ticked is pruned, which leaves a required question open: "Check your answers".
    const stale = { ...completeAnswers(tried(['compression', { status: 'current', helps: 'a-little' }])), 'therapies-current': ['midodrine'] } as Answers;
    const resumed = readSavedProgress(writeSavedProgress({ ...valid, step: 'guide', answers: stale }));
    expect(resumed?.answers).not.to.have.property('therapies-current');
    expect(resumed?.step).to.equal('review');
  });
});

/** A Map as a Storage; `fail` makes every call throw, as a blocked storage does. */
function fakeStorage(): StorageLike & { data: Map<string, string>; fail: boolean } {
  const data = new Map<string, string>();
  const store = {
    data,
    fail: false,
    getItem: (key: string) => {
      if (store.fail) throw new Error('blocked');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (store.fail) throw new Error('blocked');
      data.set(key, value);
    },
    removeItem: (key: string) => {
      if (store.fail) throw new Error('blocked');
      data.delete(key);
    },
  };
  return store;
}

describe('a widget’s save slot', () => {
  it('writes and removes what it wrote, and only that', () => {
    const store = fakeStorage();
    const slot = new SaveSlot(store, 'k');
    expect(slot.read()).to.equal(null);
    expect(slot.write('one')).to.equal('written');
    expect(slot.write('one')).to.equal('unchanged');
    expect(slot.write('two')).to.equal('written');
    expect(store.data.get('k')).to.equal('two');
    expect(slot.remove()).to.equal('removed');
    expect(store.data.has('k')).to.equal(false);
    expect(slot.remove()).to.equal('unchanged');
  });

  it('never writes over or removes what something else wrote since it last read or wrote', () => {
    const store = fakeStorage();
    const mine = new SaveSlot(store, 'k');
    const other = new SaveSlot(store, 'k');
    mine.read();
    other.read();
    expect(other.write('theirs')).to.equal('written');
    expect(mine.write('mine')).to.equal('changed-elsewhere');
    expect(mine.remove()).to.equal('changed-elsewhere');
    expect(store.data.get('k')).to.equal('theirs');
    expect(mine.isNews('theirs')).to.equal(true);
    expect(other.isNews('theirs')).to.equal(false);
    // Once read, it is this widget's own to change.
    expect(mine.read()).to.equal('theirs');
    expect(mine.isNews('theirs')).to.equal(false);
    expect(mine.write('mine')).to.equal('written');
    expect(other.write('again')).to.equal('changed-elsewhere');
    expect(other.force('again')).to.equal('written');
    expect(store.data.get('k')).to.equal('again');
  });

  it('treats a save it never read as another’s, and the same text as no change', () => {
    const store = fakeStorage();
    store.data.set('k', 'before');
    const slot = new SaveSlot(store, 'k');
    expect(slot.isNews(null)).to.equal(false);
    expect(slot.isNews('before')).to.equal(true);
    expect(slot.remove()).to.equal('changed-elsewhere');
    expect(slot.write('mine')).to.equal('changed-elsewhere');
    expect(slot.write('before')).to.equal('unchanged');
    expect(slot.remove()).to.equal('removed');
  });

  it('writes where nothing is, even where it had written before (another tab started over, or storage forgot)', () => {
    const store = fakeStorage();
    const slot = new SaveSlot(store, 'k');
    slot.write('one');
    store.data.delete('k');
    expect(slot.write('two')).to.equal('written');
    expect(store.data.get('k')).to.equal('two');
  });

  it('reports blocked storage as failed, never as changed elsewhere, and reads it as nothing', () => {
    const store = fakeStorage();
    const slot = new SaveSlot(store, 'k');
    slot.write('one');
    store.fail = true;
    expect(slot.read()).to.equal(null);
    expect(slot.write('two')).to.equal('failed');
    expect(slot.remove()).to.equal('failed');
    expect(slot.force('two')).to.equal('failed');
    store.fail = false;
    expect(slot.write('two')).to.equal('written');
    expect(new SaveSlot(undefined, 'k').write('x')).to.equal('failed');
  });
});
