/**
 * The review pack holds what a clinic's reviewer needs, and nothing that
 * reaches out: every rule with its description, every section, each example
 * patient's guide, every source and message, the IPDAS checklist, the content
 * version and the sign-off block; no script and no address to fetch.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { currentContent, recordedVersion } from './content.mjs';
import { esc } from './html.mjs';
import { IPDAS_CRITERIA } from './ipdas.mjs';
import { makePack } from './make.mjs';

describe('review pack', () => {
  let pack;
  let content;
  const version = recordedVersion();
  before(async () => {
    content = await currentContent();
    pack = await makePack(content, version);
  });

  it('names nothing that does not exist', () => assert.deepEqual(pack.problems, []));

  it('names the content version on its first page and in the sign-off block', () => {
    const [header, signOff] = [pack.html.slice(0, pack.html.indexOf('</header>')), pack.html.slice(pack.html.indexOf('id="sign-off"'))];
    for (const part of [header, signOff]) assert.ok(part.includes(version.fingerprint) && part.includes(version.lastChanged));
    for (const field of ['Name', 'Role', 'Date', 'Signature']) assert.ok(signOff.includes(`<dt>${field}</dt>`), field);
  });

  it('lists every rule with its description, and every section, example patient, source and message', () => {
    for (const [group, rules] of Object.entries(content.descriptions))
      for (const [id, description] of Object.entries(rules)) {
        assert.ok(pack.html.includes(`<h4>${esc(id)}</h4>`), `${group}: ${id}`);
        assert.ok(pack.html.includes(esc(description)), `${group}: ${id}'s description`);
      }
    for (const section of pack.data.sections) assert.ok(pack.html.includes(`<code>${section.id}</code>`), section.id);
    for (const { name } of pack.data.examples) assert.ok(pack.html.includes(`Example patient: ${esc(name)}`), name);
    for (const id of Object.keys(content.sources)) assert.ok(pack.html.includes(`id="source-${id}"`), id);
    for (const id of content.messages.keys()) assert.ok(pack.html.includes(`<code>${esc(id)}</code>`), id);
    for (const { criterion } of IPDAS_CRITERIA) assert.ok(pack.html.includes(esc(criterion)), criterion);
  });

  it('asks every question of the widget’s questionnaire, with every answer option', () => {
    const walk = (items) =>
      items.forEach((item) => {
        assert.ok(pack.html.includes(`<code>${esc(item.linkId)}</code>`), item.linkId);
        for (const o of item.answerOption ?? []) assert.ok(pack.html.includes(esc(o.valueCoding.display)), `${item.linkId}: ${o.valueCoding.display}`);
        walk(item.item?.filter((i) => i.type !== 'display') ?? []);
      });
    walk(pack.data.questionnaire.item);
  });

  it('shows each example patient’s whole guide, safety points first', () => {
    const example = pack.data.examples.find((e) => e.name === 'tramadol-sometimes');
    const section = pack.html.slice(pack.html.indexOf('Example patient: tramadol-sometimes'));
    for (const s of example.guide.sections) assert.ok(section.includes(esc(s.heading)), s.heading);
    assert.ok(section.indexOf('Opioid medicines and LDN do not mix') < section.indexOf('Most relevant to you'));
  });

  it('is self-contained: no script, no stylesheet or image to fetch, no link out', () => {
    assert.doesNotMatch(pack.html, /<script|<link|<img|<iframe|\bsrc=|url\(/i);
    assert.doesNotMatch(pack.html, /href="(?!#)/);
  });
});
