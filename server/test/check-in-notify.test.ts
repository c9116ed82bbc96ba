import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { issueDueCheckIns } from '../check-ins/issue.ts';
import { notifyNotifiers, parseNotifyKey } from '../check-ins/notify.ts';
import { readConfig } from '../config.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { postJson, testApp } from './helpers/app.ts';
import { newReferral } from './helpers/referral.ts';

// The GOV.UK Notify notifier against Notify's documented API shape, served on loopback (no real
// network): POST /v2/notifications/{email|sms}, a bearer JWT (HS256, iss the service id, iat
// within 30 seconds) signed with the key's secret, a body of exactly { email_address |
// phone_number, template_id, personalisation }, and 201 for a message accepted. A refusal leaves
// the check-in due; a text goes by Notify with no one to copy it.

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `waymark_test-${SERVICE_ID}-${SECRET}`;
const EMAIL_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const SMS_TEMPLATE = 'ceb50d92-100d-4b8b-b559-14fa3b091cda';
const WEEK = 7 * 86_400_000;

/** Notify's documented request bodies: nothing else is accepted (as its API refuses unknown fields). */
const EmailRequest = z.strictObject({ email_address: z.email(), template_id: z.uuid(), personalisation: z.record(z.string(), z.string()), reference: z.optional(z.string()) });
const SmsRequest = z.strictObject({ phone_number: z.string().check(z.minLength(5)), template_id: z.uuid(), personalisation: z.record(z.string(), z.string()), reference: z.optional(z.string()) });

interface Received { path: string; claims: { iss: string; iat: number }; body: Record<string, unknown> }

/** Checks the bearer token as Notify does; returns its claims, or why it is refused. */
function verify(req: IncomingMessage): { iss: string; iat: number } | string {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return 'no bearer token';
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return 'not a JWT';
  if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'HS256') return 'not HS256';
  const expected = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
  if (signature !== expected) return 'bad signature';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { iss: string; iat: number };
  if (claims.iss !== SERVICE_ID) return 'wrong iss';
  if (Math.abs(claims.iat - Date.now() / 1000) > 30) return 'iat not within 30 seconds';
  return claims;
}

