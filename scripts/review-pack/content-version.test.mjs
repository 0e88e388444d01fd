/**
 * The content version recorded in src/content/content-version.ts is the
 * content's: a change to any English message, rule description or source,
 * made without `npm run review-pack -- --accept`, fails here (and the pack
 * refuses to build). Also: the fingerprint moves with any change, and
 * accepting records both the fingerprint and the day.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { acceptVersion, currentContent, fingerprint, NOT_ACCEPTED, recordedVersion, VERSION_FILE } from './content.mjs';

describe('content version', () => {
  let content;
  before(async () => {
    content = await currentContent();
  });

  it('src/content/content-version.ts records the fingerprint of the content as it is', () => {
    const recorded = recordedVersion();
    assert.equal(content.fingerprint, recorded.fingerprint, NOT_ACCEPTED(content.fingerprint, recorded.fingerprint));
    assert.match(recorded.lastChanged, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(recorded.lastChanged <= new Date().toISOString().slice(0, 10), 'the content cannot have changed in the future');
  });

  it('covers every message, rule description and source: a change to any one moves the fingerprint', () => {
    assert.ok(content.messages.size > 500, `${content.messages.size} messages`);
    const [id, english] = content.messages.entries().next().value;
    const changed = (patch) => fingerprint({ ...content, ...patch });
    assert.equal(changed({}), content.fingerprint);
    assert.notEqual(changed({ messages: new Map([...content.messages, [id, `${english}!`]]) }), content.fingerprint);
    assert.notEqual(changed({ messages: new Map([...content.messages, ['new.message', 'New']]) }), content.fingerprint);
    const [group, rules] = Object.entries(content.descriptions)[0];
    const [rule] = Object.keys(rules);
    assert.notEqual(changed({ descriptions: { ...content.descriptions, [group]: { ...rules, [rule]: 'Other' } } }), content.fingerprint);
    assert.notEqual(changed({ sources: { ...content.sources, S1: 'Other' } }), content.fingerprint);
    // The extraction order does not matter, only the content.
    assert.equal(changed({ messages: new Map([...content.messages].reverse()) }), content.fingerprint);
  });

  describe('accepting a new version', () => {
    let dir;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'ldn-version-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('records the new fingerprint and the day, and nothing else', () => {
      const file = join(dir, 'content-version.ts');
      copyFileSync(VERSION_FILE, file);
      acceptVersion('0123456789ab', { file, today: '2031-02-03' });
      assert.deepEqual(recordedVersion(file), { fingerprint: '0123456789ab', lastChanged: '2031-02-03' });
    });
  });
});
