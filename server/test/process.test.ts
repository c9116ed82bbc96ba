import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newPlace, storeKinds, type StorePlace } from './helpers/stores.ts';
import { runInboxCommand, startInboxProcess, type InboxProcess } from './helpers/process.ts';
import { REFERENCE, newReferral } from './helpers/referral.ts';
import type { Referral } from '../../src/core/model/referral.ts';

function send(url: string, referral: Referral) {
  return fetch(`${url}/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': referral.id },
    body: JSON.stringify(referral),
  });
}

async function exportJson(place: StorePlace, args: string[] = []) {
  const result = await runInboxCommand(['export', '--format', 'json', ...args], place.env);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as { reference: string; referralId: string; status: string }[];
}

for (const kind of storeKinds()) {
  describe(`the inbox process on ${kind}`, { timeout: 240_000 }, () => {
    let place: StorePlace;
    let inbox: InboxProcess | undefined;
    before(async () => {
      place = await newPlace(kind);
    });
    after(async () => {
      await inbox?.stop();
      await place?.dispose();
    });

    it('every referral answered 201 survives kill -9 straight after the reply', async () => {
      inbox = await startInboxProcess(place.env);
      const referrals = Array.from({ length: 20 }, () => newReferral());
      const confirmed = new Map<string, string>();
      let killed: Promise<void> | undefined;
      await Promise.allSettled(
        referrals.map(async (referral) => {
          const res = await send(inbox!.url, referral);
          if (res.status !== 201) return;
          confirmed.set(referral.id, ((await res.json()) as { reference: string }).reference);
          // The first 201 kills the process at once, with other requests still on their way.
          killed ??= inbox!.kill9();
        }),
      );
      await killed;
      assert.ok(confirmed.size >= 1, 'at least one referral was confirmed before the kill');
      inbox = undefined;
      // A fresh start recovers the store (for PGlite, taking over the dead process's lock).
      inbox = await startInboxProcess(place.env);
      const stored = new Map((await exportJson(place)).map((r) => [r.referralId, r.reference]));
      for (const [id, reference] of confirmed) assert.equal(stored.get(id), reference, `referral ${id} answered 201 was lost`);
      await inbox.stop();
      inbox = undefined;
    });

    it('export works while the inbox runs: CSV safe from formula injection, JSON, FHIR bundles, --since', async () => {
      inbox = await startInboxProcess(place.env);
      const referral = newReferral({ person: { fullName: '=HYPERLINK("http://evil.example","Sam")', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' } });
      const res = await send(inbox.url, referral);
      assert.equal(res.status, 201);
      const { reference } = (await res.json()) as { reference: string };
      assert.match(reference, REFERENCE);

      const csv = await runInboxCommand(['export', '--format', 'csv'], place.env);
      assert.equal(csv.code, 0, csv.stderr);
      const row = csv.stdout.split('\r\n').find((line) => line.startsWith(`"${reference}"`));
      assert.ok(row, 'the referral is in the CSV');
      assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""Sam"")"`), row);

      const json = await exportJson(place);
      assert.ok(json.some((r) => r.reference === reference));

      const fhir = await runInboxCommand(['export', '--format', 'fhir'], place.env);
      assert.equal(fhir.code, 0, fhir.stderr);
      const bundles = fhir.stdout.trim().split('\n').map((line) => JSON.parse(line) as { resourceType: string; type: string; entry: { resource: { resourceType: string; identifier?: { value: string }[] } }[] });
      const mine = bundles.find((b) => b.entry.some((e) => e.resource.identifier?.some((i) => i.value === reference)));
      assert.equal(mine?.resourceType, 'Bundle');
      assert.equal(mine?.type, 'transaction');

      assert.deepEqual(await exportJson(place, ['--since', '2999-01-01']), []);
      assert.ok((await exportJson(place, ['--since', '2000-01-01'])).some((r) => r.reference === reference));
      const bad = await runInboxCommand(['export', '--format', 'xml'], place.env);
      assert.equal(bad.code, 64);
      assert.match(bad.stderr, /--format should be one of: "csv", "json", "fhir"/);
      // The request log names the reference and nothing personal.
      assert.ok(inbox.stdout().includes(reference));
      assert.ok(!inbox.stdout().includes('HYPERLINK'));
      assert.ok(!inbox.stdout().includes(referral.contact.phone));
    });

    if (kind === 'pglite') {
      it('a second inbox on the same folder refuses to start, naming the first', async () => {
        await assert.rejects(startInboxProcess(place.env), /in use by process \d+ \(the inbox at http:\/\/127\.0\.0\.1:\d+\)/);
      });
    }
  });
}

describe('starting safely', { timeout: 60_000 }, () => {
  it('refuses a non-loopback address without TLS settings or the proxy flag, naming the fix', async () => {
    const result = await runInboxCommand([], { HOST: '0.0.0.0', PORT: '0', INBOX_DATA_DIR: '/nonexistent/never-used' });
    assert.equal(result.code, 78);
    assert.match(result.stderr, /HOST is 0\.0\.0\.0, which is not loopback: give INBOX_TLS_CERT and INBOX_TLS_KEY, or set INBOX_TLS_BY_PROXY=true/);
  });
});
