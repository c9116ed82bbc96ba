import { expect } from '@open-wc/testing';
import { plainLine } from '../../../src/core/text/plain-line.ts';
import { safeHref } from '../../../src/core/text/safe-href.ts';
import { durationText } from '../../../src/words/intl.ts';

describe('directory text as one plain line', () => {
  it('turns line breaks, tabs and control characters into single spaces', () => {
    expect(plainLine('Walking group\n   Phone: 0900 FAKE\r\nWebsite: https://evil.example')).to.equal('Walking group Phone: 0900 FAKE Website: https://evil.example');
    expect(plainLine('a\u0000b\u0085c\u2028d\u2029e\tf')).to.equal('a b c d e f');
  });

  it('drops direction overrides and isolates, so text reads in the order it is stored', () => {
    expect(plainLine('report\u202Efdp.exe')).to.equal('report fdp.exe');
    expect(plainLine('\u2067x\u2069 \u202Ay\u202C \u200Fz\u200E')).to.equal('x y z');
  });

  it('leaves ordinary text in any script alone', () => {
    for (const t of ['Café & crafts – £2', 'Grŵp cerdded', 'گروپ چہل قدمی', 'مجموعة المشي', 'হাঁটার দল']) expect(plainLine(t)).to.equal(t);
  });
});

describe('safeHref', () => {
  it('links https, tel and mailto only', () => {
    expect(safeHref(' https://ok.example/a ')).to.equal('https://ok.example/a');
    expect(safeHref('http://plain.example')).to.equal(undefined);
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('java\nscript:alert(1)')).to.equal(undefined);
  });

  it('refuses a URL with direction or control characters inside, which can disguise where it goes', () => {
    expect(safeHref('https://files.example/report\u202Efdp.exe')).to.equal(undefined);
    expect(safeHref('https://ok.example/a\u0000b')).to.equal(undefined);
  });
});

describe('durationText', () => {
  it("says a wait in each language's own plural forms, rounded up", () => {
    expect(durationText(1000, 'en')).to.equal('1 second');
    expect(durationText(44_200, 'en')).to.equal('45 seconds');
    expect(durationText(60_000, 'en')).to.equal('1 minute');
    expect(durationText(61_000, 'en')).to.equal('2 minutes');
    expect(durationText(2 * 3_600_000, 'en')).to.equal('2 hours');
    // Polish has "few" and "many" forms; Intl knows them.
    expect(durationText(2000, 'pl')).to.equal('2 sekundy');
    expect(durationText(5000, 'pl')).to.equal('5 sekund');
  });
});
