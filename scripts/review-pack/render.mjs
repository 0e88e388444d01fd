/**
 * The review pack as one HTML page: what it is and how to review it, the
 * rules that tailor the guide, every statement by section, each example
 * patient's guide, the sources, the IPDAS checklist, every message the widget
 * can show, and the sign-off block. It presents only what the guide says.
 */
import { guideHtml } from './guide-html.mjs';
import { questionsHtml } from './questions-html.mjs';
import { cites, el, esc, ids, list, STYLES, table } from './html.mjs';
import { IPDAS_CRITERIA } from './ipdas.mjs';
import { readable } from './content.mjs';

const GROUP_TITLES = {
  'safety-flags': ['Personal safety points', 'Shown first in "Safety first", in this order, to the patients they apply to.'],
  withheld: ['Safety questions answered "Prefer not to say"', 'The clinician summary names each; the guide cannot rule that risk out.'],
  highlights: [
    'The patient’s own most relevant points',
    'In "Most relevant to you", in this order; the key points every guide makes fill the rest of its three places.',
  ],
  evidence: ['Evidence points', 'In "What the evidence says", in this order.'],
  questions: [
    'Questions to ask the clinician',
    'Every safety and tailored question that applies, and any question tied to a value ticked as mattering a lot or a symptom rated severe, is asked; general questions fill the list up to six.',
  ],
  'value-conflicts': ['Values that pull against an option', 'In "What matters to you", one sentence each, most important first.'],
};

const examplesOf = (names, all) =>
  names.length === all ? 'every example patient' : names.length ? names.map(esc).join(', ') : '<span class="none">none of the examples</span>';

/** A message with its English, as the catalogue holds it (placeholders in braces). */
const message = (id, catalogue) => `${esc(readable(catalogue.get(id) ?? ''))} <code>${esc(id)}</code>`;

/** Each rule as a block of its own: when it applies, its sources and examples, then the messages it shows. */
const ruleBlock = (r, catalogue, all) =>
  `<div class="rule">${el('h4', r.id)}<dl>` +
  `<dt>Shown when</dt><dd>${esc(r.shownWhen)}</dd>` +
  (r.kind ? `<dt>Kind</dt><dd>${esc(r.kind)}</dd>` : '') +
  (r.tiedTo ? `<dt>Also when</dt><dd>${esc(r.tiedTo)}</dd>` : '') +
  `<dt>Sources</dt><dd>${cites(r.sources)}</dd><dt>Example patients</dt><dd>${examplesOf(r.examples, all)}</dd></dl>` +
  (r.messages.length ? list(r.messages.map((m) => message(m, catalogue))) : '<p class="muted">Named in the clinician summary.</p>') +
  '</div>';

function rulesPart(data, catalogue, all) {
  return data.ruleGroups
    .map(({ id, rules }) => {
      const [title, intro] = GROUP_TITLES[id];
      return el('h3', title) + el('p', intro) + rules.map((r) => ruleBlock(r, catalogue, all)).join('');
    })
    .join('');
}

function statementsPart(data, all) {
  return data.sections
    .map((s) => {
      const rows = s.statements.map((st) => [
        esc(st.text),
        st.messages.length ? ids(st.messages) : '<span class="muted">the patient’s answers</span>',
        cites(st.sources),
        examplesOf(st.examples, all),
      ]);
      return `${el('h3', s.heading)}<p class="muted">Section <code>${esc(s.id)}</code>, heading <code>${esc(s.headingMessage)}</code></p>${table('', ['Statement (as first shown)', 'Messages', 'Sources', 'Shown for'], rows, 'statements')}`;
    })
    .join('');
}

function examplesPart(data) {
  return data.examples
    .map(
      (e) =>
        `<section class="example">${el('h3', `Example patient: ${e.name}`)}${table(
          'Their answers, as "Check your answers" shows them',
          ['Question', 'Answer'],
          e.answers.map((r) => [esc(r.key), Array.isArray(r.value) ? r.value.map(esc).join('<br>') : esc(r.value)]),
        )}${guideHtml(e.guide, 4)}</section>`,
    )
    .join('');
}

function sourcesPart(data, catalogue, statementsBySource) {
  return table(
    '',
    ['Id', 'Citation', 'Cited by (messages, from their wording records)'],
    data.sources.map((s) => [
      `<strong id="source-${esc(s.id)}">${esc(s.id)}</strong>`,
      esc(s.citation) + (s.note ? ` <span class="muted">${esc(s.note)}</span>` : ''),
      ids(statementsBySource.get(s.id) ?? []) || '<span class="none">no message</span>',
    ]),
  );
}

const ipdasPart = () =>
  table(
    '',
    ['Criterion (S14)', 'Where the guide meets it', 'Messages to check'],
    IPDAS_CRITERIA.map((c) => [`${esc(c.group)}: ${esc(c.criterion)}`, c.sections.map((s) => `<code>${esc(s)}</code>`).join(', '), ids(c.messages)]),
  );

