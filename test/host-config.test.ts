/**
 * The host-config module on its own: any value for any setting is read
 * without throwing, into a value of the right type, with at most one warning
 * per element and setting; and the coercions a host relies on.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOST_TEXT_LIMITS, type HostConfig, type RawHostSettings, readHostConfig } from '../src/components/attributes/host-config.js';
import { readText, withoutBidiControls } from '../src/components/attributes/host-value.js';
import { HOST_SETTINGS } from './support/host-settings.js';

const SETTINGS = HOST_SETTINGS;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function warningsDuring<T>(body: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  try {
    return { result: body(), warnings };
  } finally {
    console.warn = warn;
  }
}

/** Any value at all, and the awkward ones fast-check's `anything` does not make. */
const anyValue = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
  fc.constantFrom<unknown>(
    Symbol('x'),
    () => 1,
    new Date('nope'),
    {
      toString: () => {
        throw new Error('planted');
      },
    },
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.stringMatching(/^[\u202a-\u202e\u2066-\u2069a-z ]{0,40}$/),
);

describe('host-config: any value for any setting', () => {
  it('never throws; every setting comes out with its type; at most one warning per setting, however often it is read', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(SETTINGS.map((s) => [s, anyValue])) as Record<(typeof SETTINGS)[number], fc.Arbitrary<unknown>>), (raw) => {
        const host = {};
        const { result, warnings } = warningsDuring(() => [readHostConfig(host, raw as RawHostSettings), readHostConfig(host, raw as RawHostSettings)]);
        const [config, again] = result as [HostConfig, HostConfig];
        expect(again).to.deep.equal(config);
        expect(['none', 'session', 'local']).to.include(config.save);
        expect([1, 2, 3, 4, 5]).to.include(config.headingLevel);
        for (const text of [config.storageKey, config.questionnaireUrl, config.locale, ...(Object.values(config.publisher) as string[])]) {
          if (text === undefined || text === null) continue;
          expect(text).to.be.a('string').and.not.equal('');
          expect(BIDI.test(text), JSON.stringify(text)).to.equal(false);
        }
        for (const [key, max] of [
          ['publisher', HOST_TEXT_LIMITS.name],
          ['reviewer', HOST_TEXT_LIMITS.name],
          ['funding', HOST_TEXT_LIMITS.statement],
          ['conflicts', HOST_TEXT_LIMITS.statement],
        ] as const)
          expect([...(config.publisher[key] ?? '')].length).to.be.at.most(max + 1);
        if (config.publisher.reviewDate !== undefined) expect(config.publisher.reviewDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(warnings.length).to.be.at.most(SETTINGS.length);
        expect(new Set(warnings).size).to.equal(warnings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('coerces what has a meaning: a Date to its calendar day, numbers to digits, true and false for save', () => {
    const { result, warnings } = warningsDuring(() =>
      readHostConfig({}, { reviewDate: new Date(2025, 0, 15, 23, 30), clinicName: 42, storageKey: 7, reviewer: 10n, save: true, headingLevel: 3 }),
    );
    expect(result.publisher).to.deep.equal({ publisher: '42', reviewer: '10', reviewDate: '2025-01-15' });
    expect(result.storageKey).to.equal('7');
    expect(result.save).to.equal('local');
    expect(result.headingLevel).to.equal(3);
    expect(readHostConfig({}, { save: false }).save).to.equal('none');
    expect(warnings).to.deep.equal([]);
  });

  it('ignores what has none, with one warning naming the attribute', () => {
    const { result, warnings } = warningsDuring(() =>
      readHostConfig(
        {},
        { clinicName: { name: 'x' }, locale: Symbol('es'), reviewDate: new Date('nope'), save: [], questionnaireUrl: 'not a url', funding: true },
      ),
    );
    expect(result.publisher).to.deep.equal({});
    expect(result.locale).to.equal(null);
    expect(result.save).to.equal('none');
    expect(result.questionnaireUrl).to.equal(undefined);
    expect(warnings).to.have.length(6);
    for (const attribute of ['clinic-name', 'locale', 'review-date', 'save', 'questionnaire-url', 'funding'])
      expect(
        warnings.some((w) => w.startsWith(`<ldn-decision-aid>: ${attribute}`)),
        attribute,
      ).to.equal(true);
  });

  it('cuts a name or statement that is too long (with "…" and a warning), and ignores a key or locale that is', () => {
    const long = 'R'.repeat(100_000);
    const { result, warnings } = warningsDuring(() => readHostConfig({}, { clinicName: long, conflicts: long, storageKey: long, locale: long }));
    expect(result.publisher.publisher).to.equal(`${'R'.repeat(HOST_TEXT_LIMITS.name)}…`);
    expect(result.publisher.conflicts).to.equal(`${'R'.repeat(HOST_TEXT_LIMITS.statement)}…`);
    expect(result.storageKey).to.equal(undefined);
    expect(result.locale).to.equal(null);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal('<ldn-decision-aid>: clinic-name is 100000 characters long, more than 200, so only the first 200 characters are shown.');
    // Never the whole value in a warning.
    expect(Math.max(...warnings.map((w) => w.length))).to.be.below(300);
  });

  it('removes bidi controls from host text, so they cannot reorder an export; keeps markup as text', () => {
    expect(withoutBidiControls('Clinic \u202eevil\u202c \u2067x\u2069 \u200f')).to.equal('Clinic evil x ');
    expect(readText('<b>Clinic</b>\u202e', { max: 200 }).value).to.equal('<b>Clinic</b>');
    expect(readText('\u202e', { max: 200 })).to.deep.equal({});
  });
});
