// `npm run inbox`: the Waymark inbox. `npm run inbox -- export --format csv|json|fhir [--since DATE]`
// writes every referral to stdout; `npm run inbox -- add-user <email> --role linkworker|manager`
// makes a staff account; `demo-users` makes the demo's. Settings come from the environment (see
// docs/inbox.md).
import { parseArgs } from 'node:util';
import { readConfig, type InboxConfig } from './config.ts';
import { runExport } from './cli/export.ts';
import { runAddUser, runDemoUsers } from './cli/users.ts';
import { ROLE_NAMES } from './staff/words.ts';
import { ROLES, type Role } from './staff/roles.ts';
import { ExportQuery } from './export/query.ts';
import { FolderBusyError } from './store/data-dir.ts';
import { startInbox } from './server.ts';
import { stdoutLogger } from './log.ts';
import { toProblems } from '../src/core/model/problems.ts';
import { problemText } from '../src/core/text/problem-text.ts';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function config(): InboxConfig {
  const read = readConfig(process.env);
  if (!read.ok) fail(`The inbox cannot start. Fix these settings:\n${read.problems.map((p) => `  ${problemText(p)}`).join('\n')}`, 78);
  return read.config;
}

async function serve(): Promise<void> {
  const inbox = await startInbox(config(), stdoutLogger);
  process.stderr.write(`Waymark inbox listening on ${inbox.url} (store: ${inbox.store})\n`);
  // Stop taking requests, let those in flight finish, close the store (PGlite checkpoints).
  const stop = () => void inbox.close().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, since: { type: 'string' } } });
  const query = ExportQuery.safeParse(values);
  if (!query.success) {
    const problems = toProblems(query.error.issues).map((p) => `  --${problemText(p)}`).join('\n');
    fail(`Usage: npm run inbox -- export --format csv|json|fhir [--since YYYY-MM-DD]\n${problems}`, 64);
  }
  await runExport(config(), query.data.format, query.data.since, process.stdout);
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

const ADD_USER_USAGE = 'Usage: npm run inbox -- add-user <email> --role linkworker|manager [--name "Their Name"] [--password-stdin]';

async function addUserCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [email, ...extra] = positionals;
  if (!email || extra.length || !(ROLES as readonly string[]).includes(values.role ?? '')) fail(ADD_USER_USAGE, 64);
  const name = values.name ?? email.split('@')[0]!;
  const password = values['password-stdin'] ? await readStdin() : undefined;
  const result = await runAddUser(config(), { email, name, role: values.role!, ...(password !== undefined ? { password } : {}) });
  if (!result.ok) fail(`No user added:\n${result.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}`, 65);
  const { user } = result;
  process.stdout.write(`Added ${user.name} (${user.email}) as ${ROLE_NAMES[user.role as Role].toLowerCase()}.\n`);
  if (password === undefined) {
    process.stdout.write(`Their password: ${result.password}\nGive it to them in person or by phone, not by email. It is not shown again.\n`);
  }
}

async function demoUsersCommand(): Promise<void> {
  const settings = config();
  const { url, users } = await runDemoUsers(settings);
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  process.stdout.write(`Demo sign-in for the inbox (this machine only): ${url ?? `http://${host}:${settings.port}`}/inbox\n`);
  for (const { user, password } of users) process.stdout.write(`  ${ROLE_NAMES[user.role as Role]}: ${user.email}  password: ${password}\n`);
}

const [command = 'serve', ...rest] = process.argv.slice(2);
try {
  if (command === 'serve') await serve();
  else if (command === 'export') await exportCommand(rest);
  else if (command === 'add-user') await addUserCommand(rest);
  else if (command === 'demo-users') await demoUsersCommand();
  else fail(`Unknown command "${command}". Commands: serve (the default), export, add-user, demo-users.`, 64);
} catch (error) {
  if (error instanceof FolderBusyError) fail(`The inbox cannot start: ${error.message}.`);
  fail(`The inbox stopped: ${(error as Error).message}`);
}
