import { Hono, type Context } from 'hono';
import { z } from '../../../src/core/model/zod.ts';
import { appendAudit } from '../../store/audit.ts';
import { endSessionsOf } from '../../store/sessions.ts';
import { findUser, listUsers, setDisabled, setRole, type StaffUser } from '../../store/staff-users.ts';
import { addUser, lockOf, newUserProblems, NewUserInput, resetPassword, unlock } from '../accounts.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { notFoundPage } from '../pages/problems.ts';
import { checkUserPage, newUserPage, passwordPage, userPage, usersPage, type UserRow } from '../pages/users.ts';
import { ROLES, type Role } from '../roles.ts';
import { field, readForm } from './form-body.ts';

type C = Context<StaffEnv>;

const NewUserForm = z.object({ email: field, name: field, role: field });

/** `/inbox/users`: managers add staff, change roles, unlock, reset passwords and disable accounts. */
export function userRoutes(staff: Staff) {
  const at = () => new Date(staff.now());

  async function withLock(user: StaffUser): Promise<UserRow> {
    const until = await lockOf(staff.db, await staff.secret(), user, at());
    return until ? { ...user, lockedUntil: until.toISOString() } : user;
  }

  /** The user named in the path; never the viewer's own account for changes that could lock everyone out. */
  async function other(c: C): Promise<StaffUser | Response> {
    const user = await findUser(staff.db, c.req.param('id') ?? '');
    if (!user) return c.html(notFoundPage(c.get('viewer')).text, 404);
    if (user.id === c.get('viewer')!.id) return c.redirect(`/inbox/users/${user.id}`, 303);
    return user;
  }

  return new Hono<StaffEnv>()
    .get('/', async (c) => {
      const viewer = c.get('viewer')!;
      await appendAudit(staff.db, at(), { actorId: viewer.id, action: 'viewed-users' });
      const users = await Promise.all((await listUsers(staff.db)).map(withLock));
      return c.html(usersPage({ viewer, users }).text);
    })
    .get('/new', (c) => {
      const q = NewUserForm.parse(c.req.query());
      return c.html(newUserPage({ viewer: c.get('viewer')!, user: q }).text);
    })
    .post('/new', async (c) => {
      const raw = await readForm(c, NewUserForm);
      const user = { ...NewUserInput.parse(raw), role: raw.role };
      const errors = newUserProblems(user);
      if (errors.length) return c.html(newUserPage({ viewer: c.get('viewer')!, user: raw, errors }).text, 422);
      return c.html(checkUserPage({ viewer: c.get('viewer')!, user }).text);
    })
    .post('/', async (c) => {
      const raw = await readForm(c, NewUserForm);
      const added = await addUser(staff.db, raw, { actorId: c.get('viewer')!.id, at: at() });
      if (!added.ok) return c.html(newUserPage({ viewer: c.get('viewer')!, user: raw, errors: added.errors }).text, 422);
      return c.html(passwordPage({ viewer: c.get('viewer')!, user: added.user, password: added.password, added: true }).text);
    })
    .get('/:id', async (c) => {
      const user = await findUser(staff.db, c.req.param('id'));
      if (!user) return c.html(notFoundPage(c.get('viewer')).text, 404);
      return c.html(userPage({ viewer: c.get('viewer')!, user: await withLock(user), done: c.req.query('done') }).text);
    })
    .post('/:id/role', async (c) => {
      const user = await other(c);
      if (user instanceof Response) return user;
      const { role } = await readForm(c, z.object({ role: field }));
      if (!(ROLES as readonly string[]).includes(role)) {
        return c.html(userPage({ viewer: c.get('viewer')!, user: await withLock(user), errors: [{ field: 'role', message: 'Choose their role' }] }).text, 422);
      }
      await staff.db.transaction(async (tx) => {
        await setRole(tx, user.id, role as Role);
        await appendAudit(tx, at(), { actorId: c.get('viewer')!.id, action: 'role-changed', subjectUserId: user.id, detail: { role } });
      });
      return c.redirect(`/inbox/users/${user.id}?done=role`, 303);
    })
    .post('/:id/disable', async (c) => {
      const user = await other(c);
      if (user instanceof Response) return user;
      await staff.db.transaction(async (tx) => {
        await setDisabled(tx, user.id, at());
        await endSessionsOf(tx, user.id, at());
        await appendAudit(tx, at(), { actorId: c.get('viewer')!.id, action: 'user-disabled', subjectUserId: user.id });
      });
      return c.redirect(`/inbox/users/${user.id}?done=disabled`, 303);
    })
    .post('/:id/enable', async (c) => {
      const user = await other(c);
      if (user instanceof Response) return user;
      await staff.db.transaction(async (tx) => {
        await setDisabled(tx, user.id, null);
        await appendAudit(tx, at(), { actorId: c.get('viewer')!.id, action: 'user-enabled', subjectUserId: user.id });
      });
      return c.redirect(`/inbox/users/${user.id}?done=enabled`, 303);
    })
    .post('/:id/unlock', async (c) => {
      const user = await other(c);
      if (user instanceof Response) return user;
      await unlock(staff.db, await staff.secret(), user, { actorId: c.get('viewer')!.id, at: at() });
      return c.redirect(`/inbox/users/${user.id}?done=unlocked`, 303);
    })
    .post('/:id/reset-password', async (c) => {
      const user = await other(c);
      if (user instanceof Response) return user;
      const password = await resetPassword(staff.db, user, { actorId: c.get('viewer')!.id, at: at() });
      return c.html(passwordPage({ viewer: c.get('viewer')!, user, password, added: false }).text);
    });
}
