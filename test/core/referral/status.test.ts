import { expect } from '@open-wc/testing';
import {
  DECLINE_REASONS, OPEN_STATUSES, REFERRAL_STATUSES, canMove, declineCode, declineNeedsDetail, isActionable, nextStatuses,
} from '../../../src/core/referral/status.ts';

describe('the referral status flow', () => {
  it('goes new → contacted → accepted or declined → closed', () => {
    expect(nextStatuses('new')).to.deep.equal(['contacted', 'declined']);
    expect(nextStatuses('contacted')).to.deep.equal(['accepted', 'declined']);
    expect(nextStatuses('accepted')).to.deep.equal(['closed']);
    expect(nextStatuses('declined')).to.deep.equal(['closed']);
  });

  it('never moves by hand to superseded, back to new, or on from closed or superseded', () => {
    for (const from of REFERRAL_STATUSES) {
      expect(canMove(from, 'superseded'), from).to.equal(false);
      expect(canMove(from, 'new'), from).to.equal(false);
      expect(canMove(from, from), from).to.equal(false);
    }
    expect(nextStatuses('closed')).to.deep.equal([]);
    expect(nextStatuses('superseded')).to.deep.equal([]);
    expect(canMove('new', 'accepted')).to.equal(false);
    expect(canMove('new', 'closed')).to.equal(false);
  });

  it('counts the statuses still being worked on as open, and lets workers act only on those', () => {
    expect(OPEN_STATUSES).to.deep.equal(['new', 'contacted', 'accepted', 'declined']);
    expect(REFERRAL_STATUSES.filter(isActionable)).to.deep.equal(OPEN_STATUSES);
  });

  it('codes "the person declined" as SNOMED CT 871711000000103, and asks for detail only for another reason', () => {
    expect(declineCode('person-declined')).to.deep.equal({ system: 'http://snomed.info/sct', code: '871711000000103', display: 'Social prescribing declined' });
    expect(declineCode('outside-area')).to.equal(undefined);
    expect(DECLINE_REASONS.filter(declineNeedsDetail)).to.deep.equal(['other']);
  });
});
