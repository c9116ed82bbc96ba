import { expect } from '@open-wc/testing';
import { NEED_AREAS, isNeedAreaId } from '../../../src/core/model/index.ts';
import { needAreaDescription, needAreaLabel } from '../../../src/words/need-areas.ts';

describe('need areas', () => {
  it('has the sixteen stable ids', () => {
    expect(NEED_AREAS).to.have.length(16);
    expect(new Set(NEED_AREAS).size).to.equal(16);
  });

  it('gives every area its own label and a one-sentence description', () => {
    const labels = NEED_AREAS.map(needAreaLabel);
    expect(new Set(labels).size).to.equal(16);
    for (const id of NEED_AREAS) {
      expect(needAreaLabel(id).length, id).to.be.within(2, 40);
      expect(needAreaDescription(id), id).to.match(/^[A-Z].*\.$/);
    }
  });

  it('recognises ids and refuses anything else', () => {
    expect(isNeedAreaId('work')).to.equal(true);
    expect(isNeedAreaId('Work')).to.equal(false);
    expect(isNeedAreaId(undefined)).to.equal(false);
  });
});
