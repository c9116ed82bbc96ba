// `npm run inbox`: the Waymark inbox. `npm run inbox -- export --format csv|json|fhir [--since DATE]`
// writes every referral to stdout. Settings come from the environment (see docs/inbox.md).
import { parseArgs } from 'node:util';
import { readConfig, type InboxConfig } from './config.ts';
import { runExport } from './cli/export.ts';
import { ExportQuery } from './export/query.ts';
import { FolderBusyError } from './store/data-dir.ts';
import { startInbox } from './server.ts';
import { stdoutLogger } from './log.ts';
import { toProblems } from '../src/core/model/problems.ts';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function config(): InboxConfig {
  const read = readConfig(process.env);
  if (!read.ok) fail(`The inbox cannot start. Fix these settings:\n${read.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`, 78);
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
    const problems = toProblems(query.error.issues).map((p) => `  --${p.path} ${p.message}`).join('\n');
    fail(`Usage: npm run inbox -- export --format csv|json|fhir [--since YYYY-MM-DD]\n${problems}`, 64);
  }
  await runExport(config(), query.data.format, query.data.since, process.stdout);
}

const [command = 'serve', ...rest] = process.argv.slice(2);
try {
  if (command === 'serve') await serve();
  else if (command === 'export') await exportCommand(rest);
  else fail(`Unknown command "${command}". Commands: serve (the default), export.`, 64);
} catch (error) {
  if (error instanceof FolderBusyError) fail(`The inbox cannot start: ${error.message}.`);
  fail(`The inbox stopped: ${(error as Error).message}`);
}
