/**
 * Who reviewed each translated message, in what role and when, recorded in
 * the XLIFF 1.2 file itself with what the standard has for it, so translators'
 * tools read it too:
 *
 * - the file's <header><phase-group> lists each review as a <phase>:
 *   `process-name` says which review (`language-review` or `clinical-review`),
 *   `contact-name` who, `date` when, and a <note from="ldn-role"> in what role;
 * - language review: the <target> gets `state="signed-off"` and
 *   `phase-name` naming its language-review phase, and loses the
 *   machine-translation mark (`state-qualifier="leveraged-mt"`);
 * - clinical review, after it: the <trans-unit> gets `approved="yes"` and
 *   `phase-name` naming its clinical-review phase, and the target `state="final"`.
 *
 * A locale is a draft until every message is clinically signed off
 * (write-loaders.mjs); `npm run i18n:check` prints the counts.
 */
import { XLIFF_NS, nodes } from './xliff.mjs';

export const REVIEWS = { language: 'language-review', clinical: 'clinical-review' };
export const ROLE_NOTE = 'ldn-role';

const LANGUAGE_DONE = new Set(['signed-off', 'final']);
const MACHINE_DRAFTED = new Set(['leveraged-mt', 'mt-suggestion']);

/** Whether a <target> is marked machine-translated, that is, no person has reviewed it yet. */
export const isMachineDrafted = (target) => MACHINE_DRAFTED.has(target?.getAttribute('state-qualifier') ?? '');

/** The review phases a document's header declares, by phase-name: `{ review, name, date, role }` (review is a key of REVIEWS, or undefined). */
export function reviewPhases(doc) {
  const phases = new Map();
  for (const phase of nodes(doc.getElementsByTagName('phase'))) {
    const review = Object.keys(REVIEWS).find((key) => REVIEWS[key] === phase.getAttribute('process-name'));
    const role =
      nodes(phase.getElementsByTagName('note'))
        .find((note) => note.getAttribute('from') === ROLE_NOTE)
        ?.textContent.trim() ?? '';
    phases.set(phase.getAttribute('phase-name'), {
      review,
      name: phase.getAttribute('contact-name') ?? '',
      date: phase.getAttribute('date') ?? '',
      role,
    });
  }
  return phases;
}

/**
 * One unit's reviews: the phase of each that is recorded (or null), and what
 * is inconsistent about them (a review must say who, in what role and when;
 * the clinical review comes after the language review).
 */
export function unitReviews(unit, phases) {
  const problems = [];
  const target = unit.target;
  /** The phase a phase-name refers to, if it is a phase of that review; else a problem. */
  const phaseOf = (name, review, what) => {
    const phase = phases.get(name);
    if (!name) problems.push(`${what} without a phase-name: who reviewed it?`);
    else if (!phase) problems.push(`phase-name="${name}" is not a <phase> in the header`);
    else if (phase.review !== review) problems.push(`phase-name="${name}" is not a ${REVIEWS[review]} phase`);
    else return { id: name, ...phase };
    return null;
  };
  const state = target?.getAttribute('state') ?? '';
  let language = LANGUAGE_DONE.has(state) ? phaseOf(target.getAttribute('phase-name'), 'language', `state="${state}"`) : null;
  if (language && isMachineDrafted(target)) {
    problems.push('reviewed, but still marked machine-translated (state-qualifier)');
    language = null;
  }
  let clinical = unit.element.getAttribute('approved') === 'yes' ? phaseOf(unit.element.getAttribute('phase-name'), 'clinical', 'approved="yes"') : null;
  if (clinical && !language) problems.push('clinically signed off without a valid language review');
  else if (clinical && state !== 'final') problems.push(`clinically signed off, but the target's state is "${state}", not "final"`);
  if (!language || state !== 'final') clinical = null;
  return { language, clinical, problems };
}

/** What is missing from the header's review phases: who, when, in what role. */
export function phaseProblems(phases) {
  const problems = [];
  for (const [id, phase] of phases) {
    if (!phase.review) continue;
    for (const [field, label] of [
      ['name', 'contact-name'],
      ['date', 'date'],
      ['role', `<note from="${ROLE_NOTE}">`],
    ])
      if (!phase[field]) problems.push(`phase "${id}": no ${label} (a review records who, in what role and when)`);
  }
  return problems;
}

/** Removes a unit's sign-off, as when its English changed: both reviews must be done again. */
export function voidSignOff(unit) {
  unit.element.removeAttribute('approved');
  unit.element.removeAttribute('phase-name');
  unit.target?.removeAttribute('phase-name');
}

/** Adds a review phase to the document's header (creating the header) and returns its phase-name. */
export function addPhase(doc, { review, name, role, date }) {
  const file = doc.getElementsByTagName('file').item(0);
  const text = (value) => doc.createTextNode(value);
  let header = nodes(file.childNodes).find((node) => node.localName === 'header');
  if (!header) {
    header = doc.createElementNS(XLIFF_NS, 'header');
    header.appendChild(text('\n'));
    file.insertBefore(
      header,
      nodes(file.childNodes).find((node) => node.localName === 'body'),
    );
    file.insertBefore(text('\n'), header.nextSibling);
  }
  let group = nodes(header.childNodes).find((node) => node.localName === 'phase-group');
  if (!group) {
    group = doc.createElementNS(XLIFF_NS, 'phase-group');
    group.appendChild(text('\n'));
    header.insertBefore(group, header.firstChild);
    header.insertBefore(text('\n'), group);
  }
  const taken = reviewPhases(doc);
  let n = 1;
  while (taken.has(`${review}-${n}`)) n++;
  const id = `${review}-${n}`;
  const phase = doc.createElementNS(XLIFF_NS, 'phase');
  phase.setAttribute('phase-name', id);
  phase.setAttribute('process-name', REVIEWS[review]);
  phase.setAttribute('contact-name', name);
  phase.setAttribute('date', date);
  const note = doc.createElementNS(XLIFF_NS, 'note');
  note.setAttribute('from', ROLE_NOTE);
  note.appendChild(text(role));
  phase.appendChild(note);
  group.appendChild(text('  '));
  group.appendChild(phase);
  group.appendChild(text('\n'));
  return id;
}

/** Marks a unit reviewed in the given phase; a clinical sign-off needs the language review first. */
export function signOff(unit, review, phaseId) {
  if (review === 'language') {
    unit.target.setAttribute('state', 'signed-off');
    unit.target.removeAttribute('state-qualifier');
    unit.target.setAttribute('phase-name', phaseId);
  } else {
    unit.element.setAttribute('approved', 'yes');
    unit.element.setAttribute('phase-name', phaseId);
    unit.target.setAttribute('state', 'final');
  }
}

/** Whether every message of a file is clinically signed off: then, and only then, the locale is no longer a draft. */
export function isFullySignedOff(doc, units) {
  const phases = reviewPhases(doc);
  return units.length > 0 && units.every((unit) => unitReviews(unit, phases).clinical);
}
