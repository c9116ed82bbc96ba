import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rateLimiter } from '../http/rate-limit.ts';
import type { Db } from '../store/db.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import { testApp, type TestApp } from './helpers/app.ts';
import { MINUTE, ORIGIN, addStaff, sendReferral, signedIn, staffApp, staffBrowser, testClock } from './helpers/staff.ts';

// Signing in to the staff screen, and everything a browser gets when it is not signed in.

for (const kind of storeKinds()) {
  describe(`staff sign-in on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;
    const clock = testClock();
    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db, { now: clock.now });
    });
    after(() => dispose?.());

    it('gives a signed-out browser the sign-in page and nothing else', async () => {
      const { reference } = await sendReferral(app, { person: { fullName: 'Private Person', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' } });
      const browser = staffBrowser(app);
      for (const path of ['/inbox', `/inbox/referrals/${reference}`, `/inbox/referrals/${reference}/message`, '/inbox/audit', '/inbox/users', '/inbox/nowhere']) {
        const res = await browser.get(path);
        assert.equal(res.status, 303, path);
        assert.match(res.headers.get('Location') ?? '', /^\/inbox\/sign-in(\?next=.*)?$/, path);
        assert.equal(res.text, '', path);
      }
      for (const path of ['/inbox/export', `/inbox/referrals/${reference}/status`, '/inbox/users']) {
        const res = await browser.post(path, { ref: reference, format: 'csv', status: 'contacted', from: 'new', email: 'x@example.org', name: 'X', role: 'manager' }, { csrf: 'anything' });
        assert.equal(res.status, 303, path);
        assert.equal(res.headers.get('Location'), '/inbox/sign-in', path);
        assert.doesNotMatch(res.text, /Private Person/);
      }
      // The list's background refresh is told 401, with no body.
      const polled = await browser.get('/inbox/updates', { 'X-Inbox-Background': '1' });
      assert.equal(polled.status, 401);
      assert.equal(polled.text, '');
      const page = await browser.get('/inbox/sign-in');
      assert.equal(page.status, 200);
      assert.match(page.text, /<h1 class="heading-l">Sign in to the Waymark inbox<\/h1>/);
      assert.doesNotMatch(page.text, /Private Person|inbox\.js/);
    });

    it('serves every staff page under a strict CSP, with a session cookie that is HttpOnly and SameSite=Strict (not Secure on loopback http)', async () => {
      const account = await addStaff(db, 'linkworker');
      const browser = staffBrowser(app);
      const page = await browser.get('/inbox/sign-in');
      const csp = page.headers.get('Content-Security-Policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(page.headers.get('Referrer-Policy'), 'same-origin');
      assert.equal(page.headers.get('Cache-Control'), 'no-store');
      assert.doesNotMatch(page.text, /<script(?![^>]*\ssrc=)|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
      const res = await browser.signIn(account.email, account.password);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('Location'), '/inbox');
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('waymark-session='))!;
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; SameSite=Strict/);
      assert.match(cookie, /; Path=\//);
      assert.doesNotMatch(cookie, /Secure|Max-Age|Expires/);
      const list = await browser.get('/inbox');
      assert.equal(list.status, 200);
      assert.doesNotMatch(list.text, /<script(?![^>]*\ssrc=)|\sstyle=|\son[a-z]+=/i);
      assert.match(list.headers.get('Content-Security-Policy') ?? '', /require-trusted-types-for 'script'/);
    });

    it('over HTTPS (TLS at a proxy) the cookie is Secure with the __Host- prefix, and HSTS is sent', async () => {
      const secureApp = staffApp(db, { now: clock.now, config: { tlsByProxy: true } });
      const account = await addStaff(db, 'linkworker');
      const browser = staffBrowser(secureApp);
      const res = await browser.post('/inbox/sign-in', {}, { csrf: null, origin: 'https://localhost' });
      assert.equal(res.status, 403, 'no sign-in token yet');
      const page = await browser.get('/inbox/sign-in');
      assert.match(page.headers.getSetCookie().join('\n'), /^__Host-waymark-sign-in=.*; Path=\/; HttpOnly; Secure; SameSite=Strict/m);
      const token = /name="token" value="([^"]+)"/.exec(page.text)![1]!;
      const signedIn = await browser.post('/inbox/sign-in', { token, email: account.email, password: account.password }, { csrf: null, origin: 'https://localhost' });
      assert.equal(signedIn.status, 303);
      assert.match(signedIn.headers.getSetCookie().join('\n'), /^__Host-waymark-session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Strict/m);
      assert.equal(signedIn.headers.get('Strict-Transport-Security'), 'max-age=31536000');
    });

    it('says the same, whether the email has an account or not, and checks a password either way', async () => {
      const account = await addStaff(db, 'linkworker');
      const attempt = async (email: string, password: string) => {
        const browser = staffBrowser(app);
        const started = performance.now();
        const res = await browser.signIn(email, password);
        return { status: res.status, text: res.text.replace(/value="[^"]*"/g, ''), ms: performance.now() - started };
      };
      const known = await attempt(account.email, 'not the password at all');
      const unknown = await attempt('nobody-here@practice.example', 'not the password at all');
      assert.equal(known.status, 401);
      assert.equal(unknown.status, known.status);
      assert.equal(unknown.text, known.text);
      assert.match(known.text, /There is a problem[\s\S]*The email address or password is wrong/);
      // Both check a password with scrypt (about 50-100 ms); skipping it for an unknown email would
      // make that reply many times faster. A loose bound: the machine is shared and busy.
      const times = { known: [] as number[], unknown: [] as number[] };
      for (let i = 0; i < 4; i++) {
        times.known.push((await attempt(account.email, `wrong ${i}`)).ms);
        times.unknown.push((await attempt(`nobody-${i}@practice.example`, 'wrong')).ms);
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(times.unknown) / median(times.known);
      assert.ok(ratio > 0.33 && ratio < 3, `unknown ${median(times.unknown)} ms vs known ${median(times.known)} ms`);
    });

    it('asks for an empty email or password without counting a failure, each error linked to its field', async () => {
      const browser = staffBrowser(app);
      const res = await browser.signIn('', '');
      assert.equal(res.status, 422);
      assert.match(res.text, /<title>Error: Sign in – Waymark inbox<\/title>/);
      assert.match(res.text, /<a href="#email">Enter your email address<\/a>/);
      assert.match(res.text, /<a href="#password">Enter your password<\/a>/);
      assert.match(res.text, /aria-describedby="email-error"/);
    });

    it('locks an email out after 5 failures in 15 minutes, account or not, even for the right password; a manager can unlock it', async () => {
      const account = await addStaff(db, 'linkworker');
      const tryAs = async (email: string, password: string) => (await staffBrowser(app).signIn(email, password));
      for (const email of [account.email, 'ghost@practice.example']) {
        for (let i = 1; i <= 4; i++) assert.equal((await tryAs(email, 'wrong password')).status, 401, `${email} try ${i}`);
        const fifth = await tryAs(email, 'wrong password');
        assert.equal(fifth.status, 429);
        assert.match(fifth.text, /You have tried to sign in too many times/);
      }
      const locked = await tryAs(account.email, account.password);
      assert.equal(locked.status, 429, 'the right password does not get through a lock');
      assert.equal((await tryAs('ghost@practice.example', 'whatever it is')).text.replace(/value="[^"]*"/g, ''), locked.text.replace(/value="[^"]*"/g, ''));

      const { browser: manager } = await signedIn(app, db, 'manager');
      const users = await manager.get('/inbox/users');
      assert.match(users.text, new RegExp(`${account.name}[\\s\\S]*?Locked until`));
      const unlocked = await manager.post(`/inbox/users/${account.id}/unlock`, {});
      assert.equal(unlocked.status, 303);
      assert.equal((await tryAs(account.email, account.password)).status, 303);
    });

    it('a lock lasts 15 minutes', async () => {
      const account = await addStaff(db, 'linkworker');
      for (let i = 0; i < 5; i++) await staffBrowser(app).signIn(account.email, 'wrong password');
      clock.advance(14 * MINUTE);
      assert.equal((await staffBrowser(app).signIn(account.email, account.password)).status, 429);
      clock.advance(2 * MINUTE);
      assert.equal((await staffBrowser(app).signIn(account.email, account.password)).status, 303);
    });

    it('rate-limits sign-in attempts from one client', async () => {
      const limited = testApp(db, { now: clock.now, signInLimiter: rateLimiter(2, clock.now) });
      const browser = staffBrowser(limited);
      await browser.signIn('a@practice.example', 'x');
      await browser.signIn('b@practice.example', 'x');
      const third = await browser.signIn('c@practice.example', 'x');
      assert.equal(third.status, 429);
      assert.ok(Number(third.headers.get('Retry-After')) >= 1);
      assert.match(third.text, /Too many attempts/);
    });

    it('ends a session after 15 minutes idle, and the sign-in page says why; activity keeps it, background requests do not', async () => {
      const { browser } = await signedIn(app, db, 'linkworker');
      clock.advance(14 * MINUTE);
      assert.equal((await browser.get('/inbox')).status, 200, 'activity at 14 minutes');
      clock.advance(14 * MINUTE);
      assert.equal((await browser.get('/inbox/updates', { 'X-Inbox-Background': '1' })).status, 200);
      const left = await browser.get('/inbox/session', { 'X-Inbox-Background': '1' });
      assert.deepEqual(JSON.parse(left.text), { secondsLeft: 60 });
      clock.advance(1 * MINUTE);
      // 15 minutes since the last real activity: the background request did not count.
      const expired = await browser.get('/inbox');
      assert.equal(expired.status, 303);
      assert.equal(expired.headers.get('Location'), '/inbox/sign-in');
      const signIn = await browser.get('/inbox/sign-in');
      assert.match(signIn.text, /You were signed out[\s\S]*no activity for 15 minutes/);
      assert.equal(browser.cookies.has('waymark-session'), false, 'the stale cookie is cleared');
      assert.doesNotMatch((await browser.get('/inbox/sign-in')).text, /You were signed out/, 'said once');
    });

    it('ends every session after 12 hours, however busy', async () => {
      const { browser } = await signedIn(app, db, 'linkworker');
      for (let i = 0; i < 12 * 6; i++) {
        clock.advance(10 * MINUTE);
        if ((await browser.get('/inbox/updates')).status !== 200) break;
      }
      assert.equal((await browser.get('/inbox')).status, 303);
    });

    it('signs out: the session ends in the database, the cookie goes, and the old cookie opens nothing', async () => {
      const { browser } = await signedIn(app, db, 'linkworker');
      const stolen = browser.cookies.get('waymark-session')!;
      const out = await browser.post('/inbox/sign-out', {});
      assert.equal(out.status, 303);
      assert.equal(out.headers.get('Location'), '/inbox/sign-in?done=signed-out');
      assert.equal(out.headers.get('Clear-Site-Data'), '"cache", "storage"');
      assert.match((await browser.get('/inbox/sign-in?done=signed-out')).text, /You have signed out/);
      const replay = await app.request('/inbox', { headers: { Cookie: `waymark-session=${stolen}` } });
      assert.equal(replay.status, 303);
    });

    it('refuses a sign-in form without its token, with a token from another cookie, or from another site', async () => {
      const account = await addStaff(db, 'linkworker');
      const browser = staffBrowser(app);
      const page = await browser.get('/inbox/sign-in');
      const token = /name="token" value="([^"]+)"/.exec(page.text)![1]!;
      const fields = { email: account.email, password: account.password };
      assert.equal((await browser.post('/inbox/sign-in', fields, { csrf: null })).status, 403, 'no token');
      const other = staffBrowser(app);
      await other.get('/inbox/sign-in');
      assert.equal((await other.post('/inbox/sign-in', { ...fields, token }, { csrf: null })).status, 403, "another browser's token");
      assert.equal((await browser.post('/inbox/sign-in', { ...fields, token }, { csrf: null, origin: 'https://evil.example' })).status, 403, 'another origin');
      assert.equal((await browser.post('/inbox/sign-in', { ...fields, token }, { csrf: null, origin: null })).status, 403, 'no origin');
      assert.equal(browser.cookies.has('waymark-session'), false);
      assert.equal((await browser.post('/inbox/sign-in', { ...fields, token }, { csrf: null })).status, 303, 'the real form works');
    });

    it('a disabled account cannot sign in, and its open sessions end at once', async () => {
      const { browser, account } = await signedIn(app, db, 'linkworker');
      const { browser: manager } = await signedIn(app, db, 'manager');
      assert.equal((await manager.post(`/inbox/users/${account.id}/disable`, {})).status, 303);
      assert.equal((await browser.get('/inbox')).status, 303);
      const again = await staffBrowser(app).signIn(account.email, account.password);
      assert.equal(again.status, 401);
      assert.match(again.text, /The email address or password is wrong/);
    });

    it('after signing in, goes back to the page that was asked for, but only within the inbox', async () => {
      const account = await addStaff(db, 'linkworker');
      const browser = staffBrowser(app);
      const first = await browser.get('/inbox/audit?reference=WM-2222-2222');
      assert.equal(first.headers.get('Location'), '/inbox/sign-in?next=%2Finbox%2Faudit%3Freference%3DWM-2222-2222');
      const page = await browser.get(first.headers.get('Location')!);
      assert.match(page.text, /name="next" value="\/inbox\/audit\?reference=WM-2222-2222"/);
      const token = /name="token" value="([^"]+)"/.exec(page.text)![1]!;
      const res = await browser.post('/inbox/sign-in', { token, email: account.email, password: account.password, next: '//evil.example/inbox' }, { csrf: null });
      assert.equal(res.headers.get('Location'), '/inbox');
    });
  });
}

describe('staff origin check behind a proxy', { timeout: 60_000 }, () => {
  it('takes INBOX_PUBLIC_URL as the only origin forms may come from', async () => {
    const { db, dispose } = await newDb('pglite');
    try {
      const app = staffApp(db, { config: { tlsByProxy: true, publicOrigin: 'https://inbox.practice.example' } });
      const account = await addStaff(db, 'linkworker');
      const browser = staffBrowser(app);
      const page = await browser.get('/inbox/sign-in');
      const token = /name="token" value="([^"]+)"/.exec(page.text)![1]!;
      const fields = { token, email: account.email, password: account.password };
      assert.equal((await browser.post('/inbox/sign-in', fields, { csrf: null, origin: ORIGIN })).status, 403);
      assert.equal((await browser.post('/inbox/sign-in', fields, { csrf: null, origin: 'https://inbox.practice.example' })).status, 303);
    } finally {
      await dispose();
    }
  });
});