function cataloguePart(catalogue) {
  const groups = new Map();
  for (const [id, xml] of catalogue) {
    const prefix = id.split('.')[0];
    groups.set(prefix, [...(groups.get(prefix) ?? []), [`<code>${esc(id)}</code>`, esc(readable(xml))]]);
  }
  return [...groups].map(([prefix, rows]) => table(`${prefix}.*`, ['Message id', 'English'], rows, 'messages')).join('');
}

const signOff = (version) => `<section class="sign-off" aria-labelledby="sign-off">
<h2 id="sign-off">Clinical sign-off</h2>
<p>I have reviewed the content of content version <strong>${esc(version.fingerprint)}</strong> (last changed ${esc(version.lastChanged)}), as this pack presents it.</p>
<p class="choice">☐ Approved for use with our patients &nbsp; ☐ Approved with the changes listed below &nbsp; ☐ Not approved</p>
<dl><dt>Name</dt><dd></dd><dt>Role</dt><dd></dd><dt>Professional registration (if any)</dt><dd></dd><dt>Organization</dt><dd></dd><dt>Date</dt><dd></dd><dt>Signature</dt><dd></dd><dt>Changes or comments</dt><dd></dd></dl>
</section>`;

export function renderPack({ data, catalogue, version, packageVersion }) {
  const all = data.examples.length;
  const statementsBySource = new Map();
  for (const [id, sources] of Object.entries(data.cited)) for (const s of sources) statementsBySource.set(s, [...(statementsBySource.get(s) ?? []), id]);
  const part = (id, title, body) => `<section class="part" aria-labelledby="${id}">${el('h2', title, `id="${id}"`)}${body}</section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clinical review pack: LDN decision aid for POTS, content version ${esc(version.fingerprint)}</title>
<style>${STYLES}</style></head><body>
<header><h1>Clinical review pack: LDN decision aid for POTS</h1>
<p class="version">Content version <strong>${esc(version.fingerprint)}</strong>, last changed ${esc(version.lastChanged)} (package ${esc(packageVersion)})</p>
<p>This pack holds everything the <code>&lt;ldn-decision-aid&gt;</code> widget can tell a patient about low-dose naltrexone (LDN) for POTS, in English, so that a clinic’s clinical lead can review it and sign it off. It presents only what the widget says and the sources it cites; it adds nothing.</p>
<h2>How to review it</h2>
${list(
  [
    'Read the questions the patient answers (part 1), then the rules (part 2): when each safety point, evidence point, question to ask and value sentence is shown, and what it says.',
    'Check the statements of each section (part 3) against the cited sources (part 5). Each names its message ids, so a change can be asked for precisely.',
    'Read the example patients’ whole guides (part 4) as a patient would.',
    'Check the IPDAS checklist (part 6), and, if you wish, every other word the widget shows (part 7).',
    'Sign the last page. Then the clinic sets, on its page, <code>reviewer</code> (your name), <code>review-date</code> (YYYY-MM-DD) and <code>reviewed-version="' +
      esc(version.fingerprint) +
      '"</code>: the guide’s About section then names you, and says so if the content has changed since the version you reviewed.',
  ],
  'ol',
)}
<p>Contents: 1. The questions · 2. What tailors the guide · 3. Every statement, section by section · 4. The example patients’ guides · 5. Sources · 6. IPDAS checklist · 7. Every message the widget shows · Sign-off</p></header>
${part('questions', '1. The questions', `<p>Every question the patient is asked, page by page, with its answers and when it is asked (follow-up questions only after the answers named). From the widget’s FHIR Questionnaire, the same model it asks from.</p>${questionsHtml(data.questionnaire)}`)}
${part('rules', '2. What tailors the guide', `<p>The guide is built from the patient’s answers by ordered rules. Each is listed with when it applies, the messages it shows (English, with <code>{placeholders}</code>), its sources, and which example patients it applies to.</p>${rulesPart(data, catalogue, all)}`)}
${part('statements', '3. Every statement, section by section', `<p>What each section says for the ${all} example patients, merged by message. “Shown for every example patient” means it is in every guide.</p>${statementsPart(data, all)}`)}
${part('examples', '4. The example patients’ guides', `<p>Each example patient’s answers and their whole guide, as printed. The widget shows the same text.</p>${examplesPart(data)}`)}
${part('sources', '5. Sources', sourcesPart(data, catalogue, statementsBySource))}
${part('ipdas', '6. IPDAS checklist', `<p>The IPDAS minimum standards for patient decision aids (S14), and where the guide meets each. <code>test/ipdas.test.ts</code> checks each on the guide.</p>${ipdasPart()}`)}
${part('messages', '7. Every message the widget shows', `<p>All ${catalogue.size} English messages, by id: questions, answer options, buttons, errors and guide text. The content version is a fingerprint of these, the rule descriptions and the sources.</p>${cataloguePart(catalogue)}`)}
${signOff(version)}
</body></html>
`;
}
