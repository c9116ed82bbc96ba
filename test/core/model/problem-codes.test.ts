import { expect } from '@open-wc/testing';
import { parseWith } from '../../../src/core/model/problems.ts';
import { WaymarkConfig } from '../../../src/core/model/config.ts';
import { parseQuestionnaire } from '../../../src/core/questionnaire/index.ts';
import { problemText } from '../../../src/core/text/problem-text.ts';
import { problemMessage } from '../../../src/words/problems.ts';

// Core names each problem by a code and its data, never in words: the widget words it in the
// reader's language, logs and the inbox in English, and the two say the same in English.

describe('problem codes', () => {
  it('names what zod found as codes and data, by path', () => {
    const parsed = parseWith(WaymarkConfig, { kiosk: { idleSeconds: '120' }, directory: { format: 'csv' }, bogus: 1 });
    if (parsed.ok) throw new Error('parsed');
    const byPath = Object.fromEntries(parsed.problems.map(({ path, ...code }) => [path, code]));
    expect(byPath['kiosk.idleSeconds']).to.deep.equal({ code: 'wrong-type', expected: 'number', actual: 'string' });
    expect(byPath['directory.format']).to.include({ code: 'not-one-of' });
    expect(byPath['bogus']).to.deep.equal({ code: 'unknown-key' });
  });

  it('names the known key nearest a misspelt one, and none when nothing is close (issue 15, item 17)', () => {
    const parsed = parseWith(WaymarkConfig, {
      servce: { name: 'Vale Hub' },
      referral: { endpiont: '/api/referrals' },
      service: { privacy_notice_url: '/privacy.html', colour: 'red' },
      kiosk: { idleSecs: 60, idleSecondz: 60 },
    });
    if (parsed.ok) throw new Error('parsed');
    const byPath = Object.fromEntries(parsed.problems.map(({ path, ...code }) => [path, code]));
    expect(byPath['servce']).to.deep.equal({ code: 'unknown-key', meant: 'service' });
    expect(byPath['referral.endpiont']).to.deep.equal({ code: 'unknown-key', meant: 'endpoint' });
    expect(byPath['service.privacy_notice_url']).to.deep.equal({ code: 'unknown-key', meant: 'privacyNoticeUrl' });
    expect(byPath['service.colour']).to.deep.equal({ code: 'unknown-key' });
    expect(byPath['kiosk.idleSecondz']).to.deep.equal({ code: 'unknown-key', meant: 'idleSeconds' });
    expect(problemText({ code: 'unknown-key', meant: 'privacyNoticeUrl', path: 'service.privacy_notice_url' })).to.equal(
      'service.privacy_notice_url is not a setting Waymark knows: did you mean "privacyNoticeUrl"?',
    );
  });

  it('suggests a key inside a questionnaire too', () => {
    const parsed = parseQuestionnaire({ pages: [{ id: 'a', questions: [{ kind: 'text', id: 'q', qestion: 'Q' }] }] }, ['questionnaire']);
    if (parsed.ok) throw new Error('parsed');
    expect(parsed.problems).to.deep.include({ code: 'unknown-key', meant: 'question', path: 'questionnaire.pages[0].questions[0].qestion' });
  });

  it("carries a questionnaire check's code and data through zod", () => {
    const parsed = parseQuestionnaire(
      { pages: [{ id: 'a', questions: [{ kind: 'text', id: 'q', question: 'Q' }] }, { id: 'a', questions: [{ kind: 'text', id: 'r', question: 'R' }] }] },
      ['questionnaire'],
    );
    if (parsed.ok) throw new Error('parsed');
    expect(parsed.problems).to.deep.include({ code: 'page-id-repeated', id: 'a', path: 'questionnaire.pages[1].id' });
  });

  it('words every problem the same in English for logs and for the screen', () => {
    const parsed = parseWith(WaymarkConfig, { kiosk: { idleSeconds: '120' }, service: { name: '', phnoe: '0' }, bogus: 1 });
    if (parsed.ok) throw new Error('parsed');
    for (const p of parsed.problems) expect(problemText(p)).to.equal(`${p.path} ${problemMessage(p)}`);
  });
});
