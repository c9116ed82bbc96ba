import { expect } from '@open-wc/testing';
import { problemMessage } from '../../../src/words/problems.ts';
import { deepMerge, resolveConfig } from '../../../src/core/config/resolve.ts';
import { parseScriptConfig } from '../../../src/core/config/gather.ts';

describe('resolveConfig', () => {
  it('lets stronger sources win: url < script < property < attributes', () => {
    const result = resolveConfig({
      fromUrl: { service: { name: 'From URL', phone: '01632 960000' }, referral: { endpoint: '/url' } },
      fromScript: { service: { name: 'From script' }, referral: { endpoint: '/script' } },
      fromProperty: { referral: { endpoint: '/property' } },
      fromAttributes: { endpoint: '/attribute', directorySrc: '/dir.json', kiosk: true },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.config.service.name).to.equal('From script');
    expect(result.config.service.phone).to.equal('01632 960000');
    expect(result.config.referral.endpoint).to.equal('/attribute');
    expect(result.config.directory.src).to.equal('/dir.json');
    expect(result.config.kiosk.enabled).to.equal(true);
  });

  it('reports all three mistakes by path, and still finds the phone number', () => {
    const result = resolveConfig({
      fromProperty: {
        service: { name: 'Ashby Vale Connect', phone: '01632 960000', email: 'not an email' },
        referral: { format: 'xml' },
        kiosk: { idleSeconds: -5 },
      },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).to.have.members(['service.email', 'referral.format', 'kiosk.idleSeconds']);
    expect(result.fallbackPhone).to.equal('01632 960000');
    expect(result.fallbackName).to.equal('Ashby Vale Connect');
  });

  it('takes a config it checked before as it is, given back alone: a journey\'s steps check it once', () => {
    const first = resolveConfig({ fromProperty: { service: { name: 'Vale', phone: '01632 960000' }, directory: { src: '/dir.json' } }, fromAttributes: { kiosk: true } });
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    const again = resolveConfig({ fromProperty: first.config, fromAttributes: { kiosk: true }, required: ['directory.src'] });
    expect(again.ok && again.config, 'the same object, not parsed again').to.equal(first.config);
    // Its own required settings are still this element's to check.
    const lacking = resolveConfig({ fromProperty: first.config, required: ['referral.endpoint'] });
    expect(!lacking.ok && lacking.problems.map((p) => p.path)).to.deep.equal(['referral.endpoint']);
    expect(!lacking.ok && lacking.fallbackPhone).to.equal('01632 960000');
    // Anything else to merge, and it is checked as a whole again.
    const more = resolveConfig({ fromProperty: first.config, fromAttributes: { endpoint: '/referrals' }, required: ['referral.endpoint'] });
    expect(more.ok && more.config).not.to.equal(first.config);
    expect(more.ok && more.config.referral.endpoint).to.equal('/referrals');
    // A look-alike that was never checked is parsed.
    const copy = resolveConfig({ fromProperty: structuredClone(first.config) });
    expect(copy.ok).to.equal(true);
    expect(copy.ok && copy.config).not.to.equal(first.config);
  });

  it('names a bad attribute value as the setting it stands for', () => {
    const result = resolveConfig({ fromAttributes: { directoryFormat: 'excel' } });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]?.path).to.equal('directory.format');
  });

  it('refuses a source that is not an object', () => {
    const result = resolveConfig({ fromUrl: ['not', 'an', 'object'] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0]?.path).to.equal('config-src');
  });

  it('keeps problems found while gathering', () => {
    const script = parseScriptConfig('{ "service": ');
    const result = resolveConfig({ gatherProblems: script.problems });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).to.equal('<script type="application/json">');
      expect(result.problems[0]).to.include({ code: 'not-json' });
      expect(problemMessage(result.problems[0]!)).to.contain('not valid JSON');
    }
  });
});

describe('deepMerge', () => {
  it('merges objects and replaces arrays', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] } })).to.deep.equal({ a: { b: 1, c: [3] } });
  });
});
