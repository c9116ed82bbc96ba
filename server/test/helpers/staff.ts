import type { Db } from '../../store/db.ts';
import { addUser } from '../../staff/accounts.ts';
import type { Role } from '../../staff/roles.ts';
import { rateLimiter } from '../../http/rate-limit.ts';
import { postJson, testApp, type TestApp } from './app.ts';
import { newReferral } from './referral.ts';

// A staff member's browser for in-process tests: keeps cookies like a browser, sends the Origin a
// browser sends with a form, and reads each page's CSRF token for the next form.

export const ORIGIN = 'http://localhost';

/**
 * The inbox app for staff-screen suites: they sign in afresh many times, so sign-in is never
 * rate-limited here (staff-auth checks the limiter with one of its own).
 */
export function staffApp(db: Db, options: Parameters<typeof testApp>[1] = {}): TestApp {
  return testApp(db, { signInLimiter: rateLimiter(100_000), ...options });
}

export interface StaffBrowser {
  cookies: Map<string, string>;
  csrf: string | undefined;
  get(path: string, headers?: Record<string, string>): Promise<Response & { text: string }>;
  post(path: string, fields: Record<string, string | string[]>, options?: { origin?: string | null; csrf?: string | null; headers?: Record<string, string> }): Promise<Response & { text: string }>;
  signIn(email: string, password: string): Promise<Response & { text: string }>;
}

let counter = 0;

export async function addStaff(db: Db, role: Role, name = role === 'manager' ? 'Morgan Manager' : `Lee Worker ${++counter}`) {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${++counter}@practice.example`;
  const added = await addUser(db, { email, name, role }, { at: new Date() });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  return { id: added.user.id, email, name, password: added.password };
}

export function staffBrowser(app: TestApp): StaffBrowser {
  const cookies = new Map<string, string>();
  const browser: StaffBrowser = {
    cookies,
    csrf: undefined,
    async get(path, headers = {}) {
      return remember(await app.request(path, { headers: { Cookie: cookieHeader(), ...headers } }));
    },
    async post(path, fields, { origin = ORIGIN, csrf, headers = {} } = {}) {
      const body = new URLSearchParams();
      const token = csrf === undefined ? browser.csrf : csrf;
      if (token !== null && token !== undefined) body.append('csrf', token);
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
      return remember(
        await app.request(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(), ...(origin ? { Origin: origin } : {}), ...headers },
          body: body.toString(),
        }),
      );
    },
    async signIn(email, password) {
      const page = await browser.get('/inbox/sign-in');
      const token = /name="token" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
      return browser.post('/inbox/sign-in', { token, email, password }, { csrf: null });
    },
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  async function remember(res: Response): Promise<Response & { text: string }> {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0/i.test(line)) cookies.delete(name!.trim());
      else cookies.set(name!.trim(), value.join('='));
    }
    const text = await res.text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(text)?.[1];
    if (csrf) browser.csrf = csrf;
    return Object.assign(res, { text });
  }
  return browser;
}

/** Signs a new staff member in; returns their browser and account. */
export async function signedIn(app: TestApp, db: Db, role: Role, name?: string) {
  const account = await addStaff(db, role, name);
  const browser = staffBrowser(app);
  const res = await browser.signIn(account.email, account.password);
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${res.text.slice(0, 500)}`);
  await browser.get('/inbox');
  return { browser, account };
}

/** Sends a referral as the widget does; returns its reference. */
export async function sendReferral(app: TestApp, overrides: Record<string, unknown> = {}): Promise<{ reference: string; id: string }> {
  const referral = newReferral(overrides);
  const res = await postJson(app, referral, referral.id);
  if (res.status !== 201) throw new Error(`referral refused: ${res.status} ${await res.text()}`);
  return { reference: ((await res.json()) as { reference: string }).reference, id: referral.id };
}

/** A controllable clock for sessions, lock-outs and retention. */
export function testClock(start = Date.now()) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) };
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Signs in over HTTP as a browser would; true when the inbox let them in. */
export async function canSignIn(url: string, email: string, password: string): Promise<boolean> {
  const page = await fetch(`${url}/inbox/sign-in`);
  const token = /name="token" value="([^"]+)"/.exec(await page.text())![1]!;
  const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
  const res = await fetch(`${url}/inbox/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url, Cookie: cookie },
    body: new URLSearchParams({ token, email, password }).toString(),
  });
  return res.status === 303 && res.headers.get('Location') === '/inbox';
}
