// The inbox's intake, on PGlite and on PostgreSQL: referrals per second and p95 latency at 20
// concurrent clients for 10 s, then heap and database size after 10,000 referrals. PostgreSQL is
// a throwaway cluster (scripts/with-postgres.ts) when `initdb` is installed; without it, PGlite only.
import { execFileSync } from 'node:child_process';

export const name = 'inbox intake';

export default async function run({ root }) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-postgres.ts', process.execPath, '--expose-gc', '--import', 'tsx', 'bench/lib/inbox-intake.ts'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop());
}
