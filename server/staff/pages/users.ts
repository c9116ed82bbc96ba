import type { StaffUser } from '../../store/staff-users.ts';
import { html } from '../html.ts';
import { ROLES, type Role } from '../roles.ts';
import { ROLE_NAMES, dateTime } from '../words.ts';
import { button, choices, errorFor, summaryList, textInput, type FieldError } from './form.ts';
import { csrfField, page, type Viewer } from './layout.ts';
import { dataTable } from './table.ts';

export interface UserRow extends StaffUser {
  lockedUntil?: string;
}

const statusOf = (u: UserRow) => (u.disabledAt ? 'Disabled' : u.lockedUntil ? `Locked until ${dateTime(u.lockedUntil)}` : 'Active');

const ROLE_CHOICES = ROLES.map((r) => ({
  value: r,
  label: ROLE_NAMES[r],
  hint: r === 'manager' ? 'Can also read the audit log and manage users.' : 'Can see referrals, record what happened and export them.',
}));

export function usersPage({ viewer, users }: { viewer: Viewer; users: readonly UserRow[] }) {
  return page({
    title: 'Users',
    viewer,
    section: 'users',
    wide: true,
    body: html`
      <h1 class="heading-l">Users</h1>
      <p><a href="/inbox/users/new" class="button">Add a user</a></p>
      ${dataTable({
        caption: 'Everyone who can sign in to the inbox',
        rows: users,
        columns: [
          { heading: 'Name', cell: (u) => html`<a href="/inbox/users/${u.id}">${u.name}</a>` },
          { heading: 'Email', cell: (u) => u.email },
          { heading: 'Role', cell: (u) => ROLE_NAMES[u.role] },
          { heading: 'Account', cell: statusOf },
          { heading: 'Last signed in', cell: (u) => (u.lastSignInAt ? dateTime(u.lastSignInAt) : 'Never') },
        ],
      })}`,
  });
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
}

export function newUserPage({ viewer, user, errors = [] }: { viewer: Viewer; user: NewUser; errors?: readonly FieldError[] }) {
  return page({
    title: 'Add a user',
    viewer,
    section: 'users',
    errors,
    backLink: { href: '/inbox/users', text: 'Back to users' },
    body: html`
      <h1 class="heading-l">Add a user</h1>
      <form method="post" action="/inbox/users/new" novalidate>
        ${csrfField(viewer)}
        ${textInput({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'off', spellcheck: false, value: user.email, error: errorFor(errors, 'email'), hint: 'They sign in with this. Use their work email.' })}
        ${textInput({ id: 'name', label: 'Name', autocomplete: 'off', value: user.name, error: errorFor(errors, 'name'), hint: 'What colleagues see, for example on referrals assigned to them.' })}
        ${choices({ id: 'role', legend: 'Role', choices: ROLE_CHOICES, value: user.role, error: errorFor(errors, 'role') })}
        ${button('Continue')}
      </form>`,
  });
}

/** Check your answers before the account is made. */
export function checkUserPage({ viewer, user }: { viewer: Viewer; user: NewUser }) {
  const change = (field: string, what: string) => ({ href: `/inbox/users/new?${new URLSearchParams({ email: user.email, name: user.name, role: user.role }).toString()}#${field}`, what });
  return page({
    title: 'Check the new user',
    viewer,
    section: 'users',
    backLink: { href: '/inbox/users', text: 'Back to users' },
    body: html`
      <h1 class="heading-l">Check the new user</h1>
      ${summaryList([
        { key: 'Email address', value: user.email, change: change('email', 'email address') },
        { key: 'Name', value: user.name, change: change('name', 'name') },
        { key: 'Role', value: ROLE_NAMES[user.role as Role], change: change('role', 'role') },
      ])}
      <p>We will make a password for them and show it to you once.</p>
      <form method="post" action="/inbox/users" novalidate>
        ${csrfField(viewer)}
        <input type="hidden" name="email" value="${user.email}">
        <input type="hidden" name="name" value="${user.name}">
        <input type="hidden" name="role" value="${user.role}">
        ${button('Add user')}
      </form>`,
  });
}

/** The one time a password is shown: after adding a user, or resetting their password. */
export function passwordPage({ viewer, user, password, added }: { viewer: Viewer; user: StaffUser; password: string; added: boolean }) {
  return page({
    title: added ? 'User added' : 'Password reset',
    viewer,
    section: 'users',
    body: html`
      <div class="panel">
        <h1 class="panel__title">${added ? 'User added' : 'Password reset'}</h1>
        <div class="panel__body">Their password is<br><strong class="panel__secret">${password}</strong></div>
      </div>
      <h2 class="heading-m">What happens next</h2>
      <p>Give ${user.name} this password in person or by phone. Do not email it. It is not shown again.</p>
      <p>They sign in at this inbox with ${user.email} and this password.</p>
      <p><a href="/inbox/users">Back to users</a></p>`,
  });
}

export function userPage({ viewer, user, done, errors = [] }: { viewer: Viewer; user: UserRow; done?: string; errors?: readonly FieldError[] }) {
  const self = user.id === viewer.id;
  const base = `/inbox/users/${user.id}`;
  const DONE: Record<string, string> = {
    role: `${user.name} is now a ${ROLE_NAMES[user.role].toLowerCase()}.`,
    disabled: `${user.name} cannot sign in now.`,
    enabled: `${user.name} can sign in again.`,
    unlocked: `${user.name} can try to sign in again.`,
  };
  return page({
    title: user.name,
    viewer,
    section: 'users',
    errors,
    done: done ? DONE[done] : undefined,
    backLink: { href: '/inbox/users', text: 'Back to users' },
    body: html`
      <h1 class="heading-l">${user.name}</h1>
      ${summaryList([
        { key: 'Email address', value: user.email },
        { key: 'Role', value: ROLE_NAMES[user.role] },
        { key: 'Account', value: statusOf(user) },
        { key: 'Last signed in', value: user.lastSignInAt ? dateTime(user.lastSignInAt) : 'Never' },
      ])}
      ${self
        ? html`<p class="inset">This is your own account. Another manager can change its role or disable it.</p>`
        : html`
          <form method="post" action="${base}/role" novalidate>
            ${csrfField(viewer)}
            ${choices({ id: 'role', legend: 'Role', choices: ROLE_CHOICES, value: user.role, error: errorFor(errors, 'role') })}
            ${button('Save role', { secondary: true })}
          </form>
          ${user.lockedUntil
            ? html`<form method="post" action="${base}/unlock">${csrfField(viewer)}
                <h2 class="heading-m">Locked out</h2><p>Too many wrong passwords were tried for this account.</p>${button('Unlock', { secondary: true })}</form>`
            : ''}
          <form method="post" action="${base}/reset-password">${csrfField(viewer)}
            <h2 class="heading-m">Password</h2><p>Make a new password for them. Their old one stops working and they are signed out.</p>${button('Reset password', { secondary: true })}</form>
          <form method="post" action="${base}/${user.disabledAt ? 'enable' : 'disable'}">${csrfField(viewer)}
            <h2 class="heading-m">Access</h2>
            ${user.disabledAt
              ? html`<p>They cannot sign in.</p>${button('Let them sign in again', { secondary: true })}`
              : html`<p>Disable the account when someone leaves. They are signed out at once. Their name stays on what they did.</p>${button('Disable account', { warning: true })}`}
          </form>`}`,
  });
}
