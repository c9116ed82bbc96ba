import { createApp, type AppOptions } from '../../app.ts';
import { silentLogger } from '../../log.ts';
import type { Db } from '../../store/db.ts';

export const TEST_CONFIG: AppOptions['config'] = {
  corsOrigins: ['https://practice.example'],
  referencePrefix: 'WM',
  bodyLimitBytes: 64 * 1024,
  ratePerMinute: 100_000,
  tlsByProxy: false,
  retentionDays: 30,
  publicOrigin: undefined,
  serviceName: 'Ashby Vale Social Prescribing',
};

export function testApp(db: Db, options: Partial<Omit<AppOptions, 'config'>> & { config?: Partial<AppOptions['config']> } = {}) {
  return createApp({ db, log: silentLogger, ...options, config: { ...TEST_CONFIG, ...options.config } });
}

export type TestApp = ReturnType<typeof testApp>;

/** A JSON referral post, as the widget makes it. */
export function postJson(app: TestApp, body: unknown, key: string | undefined, headers: Record<string, string> = {}) {
  return app.request('/referrals', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function rowCount(db: Db, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM referrals WHERE ${where}`, params);
  return row!.n;
}
