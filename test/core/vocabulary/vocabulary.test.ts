import { expect } from '@open-wc/testing';
import { ACCESS_FEATURES, DAYS, EMPLOYMENT_STATUSES, LOCALES, NEED_AREAS, TAKE_PART_MODES, WORK_GOALS } from '../../../src/core/vocabulary/lists.ts';
import { isNeedAreaId } from '../../../src/core/vocabulary/need-areas.ts';
import { needAreaDescription, needAreaLabel } from '../../../src/words/need-areas.ts';
import { defaultUrgentContacts } from '../../../src/words/urgent-contacts.ts';

describe('core/vocabulary', () => {
  it('lists each value once', () => {
    for (const list of [ACCESS_FEATURES, DAYS, EMPLOYMENT_STATUSES, LOCALES, NEED_AREAS, TAKE_PART_MODES, WORK_GOALS]) {
      expect(new Set<string>(list).size, list.join()).to.equal(list.length);
    }
  });

  it('gives every need area its own name and a sentence saying what is in it', () => {
    const labels = NEED_AREAS.map(needAreaLabel);
    expect(new Set(labels).size).to.equal(NEED_AREAS.length);
    for (const id of NEED_AREAS) expect(needAreaDescription(id), id).to.match(/^[A-Z].*\.$/);
  });

  it('knows need-area ids from anything else', () => {
    expect(isNeedAreaId('loneliness')).to.equal(true);
    expect(isNeedAreaId('Loneliness')).to.equal(false);
    expect(isNeedAreaId(undefined)).to.equal(false);
  });

  it("offers England's urgent numbers by default: 999, NHS 111, Samaritans and Shout (DOMAIN.md)", () => {
    const contacts = defaultUrgentContacts();
    expect(contacts.map((c) => [c.id, c.call ?? `text ${c.textMessage} to ${c.text}`])).to.deep.equal([
      ['emergency', '999'],
      ['nhs-111', '111'],
      ['samaritans', '116 123'],
      ['shout', 'text SHOUT to 85258'],
    ]);
    for (const c of contacts) expect(c.name, c.id).to.not.equal('');
  });
});
