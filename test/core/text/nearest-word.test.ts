import { expect } from '@open-wc/testing';
import { nearestWord } from '../../../src/core/text/nearest-word.ts';

describe('nearestWord: "did you mean" for a misspelt setting', () => {
  const keys = ['name', 'phone', 'email', 'openingHours', 'privacyNoticeUrl', 'callBackWithin', 'whatHappensNext', 'legalBasis'];

  it('finds the word meant through a typo, a swap, case, or dashes and underscores', () => {
    expect(nearestWord('phnoe', keys)).to.equal('phone');
    expect(nearestWord('emial', keys)).to.equal('email');
    expect(nearestWord('opening_hours', keys)).to.equal('openingHours');
    expect(nearestWord('privacy-notice-url', keys)).to.equal('privacyNoticeUrl');
    expect(nearestWord('PrivacyNoticeURL', keys)).to.equal('privacyNoticeUrl');
    expect(nearestWord('callbackwithin', keys)).to.equal('callBackWithin');
    expect(nearestWord('endpiont', ['endpoint', 'format', 'timeoutMs', 'maxAttempts'])).to.equal('endpoint');
  });

  it('says nothing when no word is close', () => {
    expect(nearestWord('colour', keys)).to.equal(undefined);
    expect(nearestWord('x', keys)).to.equal(undefined);
    expect(nearestWord('phone', [])).to.equal(undefined);
  });
});