async function startFakeNotify(): Promise<{ url: string; received: Received[]; refuseNext: () => void; close: () => Promise<void> }> {
  const received: Received[] = [];
  let refuse = false;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      const claims = verify(req);
      if (typeof claims === 'string') return reply(403, { status_code: 403, errors: [{ error: 'AuthError', message: claims }] });
      const type = /^\/v2\/notifications\/(email|sms)$/.exec(req.url ?? '')?.[1];
      if (req.method !== 'POST' || !type) return reply(404, { status_code: 404, errors: [{ error: 'NotFound', message: 'Not found' }] });
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return reply(400, { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Content-Type' }] });
      const body = JSON.parse(raw) as Record<string, unknown>;
      const shape = (type === 'email' ? EmailRequest : SmsRequest).safeParse(body);
      if (!shape.success) return reply(400, { status_code: 400, errors: [{ error: 'ValidationError', message: shape.error.message }] });
      received.push({ path: req.url!, claims, body });
      if (refuse) {
        refuse = false;
        return reply(429, { status_code: 429, errors: [{ error: 'RateLimitError', message: 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds' }] });
      }
      return reply(201, { id: '740e5834-3a29-46b4-9a6f-16142fde533a', reference: null, content: { body: 'x', subject: 'y', from_email: 'service@notifications.service.gov.uk' }, uri: 'https://api.notifications.service.gov.uk/v2/notifications/740e5834', template: { id: body['template_id'], version: 1, uri: 'https://api.notifications.service.gov.uk/v2/template/x' } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    refuseNext: () => (refuse = true),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

describe('GOV.UK Notify: the key and its settings', { timeout: 10_000 }, () => {
  it('reads the service id and secret from an API key, and refuses anything else', () => {
    assert.deepEqual(parseNotifyKey(API_KEY), { serviceId: SERVICE_ID, secret: SECRET });
    assert.equal(parseNotifyKey('not-a-key'), undefined);
    assert.throws(() => notifyNotifiers({ apiKey: 'nope' }), /should look like/);
  });

  it('is set up by INBOX_NOTIFY_API_KEY with a template for email, texts or both; a key with no template is a problem', () => {
    const base = { INBOX_CHECK_IN_URL: 'https://practice.example/check-in', INBOX_SERVICE_NAME: 'Ashby Vale' };
    const ok = readConfig({ ...base, INBOX_NOTIFY_API_KEY: API_KEY, INBOX_NOTIFY_SMS_TEMPLATE_ID: SMS_TEMPLATE });
    assert.ok(ok.ok);
    assert.deepEqual(ok.config.checkIns?.notify, { apiKey: API_KEY, smsTemplateId: SMS_TEMPLATE });
    const noTemplate = readConfig({ ...base, INBOX_NOTIFY_API_KEY: API_KEY });
    assert.ok(!noTemplate.ok && noTemplate.problems.some((p) => p.path === 'INBOX_NOTIFY_EMAIL_TEMPLATE_ID'));
    const badKey = readConfig({ ...base, INBOX_NOTIFY_API_KEY: 'live-0d2f9c', INBOX_NOTIFY_EMAIL_TEMPLATE_ID: EMAIL_TEMPLATE });
    assert.ok(!badKey.ok && badKey.problems.some((p) => p.path === 'INBOX_NOTIFY_API_KEY'));
    assert.ok(!JSON.stringify(badKey).includes('0d2f9c'), 'a wrong key is never echoed');
  });
});

for (const kind of storeKinds()) {
  describe(`check-ins by GOV.UK Notify on ${kind}`, { timeout: 180_000 }, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    let notify: Awaited<ReturnType<typeof startFakeNotify>>;
    const clock = Date.now();
    const settings = { checkInUrl: 'https://practice.example/check-in', serviceName: 'Ashby Vale Connect', servicePhone: '01632 960000' };

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      notify = await startFakeNotify();
    });
    after(async () => {
      await notify?.close();
      await dispose?.();
    });

    async function consenting(channels: string[], email: string, phone = '07700900123') {
      const r = newReferral({
        contact: { phone, email, methods: ['text', 'email'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false },
        followUp: { consent: true, channels, afterWeeks: 12 },
      });
      assert.equal((await postJson(testApp(db, { now: () => clock }), r, r.id)).status, 201);
    }

    it('an email: Notify\'s documented request, signed; the message as personalisation; nothing else about the person', async () => {
      await consenting(['email'], 'notify-email@example.com');
      const notifiers = notifyNotifiers({ apiKey: API_KEY, emailTemplateId: EMAIL_TEMPLATE, baseUrl: notify.url });
      const issued = await issueDueCheckIns(db, new Date(clock + 13 * WEEK), notifiers, settings, { copy: false });
      assert.deepEqual(issued.map((i) => i.sentBy), ['email']);
      const [sent] = notify.received.splice(0);
      assert.equal(sent!.path, '/v2/notifications/email');
      assert.equal(sent!.claims.iss, SERVICE_ID);
      assert.equal(sent!.body['email_address'], 'notify-email@example.com');
      assert.equal(sent!.body['template_id'], EMAIL_TEMPLATE);
      const p = sent!.body['personalisation'] as Record<string, string>;
      assert.deepEqual(Object.keys(p).sort(), ['message', 'subject']);
      assert.match(p['subject']!, /Ashby Vale Connect/);
      assert.match(p['message']!, /https:\/\/practice\.example\/check-in#[A-Za-z0-9_-]{43}/);
      const r = (await db.query<{ document: { person: { fullName: string }; reference?: string } }>(`SELECT document FROM referrals WHERE document->'contact'->>'email' = 'notify-email@example.com'`))[0]!;
      assert.ok(!JSON.stringify(sent!.body).includes(r.document.person.fullName), 'no name');
    });

    it('a text goes by Notify too, with no one to copy it', async () => {
      await consenting(['text'], 'notify-text@example.com', '07700900456');
      const notifiers = notifyNotifiers({ apiKey: API_KEY, emailTemplateId: EMAIL_TEMPLATE, smsTemplateId: SMS_TEMPLATE, baseUrl: notify.url });
      const issued = await issueDueCheckIns(db, new Date(clock + 13 * WEEK), notifiers, settings, { copy: false });
      assert.deepEqual(issued.map((i) => i.sentBy), ['text']);
      const [sent] = notify.received.splice(0);
      assert.equal(sent!.path, '/v2/notifications/sms');
      assert.equal(sent!.body['phone_number'], '07700900456');
      assert.deepEqual(Object.keys(sent!.body['personalisation'] as object), ['message']);
    });

    it('a refusal (429) leaves the check-in due, and the next run sends it once', async () => {
      await consenting(['email'], 'notify-later@example.com');
      const notifiers = notifyNotifiers({ apiKey: API_KEY, emailTemplateId: EMAIL_TEMPLATE, baseUrl: notify.url });
      notify.refuseNext();
      assert.deepEqual(await issueDueCheckIns(db, new Date(clock + 13 * WEEK), notifiers, settings, { copy: false }), []);
      const again = await issueDueCheckIns(db, new Date(clock + 13 * WEEK), notifiers, settings, { copy: false });
      assert.equal(again.length, 1);
      assert.equal(notify.received.splice(0).length, 2, 'the refused attempt and the one that went');
      assert.deepEqual(await issueDueCheckIns(db, new Date(clock + 13 * WEEK), notifiers, settings, { copy: false }), [], 'never twice');
    });

    it('a wrong secret is refused by Notify (403) and nothing is marked sent', async () => {
      await consenting(['email'], 'notify-wrong@example.com');
      const wrong = notifyNotifiers({ apiKey: `waymark_test-${SERVICE_ID}-00000000-0000-4000-8000-000000000000`, emailTemplateId: EMAIL_TEMPLATE, baseUrl: notify.url });
      assert.deepEqual(await issueDueCheckIns(db, new Date(clock + 13 * WEEK), wrong, settings, { copy: false }), []);
      assert.equal(notify.received.length, 0);
    });
  });
}
