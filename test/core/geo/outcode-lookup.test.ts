import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { lookupOutcode, outcodeUrl } from '../../../src/core/geo/outcode-lookup.ts';
import { startWorker, worker } from '../../helpers/msw.ts';

describe('lookupOutcode', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('builds the postcodes.io address whatever the slashes', () => {
    expect(outcodeUrl('https://api.postcodes.io', 'LS6')).to.equal('https://api.postcodes.io/outcodes/LS6');
    expect(outcodeUrl('https://api.postcodes.io//', 'SW1A')).to.equal('https://api.postcodes.io/outcodes/SW1A');
  });

  it('sends only the outward code and reads the centre of the district', async () => {
    const asked: string[] = [];
    worker.use(
      http.get('https://lookup.example/outcodes/:code', ({ request, params }) => {
        asked.push(request.url);
        return HttpResponse.json({ status: 200, result: { outcode: params.code, latitude: 52.9505, longitude: -1.149, admin_district: ['Ashby Vale'] } });
      }),
    );
    const found = await lookupOutcode('https://lookup.example', 'AV1');
    expect(found).to.deep.equal({ ok: true, origin: { latitude: 52.9505, longitude: -1.149, outcode: 'AV1' } });
    expect(asked).to.deep.equal(['https://lookup.example/outcodes/AV1']);
  });

  it('says "not found" for a 404 and for an outcode with no place', async () => {
    worker.use(
      http.get('https://lookup.example/outcodes/ZZ9', () => HttpResponse.json({ status: 404, error: 'Outcode not found' }, { status: 404 })),
      http.get('https://lookup.example/outcodes/BX1', () => HttpResponse.json({ status: 200, result: { outcode: 'BX1', latitude: null, longitude: null } })),
    );
    expect((await lookupOutcode('https://lookup.example', 'ZZ9')).ok).to.equal(false);
    const missing = await lookupOutcode('https://lookup.example', 'ZZ9');
    const nowhere = await lookupOutcode('https://lookup.example', 'BX1');
    expect(!missing.ok && missing.reason).to.equal('not-found');
    expect(!nowhere.ok && nowhere.reason).to.equal('not-found');
  });

  it('says "unavailable" for a server error or a reply of the wrong shape', async () => {
    worker.use(
      http.get('https://lookup.example/outcodes/AV2', () => new HttpResponse(null, { status: 503 })),
      http.get('https://lookup.example/outcodes/AV3', () => HttpResponse.json({ result: { latitude: 'north' } })),
    );
    const down = await lookupOutcode('https://lookup.example', 'AV2');
    const odd = await lookupOutcode('https://lookup.example', 'AV3');
    expect(!down.ok && down.reason).to.equal('unavailable');
    expect(!odd.ok && odd.reason).to.equal('unavailable');
  });
});
