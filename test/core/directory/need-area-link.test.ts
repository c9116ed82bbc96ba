import { expect } from '@open-wc/testing';
import { linkedNeedArea, needAreaLink } from '../../../src/core/directory/need-area-link.ts';

describe('needAreaLink', () => {
  it('links to the page it was printed from, filtered to the need area, keeping its query and dropping its fragment', () => {
    expect(needAreaLink('https://vale.example/whats-on?page=2#results', 'money-debt')).to.equal('https://vale.example/whats-on?page=2&waymark-need-area=money-debt');
    expect(needAreaLink('https://vale.example/?waymark-need-area=work', 'housing')).to.equal('https://vale.example/?waymark-need-area=housing');
  });

  it('links only from an https page with no user name in it', () => {
    for (const page of ['http://vale.example/', 'http://localhost:8000/', 'file:///c:/booklet.html', 'about:blank', 'not a url', 'https://me:secret@vale.example/']) {
      expect(needAreaLink(page, 'loneliness'), page).to.equal(undefined);
    }
  });

  it('reads back the need area a link names, and only a need area Waymark knows', () => {
    expect(linkedNeedArea(needAreaLink('https://vale.example/', 'digital-skills')!)).to.equal('digital-skills');
    expect(linkedNeedArea('https://vale.example/?waymark-need-area=flying')).to.equal(undefined);
    expect(linkedNeedArea('https://vale.example/')).to.equal(undefined);
    expect(linkedNeedArea('nonsense')).to.equal(undefined);
  });
});
