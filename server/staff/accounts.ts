import { z } from '../../src/core/model/zod.ts';
import { appendAudit } from '../store/audit.ts';
import type { Db } from '../store/db.ts';
import { endSessionsOf } from '../store/sessions.ts';
import { clearFailures, lockedUntil } from '../store/sign-in-failures.ts';
import { createUser, findUserByEmail, normaliseEmail, setPasswordHash, type StaffUser } from '../store/staff-users.ts';
import { generatePassword, hashPassword, passwordProblem } from './auth/passwords.ts';
import { emailKey } from './auth/tokens.ts';
import { ROLES, type Role } from './roles.ts';
import type { FieldError } from './pages/form.ts';

// Staff accounts: made by `npm run inbox -- add-user`, by a manager on the Users page, or for the
// demo. One function each, used by all three.

export const NewUserInput = z.object({
  email: z.pipe(z.string().check(z.trim(), z.maxLength(254)), z.transform(normaliseEmail)),
  name: z.string().check(z.trim(), z.maxLength(100)),
  role: z.string(),
  password: z.optional(z.string()),
});
export type NewUserInput = z.input<typeof NewUserInput>;

const EMAIL = z.email();

/** What is wrong with a new account's details, by field. */
export function newUserProblems(input: { email: string; name: string; role: string; password?: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.email) errors.push({ field: 'email', message: 'Enter their email address' });
  else if (!EMAIL.safeParse(input.email).success) errors.push({ field: 'email', message: 'Enter an email address in the right format, like name@example.org' });
  if (!input.name) errors.push({ field: 'name', message: 'Enter their name' });
  if (!(ROLES as readonly string[]).includes(input.role)) errors.push({ field: 'role', message: 'Choose their role' });
  const weak = input.password === undefined ? undefined : passwordProblem(input.password, input.email);
  if (weak) errors.push({ field: 'password', message: weak });
  return errors;
}

export type AddedUser = { ok: true; user: StaffUser; password: string } | { ok: false; errors: FieldError[] };

/** Makes an account; with no password given, makes one (shown once to whoever added it). */
export async function addUser(db: Db, raw: NewUserInput, { actorId, at }: { actorId?: string; at: Date }): Promise<AddedUser> {
  const input = NewUserInput.parse(raw);
  const errors = newUserProblems(input);
  if (errors.length) return { ok: false, errors };
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await createUser(tx, { email: input.email, name: input.name, role: input.role as Role, passwordHash });
    if (!user) return { ok: false, errors: [{ field: 'email', message: 'There is already a user with this email address' }] } as const;
    await appendAudit(tx, at, { actorId, action: 'user-added', subjectUserId: user.id, detail: { role: user.role } });
    return { ok: true, user, password } as const;
  });
}

/** A new password for someone: the old one stops working and their sessions end. */
export async function resetPassword(db: Db, user: StaffUser, { actorId, at, password = generatePassword() }: { actorId?: string; at: Date; password?: string }): Promise<string> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await endSessionsOf(tx, user.id, at);
    await appendAudit(tx, at, { actorId, action: 'password-reset', subjectUserId: user.id });
  });
  return password;
}

export const lockOf = async (db: Db, secret: Buffer, user: StaffUser, now: Date) => lockedUntil(db, emailKey(secret, user.email), now);

export async function unlock(db: Db, secret: Buffer, user: StaffUser, { actorId, at }: { actorId: string; at: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await clearFailures(tx, emailKey(secret, user.email));
    await appendAudit(tx, at, { actorId, action: 'user-unlocked', subjectUserId: user.id });
  });
}

export const DEMO_USERS = [
  { email: 'linkworker@demo.waymark.invalid', name: 'Lee Linkworker', role: 'linkworker' },
  { email: 'manager@demo.waymark.invalid', name: 'Mo Manager', role: 'manager' },
] as const;

/**
 * The demo's accounts, made or given fresh passwords on each start. Only ever on this machine:
 * the caller has checked the inbox listens on loopback (a known account on a reachable inbox
 * would be a way in).
 */
export async function demoUsers(db: Db, at: Date): Promise<{ user: StaffUser; password: string }[]> {
  const out: { user: StaffUser; password: string }[] = [];
  for (const demo of DEMO_USERS) {
    const added = await addUser(db, demo, { at });
    if (added.ok) out.push({ user: added.user, password: added.password });
    else {
      const existing = await findUserByEmail(db, demo.email);
      if (!existing) throw new Error(added.errors.map((e) => e.message).join('; '));
      out.push({ user: existing, password: await resetPassword(db, existing, { at }) });
    }
  }
  return out;
}
