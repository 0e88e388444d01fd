/**
 * What the clinical review pack and the content version promise: every
 * tailoring rule has a description for the reviewer; the guide's About section
 * states the content version and says when the clinic's review was of an
 * earlier one; and the `reviewed-version` setting takes any value safely.
 * (That the recorded version matches the content is checked in Node, where the
 * messages are extracted: scripts/review-pack/content-version.test.mjs.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { readHostConfig } from '../src/components/attributes/host-config.js';
import { CONTENT_VERSION, reviewedEarlierVersion } from '../src/content/content-version.js';
import { guideDocument } from '../src/content/guide/document.js';
import type { PublisherInfo } from '../src/content/publisher.js';
import { buildGuide } from '../src/guide/build-guide.js';
import { EVIDENCE_RULES } from '../src/guide/rules/evidence.js';
import { PERSONAL_HIGHLIGHT_RULES } from '../src/guide/rules/highlights.js';
import { QUESTION_RULES } from '../src/guide/rules/questions-to-ask.js';
import { SAFETY_FLAG_RULES, WITHHELD_RULES } from '../src/guide/rules/safety-flags.js';
import { VALUE_CONFLICT_RULES } from '../src/guide/rules/value-conflicts.js';
import type { LdnDecisionAid } from '../src/ldn-decision-aid.js';
import { RULE_DESCRIPTIONS } from '../src/review/pack-data.js';
import { completeAnswers } from './fixtures/patients.js';
import { completeWithMouse, root, settle } from './support/harness.js';

const RULE_LISTS: Record<string, readonly { id: string }[]> = {
  'safety-flags': SAFETY_FLAG_RULES,
  withheld: WITHHELD_RULES,
  highlights: PERSONAL_HIGHLIGHT_RULES,
  evidence: EVIDENCE_RULES,
  questions: QUESTION_RULES,
  'value-conflicts': VALUE_CONFLICT_RULES,
};

const aboutText = (publisher: PublisherInfo): string => {
  const about = guideDocument(buildGuide(completeAnswers()), 'en', publisher).sections.find((s) => s.id === 'about')!;
  return about.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'paragraph' ? [b.text] : [])).join(' ');
};

const EARLIER = 'That review was of an earlier version of this content.';
const OTHER_VERSION = (CONTENT_VERSION.fingerprint as string) === 'AAAAAAAAAAAA' ? 'BBBBBBBBBBBB' : 'AAAAAAAAAAAA';

describe('review pack: a description of every rule', () => {
  it('each rule list has a non-empty description for each of its rules, and none for a rule that does not exist', () => {
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).to.deep.equal(Object.keys(RULE_LISTS).sort());
    for (const [group, rules] of Object.entries(RULE_LISTS)) {
      const described = RULE_DESCRIPTIONS[group]!;
      for (const { id } of rules) expect(described[id]?.trim(), `${group}: rule "${id}" has no description`).to.be.a('string').and.not.equal('');
      expect(Object.keys(described).sort(), `${group}: descriptions of rules that do not exist`).to.deep.equal(rules.map((r) => r.id).sort());
    }
  });
});

describe('content version in the About section', () => {
  it('states the running content version in every guide', () => {
    expect(CONTENT_VERSION.fingerprint).to.match(/^[0-9A-F]{12}$/);
    expect(CONTENT_VERSION.lastChanged).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(aboutText({})).to.contain(`Content version: ${CONTENT_VERSION.fingerprint}.`);
  });

  it('says the review was of an earlier version when the clinic names another version, and not when it names this one', () => {
    const review = { reviewer: 'Dr A. Rivera', reviewDate: '2030-01-01' };
    expect(aboutText({ ...review, reviewedVersion: OTHER_VERSION })).to.contain(EARLIER);
    expect(aboutText({ ...review, reviewedVersion: CONTENT_VERSION.fingerprint })).not.to.contain(EARLIER);
    // A named version decides, whatever the date.
    expect(aboutText({ ...review, reviewDate: '2000-01-01', reviewedVersion: CONTENT_VERSION.fingerprint })).not.to.contain(EARLIER);
  });

  it('without a named version, compares the review date with the day the content last changed', () => {
    expect(reviewedEarlierVersion({ reviewDate: '2000-01-01' })).to.equal(true);
    expect(reviewedEarlierVersion({ reviewDate: CONTENT_VERSION.lastChanged })).to.equal(false);
    expect(reviewedEarlierVersion({ reviewDate: '2999-12-31' })).to.equal(false);
    expect(reviewedEarlierVersion({})).to.equal(false);
    expect(aboutText({ reviewer: 'Dr A. Rivera', reviewDate: '2000-01-01' })).to.contain(EARLIER);
    expect(aboutText({ reviewer: 'Dr A. Rivera' })).not.to.contain(EARLIER);
    // No review named: nothing about an earlier one, only that no clinician has reviewed it.
    expect(aboutText({ reviewedVersion: OTHER_VERSION })).not.to.contain(EARLIER);
  });
});

describe('the reviewed-version setting', () => {
  const warningsOf = (raw: Record<string, unknown>) => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      const host = {};
      return { config: [readHostConfig(host, raw), readHostConfig(host, raw)][0]!, warnings };
    } finally {
      console.warn = warn;
    }
  };

  it('keeps any text (a version in any case, trimmed); leaves out what is not text, or is too long, with one warning', () => {
    const kept = warningsOf({ reviewedVersion: ` ${OTHER_VERSION.toLowerCase()} ` });
    expect(kept.config.publisher.reviewedVersion).to.equal(OTHER_VERSION.toLowerCase());
    expect(kept.warnings).to.deep.equal([]);
    // Any case names the same version; any other text (a typo) is not this version.
    expect(reviewedEarlierVersion({ reviewedVersion: CONTENT_VERSION.fingerprint.toLowerCase() })).to.equal(false);
    expect(reviewedEarlierVersion({ reviewedVersion: OTHER_VERSION.toLowerCase() })).to.equal(true);
    expect(reviewedEarlierVersion({ reviewedVersion: 'v1' })).to.equal(true);
    for (const odd of [{}, ['x'], Symbol('x'), 'a'.repeat(500)]) {
      const label = typeof odd === 'symbol' ? 'a symbol' : JSON.stringify(odd);
      const { config, warnings } = warningsOf({ reviewedVersion: odd });
      expect(config.publisher.reviewedVersion, label).to.equal(undefined);
      expect(warnings, label).to.have.length(1);
      expect(warnings[0]).to.contain('reviewed-version');
    }
  });

  it('as an attribute on the element, reaches the About section', async () => {
    const el = await fixture<LdnDecisionAid>(
      html`<ldn-decision-aid reviewer="Dr. A. Rivera" review-date="2030-01-01" reviewed-version=${OTHER_VERSION}></ldn-decision-aid>`,
    );
    await settle(el);
    await completeWithMouse(el);
    const about = () => root(el).querySelector('[data-section="about"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(about()).to.contain('Clinical review: reviewed by Dr. A. Rivera on January 1, 2030.');
    expect(about()).to.contain(EARLIER);
    el.setAttribute('reviewed-version', CONTENT_VERSION.fingerprint);
    await settle(el);
    expect(about()).not.to.contain(EARLIER);
    expect(about()).to.contain(`Content version: ${CONTENT_VERSION.fingerprint}`);
  });
});
