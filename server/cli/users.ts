import { isLoopback, type InboxConfig } from '../config.ts';
import { addUser, demoUsers, type NewUserInput } from '../staff/accounts.ts';
import type { FieldError } from '../staff/pages/form.ts';
import { openStore } from '../store/open.ts';
import type { StaffUser } from '../store/staff-users.ts';
import { askLocal, localInbox, readAll } from './local-inbox.ts';

// `npm run inbox -- add-user <email> --role linkworker|manager` and the demo's accounts, through
// the running inbox on PGlite, or straight to the database.

export type AddUserResult = { ok: true; user: StaffUser; password: string } | { ok: false; errors: FieldError[] };

export async function runAddUser(config: InboxConfig, input: NewUserInput): Promise<AddUserResult> {
  const running = localInbox(config);
  if (running) {
    const response = await askLocal(running, 'POST', '/admin/users', input);
    const body = JSON.parse(await readAll(response)) as { user: StaffUser; password: string; errors?: FieldError[]; title?: string };
    if (response.statusCode === 201) return { ok: true, user: body.user, password: body.password };
    if (body.errors) return { ok: false, errors: body.errors };
    throw new Error(`the running inbox at ${running.url} refused (${response.statusCode}): ${body.title ?? ''}`);
  }
  const store = await openStore(config);
  try {
    return await addUser(store.db, input, { at: new Date() });
  } finally {
    await store.close();
  }
}

const loopbackDatabase = (url: string | undefined) => !url || isLoopback(new URL(url).hostname);

export interface DemoAccounts {
  /** Where the running inbox listens, if one does. */
  url: string | undefined;
  users: { user: StaffUser; password: string }[];
}

/** The demo's link worker and manager, with fresh passwords. Refused unless everything is on this machine. */
export async function runDemoUsers(config: InboxConfig): Promise<DemoAccounts> {
  if (!isLoopback(config.host) || !loopbackDatabase(config.databaseUrl)) {
    throw new Error('demo accounts are made only for an inbox and database on this machine (HOST and DATABASE_URL on loopback)');
  }
  const running = localInbox(config);
  if (running) {
    if (!isLoopback(new URL(running.url).hostname)) throw new Error(`the running inbox listens on ${running.url}, not loopback: no demo accounts`);
    const response = await askLocal(running, 'POST', '/admin/demo-users');
    const body = JSON.parse(await readAll(response)) as { users?: { user: StaffUser; password: string }[]; title?: string };
    if (response.statusCode !== 201 || !body.users) throw new Error(`the running inbox refused (${response.statusCode}): ${body.title ?? ''}`);
    return { url: running.url, users: body.users };
  }
  const store = await openStore(config);
  try {
    return { url: undefined, users: await demoUsers(store.db, new Date()) };
  } finally {
    await store.close();
  }
}
