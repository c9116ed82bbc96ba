import { expect } from '@open-wc/testing';
import { milesBetween } from '../../../src/core/geo/distance.ts';

describe('distance', () => {
  it('measures London to Leeds as about 170 miles', () => {
    const miles = milesBetween({ latitude: 51.5072, longitude: -0.1276 }, { latitude: 53.8008, longitude: -1.5491 });
    expect(miles).to.be.within(168, 172);
  });

  it('is zero from a place to itself', () => {
    expect(milesBetween({ latitude: 52.95, longitude: -1.15 }, { latitude: 52.95, longitude: -1.15 })).to.equal(0);
  });
});
