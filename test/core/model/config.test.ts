import { expect } from '@open-wc/testing';
import { problemMessage } from '../../../src/words/problems.ts';
import { WaymarkConfig, parseWith } from '../../../src/core/model/index.ts';

describe('WaymarkConfig schema', () => {
  it('turns an empty object into a working config with safe defaults', () => {
    const parsed = parseWith(WaymarkConfig, {});
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.value.directory.format).to.equal('waymark');
    expect(parsed.value.referral.format).to.equal('json');
    expect(parsed.value.service.legalBasis).to.equal('consent');
    expect(parsed.value.kiosk).to.deep.equal({ enabled: false, idleSeconds: 120, countdownSeconds: 30 });
    expect(parsed.value.languages.default).to.equal('en');
  });

  it('accepts a full service config with text in several languages', () => {
    const parsed = parseWith(WaymarkConfig, {
      service: {
        name: { en: 'Ashby Vale Social Prescribing', cy: 'Presgripsiynu Cymdeithasol Ashby Vale' },
        phone: '01632 960000',
        email: 'help@example.org',
        privacyNoticeUrl: 'https://example.org/privacy',
        callBackWithin: 'within 2 working days',
        legalBasis: 'public-task',
      },
      directory: { src: '/api/activities.json', format: 'oruk', taxonomyMap: { 'befriending': ['loneliness'], 'esd:volunteering': ['volunteering', 'work-indirect'] } },
      referral: { endpoint: '/api/referrals', format: 'fhir' },
      postcodeLookup: 'https://postcodes.example',
      urgentHelp: { contacts: [{ id: 'nhs-24', name: 'NHS 24', call: '111' }] },
      languages: { default: 'cy', enabled: ['en', 'cy'], picker: true },
      kiosk: { enabled: true, idleSeconds: 60 },
    });
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
  });

  const bad: [string, unknown, string][] = [
    ['an unknown top-level key', { endpiont: '/x' }, 'endpiont'],
    ['an unknown nested key', { service: { phoneNumber: '1' } }, 'service.phoneNumber'],
    ['a phone with letters', { service: { phone: 'call us' } }, 'service.phone'],
    ['a bad email', { service: { email: 'nope' } }, 'service.email'],
    ['an unknown directory format', { directory: { format: 'csv' } }, 'directory.format'],
    ['a javascript: endpoint', { referral: { endpoint: 'javascript:alert(1)' } }, 'referral.endpoint'],
    ['a plain http endpoint', { referral: { endpoint: 'http://service.example/referrals' } }, 'referral.endpoint'],
    ['a protocol-relative endpoint (//host)', { referral: { endpoint: '//evil.example/referrals' } }, 'referral.endpoint'],
    ['a backslash path that browsers read as //host', { referral: { endpoint: '/\\evil.example/referrals' } }, 'referral.endpoint'],
    ['a plain http directory', { directory: { src: 'http://directory.example/a.json' } }, 'directory.src'],
    ['a plain http privacy notice', { service: { privacyNoticeUrl: 'http://practice.example/privacy' } }, 'service.privacyNoticeUrl'],
    ['http on a host that only starts like localhost', { referral: { endpoint: 'http://localhost.evil.example/x' } }, 'referral.endpoint'],
    ['a language Waymark lacks', { languages: { enabled: ['fr'] } }, 'languages.enabled[0]'],
    ['an idle time that is a string', { kiosk: { idleSeconds: '120' } }, 'kiosk.idleSeconds'],
    ['an urgent contact with no name', { urgentHelp: { contacts: [{ id: 'x', call: '999' }] } }, 'urgentHelp.contacts[0].name'],
    ['a taxonomy mapped to an unknown need', { directory: { taxonomyMap: { x: ['fun'] } } }, 'directory.taxonomyMap.x[0]'],
    ['a taxonomy mapped to a pathway that does not exist', { directory: { taxonomyMap: { x: ['work', 'work-maybe'] } } }, 'directory.taxonomyMap.x[1]'],
  ];
  for (const [what, input, path] of bad) {
    it(`refuses ${what}, naming ${path}`, () => {
      const parsed = parseWith(WaymarkConfig, input);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.path)).to.include(path);
    });
  }

  it('takes https, paths on the page\'s own site, and plain http only on localhost for development', () => {
    for (const endpoint of ['https://service.example/referrals', '/api/referrals', './api', '../api', 'http://localhost:8787/referrals', 'http://127.0.0.1:5173/api', 'http://[::1]/x', 'http://localhost']) {
      expect(parseWith(WaymarkConfig, { referral: { endpoint } }).ok, endpoint).to.equal(true);
    }
  });

  it('says what it expected in plain words', () => {
    const parsed = parseWith(WaymarkConfig, { kiosk: { idleSeconds: '120' }, directory: { format: 'csv' }, bogus: 1 });
    expect(parsed.ok).to.equal(false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.problems.map((p) => [p.path, problemMessage(p)]));
    expect(byPath['kiosk.idleSeconds']).to.equal('should be number but is string');
    expect(byPath['directory.format']).to.contain('"waymark", "oruk", "oruk-v1"');
    expect(byPath['bogus']).to.contain('not a setting');
  });
});
