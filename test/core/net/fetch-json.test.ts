import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { fetchJson } from '../../../src/core/net/fetch-json.ts';
import { startWorker, worker } from '../../helpers/msw.ts';

const URL = 'https://feed.example/fetch-json-test';

describe('fetchJson', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('reads JSON, asking for it and sending no credentials', async () => {
    let seen: { accept: string | null; credentials: RequestCredentials } | undefined;
    worker.use(
      http.get(URL, ({ request }) => {
        seen = { accept: request.headers.get('accept'), credentials: request.credentials };
        return HttpResponse.json({ hello: 'world' });
      }),
    );
    expect(await fetchJson(URL)).to.deep.equal({ ok: true, data: { hello: 'world' }, status: 200 });
    expect(seen).to.deep.equal({ accept: 'application/json', credentials: 'omit' });
  });

  it('names an HTTP failure by its status, never throwing', async () => {
    worker.use(http.get(URL, () => new HttpResponse('gone', { status: 404 })));
    expect(await fetchJson(URL)).to.deep.equal({ ok: false, reason: 'http', status: 404, detail: `${URL}: the server replied 404` });
  });

  it('says when a 200 reply is not JSON', async () => {
    worker.use(http.get(URL, () => new HttpResponse('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const result = await fetchJson(URL);
    expect(result).to.deep.equal({
      ok: false, reason: 'not-json', status: 200,
      detail: `${URL}: the reply is not JSON (line 1, column 1: this is a web page, not a JSON file: check the address)`,
    });
  });

  it('says on which line and column a hand-edited file goes wrong (issue 15)', async () => {
    worker.use(http.get(URL, () => new HttpResponse('{\n  "activities": [\n    { "id": "a", "name": "Walk" },\n  ]\n}\n', { status: 200 })));
    const result = await fetchJson(URL);
    expect(result.ok ? undefined : result.detail).to.equal(
      `${URL}: the reply is not JSON (line 4, column 3: there is a comma before a closing bracket: take it out)`,
    );
  });

  it('calls a network failure "offline"', async () => {
    worker.use(http.get(URL, () => HttpResponse.error()));
    const result = await fetchJson(URL);
    expect(result.ok).to.equal(false);
    expect(result.ok ? undefined : result.reason).to.equal('offline');
  });

  it('gives up after the timeout, and tells a timeout from a cancel', async () => {
    worker.use(
      http.get(URL, async () => {
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const timedOut = await fetchJson(URL, { timeoutMs: 50 });
    expect(timedOut).to.deep.equal({ ok: false, reason: 'timeout', detail: `${URL}: no reply after 50 ms` });

    const controller = new AbortController();
    const cancelled = fetchJson(URL, { signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    expect(await cancelled).to.deep.equal({ ok: false, reason: 'aborted', detail: `${URL}: cancelled` });
  });
});
