import { expect } from '@open-wc/testing';
import { acceptFrameMessage, acceptHostMessage, allowedHosts, frameOrigin } from '../../../src/core/isolated/messages.ts';

describe('isolated mode messages', () => {
  const frame = {};
  const origin = 'https://service.example';
  const resize = { type: 'waymark:resize', height: 812 };

  it('accepts a well-formed message from the exact frame and origin', () => {
    expect(acceptFrameMessage({ origin, source: frame, data: resize }, origin, frame)).to.deep.equal(resize);
  });

  const refused: [string, { origin: string; source: unknown; data: unknown }][] = [
    ['another origin', { origin: 'https://evil.example', source: frame, data: resize }],
    ['another window at the right origin', { origin, source: {}, data: resize }],
    ['an unknown type', { origin, source: frame, data: { type: 'waymark:steal' } }],
    ['an event Waymark does not forward', { origin, source: frame, data: { type: 'waymark:event', name: 'waymark-plan-change', detail: {} } }],
    ['a height that is not a number', { origin, source: frame, data: { type: 'waymark:resize', height: '100px' } }],
  ];
  for (const [what, event] of refused) {
    it(`refuses ${what}`, () => {
      expect(acceptFrameMessage(event, origin, frame)).to.equal(undefined);
    });
  }

  it('accepts ready, activity and busy from the frame, for a kiosk on the host page', () => {
    expect(acceptFrameMessage({ origin, source: frame, data: { type: 'waymark:ready' } }, origin, frame)).to.deep.equal({ type: 'waymark:ready' });
    expect(acceptFrameMessage({ origin, source: frame, data: { type: 'waymark:activity' } }, origin, frame)).to.deep.equal({ type: 'waymark:activity' });
    expect(acceptFrameMessage({ origin, source: frame, data: { type: 'waymark:busy', busy: true } }, origin, frame)).to.deep.equal({ type: 'waymark:busy', busy: true });
    expect(acceptFrameMessage({ origin, source: frame, data: { type: 'waymark:busy', busy: 'yes' } }, origin, frame)).to.equal(undefined);
  });

  it('takes "kiosk" only from the framing page, at an origin it lists', () => {
    const parent = {};
    const hosts = ['https://practice.example'];
    const kiosk = { type: 'waymark:kiosk' };
    expect(acceptHostMessage({ origin: hosts[0]!, source: parent, data: kiosk }, hosts, parent)).to.deep.equal(kiosk);
    expect(acceptHostMessage({ origin: 'https://evil.example', source: parent, data: kiosk }, hosts, parent)).to.equal(undefined);
    expect(acceptHostMessage({ origin: hosts[0]!, source: {}, data: kiosk }, hosts, parent)).to.equal(undefined);
    expect(acceptHostMessage({ origin: hosts[0]!, source: parent, data: { type: 'waymark:steal' } }, hosts, parent)).to.equal(undefined);
  });

  it('reads origins from URLs and attribute lists, dropping anything that is not http(s)', () => {
    expect(frameOrigin('https://service.example/waymark/request-call.html', 'https://practice.example/')).to.equal('https://service.example');
    expect(frameOrigin('javascript:alert(1)', 'https://practice.example/')).to.equal(undefined);
    expect(allowedHosts('https://a.example  https://b.example/path javascript:x')).to.deep.equal(['https://a.example', 'https://b.example']);
  });
});
