import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../../src/core/config/resolve.ts';
import { problemMessage } from '../../../src/words/problems.ts';

describe('required settings in resolveConfig', () => {
  const service = { name: { en: 'Ashby Vale Connect', cy: 'Cyswllt Dyffryn Ashby' }, phone: '01632 960000' };

  it('names each missing setting an element requires, keeping the checked phone number and name', () => {
    const result = resolveConfig({ fromProperty: { service }, required: ['directory.src', 'referral.endpoint'] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).to.deep.equal(['directory-src', 'referral.endpoint']);
    expect(result.problems[0]).to.deep.equal({ code: 'setting-missing', setting: 'directory-src', path: 'directory-src' });
    expect(problemMessage(result.problems[0]!)).to.contain('is missing');
    expect(result.fallbackPhone).to.equal('01632 960000');
    expect(result.fallbackName).to.deep.equal(service.name);
  });

  it('is satisfied by an attribute as well as by config', () => {
    const result = resolveConfig({ fromAttributes: { directorySrc: '/activities.json', endpoint: '/referrals' }, required: ['directory.src', 'referral.endpoint'] });
    expect(result.ok).to.equal(true);
  });

  it('asks nothing that was not required', () => {
    expect(resolveConfig({ fromProperty: { service } }).ok).to.equal(true);
  });

  it('names only the mistakes while the config itself is wrong', () => {
    const result = resolveConfig({ fromProperty: { service: { ...service, email: 'nope' } }, required: ['referral.endpoint'] });
    expect(result.ok).to.equal(false);
    // The schema failed, so whether the endpoint is there cannot be said yet: only the mistake is named.
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.deep.equal(['service.email']);
  });
});
