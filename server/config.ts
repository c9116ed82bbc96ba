import { z } from '../src/core/model/zod.ts';
import { toProblems, type Problem } from '../src/core/model/problems.ts';
import { parseNotifyKey } from './check-ins/notify.ts';

// The inbox is configured by environment variables (twelve-factor: the same build runs on a
// laptop, in a container and behind a proxy). Every variable goes through this schema, and a bad
// one stops the start with a message naming it.

const flag = z.pipe(
  z.optional(z.enum(['true', 'false', '1', '0', 'yes', 'no'])),
  z.transform((v: 'true' | 'false' | '1' | '0' | 'yes' | 'no' | undefined) => v === 'true' || v === '1' || v === 'yes'),
);

const integer = (min: number, max: number, fallback: number) =>
  z.pipe(
    z.optional(z.string().check(z.regex(/^\d+$/, 'should be a whole number'))),
    z.pipe(z.transform((v: string | undefined) => (v === undefined ? fallback : Number(v))), z.int().check(z.gte(min), z.lte(max))),
  );

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
const PAGE_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s#]*)?$/;

const origins = z.pipe(
  z.optional(z.string()),
  z.pipe(
    z.transform((v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
    z.array(z.string().check(z.regex(ORIGIN, 'should be an origin like https://www.example.org (no path, no trailing /)'))),
  ),
);

// No O/0 or I/1 in references, so none can be misread over the phone; the prefix follows the rule.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PREFIX = new RegExp(`^[${REFERENCE_ALPHABET}]{1,6}$`);

export const InboxEnv = z.object({
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  PORT: integer(0, 65535, 8787),
  /** `postgres://…`: use this PostgreSQL server; unset, the embedded PGlite in INBOX_DATA_DIR. */
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'should start postgres:// or postgresql://'))),
  INBOX_DATA_DIR: z._default(z.string().check(z.minLength(1)), '.waymark-inbox'),
  /** Sites whose pages may send referrals from the browser, comma-separated origins. */
  INBOX_CORS_ORIGINS: origins,
  INBOX_REFERENCE_PREFIX: z._default(z.string().check(z.regex(PREFIX, `should be 1 to 6 of ${REFERENCE_ALPHABET} (no O, 0, I or 1)`)), 'WM'),
  INBOX_BODY_LIMIT_BYTES: integer(1024, 10 * 1024 * 1024, 256 * 1024),
  /** Referrals one client may send a minute; a short burst of the same size is allowed. */
  INBOX_RATE_LIMIT_PER_MINUTE: integer(1, 1_000_000, 30),
  INBOX_TLS_CERT: z.optional(z.string().check(z.minLength(1))),
  INBOX_TLS_KEY: z.optional(z.string().check(z.minLength(1))),
  /** Set when a reverse proxy in front terminates TLS: the inbox then trusts its X-Forwarded-For. */
  INBOX_TLS_BY_PROXY: flag,
  /** Days after a referral is closed (or replaced) before its personal data is removed. */
  INBOX_RETENTION_DAYS: integer(1, 36_500, 365),
  /** The address staff open the inbox at, when a proxy in front changes the Host it passes on. */
  INBOX_PUBLIC_URL: z.optional(z.string().check(z.regex(ORIGIN, 'should be an origin like https://inbox.example.org (no path, no trailing /)'))),
  /** The service's name, for the message to the referrer. */
  INBOX_SERVICE_NAME: z.optional(z.string().check(z.maxLength(200))),
  /** The public page with `<waymark-check-in>` that check-in links open (the token goes in its fragment). */
  INBOX_CHECK_IN_URL: z.optional(z.string().check(z.regex(PAGE_URL, 'should be a web page address like https://www.example.org/check-in (no # part)'))),
  /** Where check-in emails go out: `smtp://user:password@host:587` or `smtps://…:465`. */
  INBOX_SMTP_URL: z.optional(z.string().check(z.regex(/^smtps?:\/\/[^\s]+$/, 'should start smtp:// or smtps://'))),
  /** The address check-in emails come from. */
  INBOX_SMTP_FROM: z.optional(z.string().check(z.regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'should be an email address'))),
  /** The service's phone number, in the check-in message for anyone who would rather call. */
  INBOX_SERVICE_PHONE: z.optional(z.string().check(z.maxLength(40))),
  /** GOV.UK Notify's API key (`{name}-{service id}-{secret key}`), to send check-ins by Notify instead of SMTP. */
  INBOX_NOTIFY_API_KEY: z.optional(z.string().check(z.refine((k) => parseNotifyKey(k) !== undefined, 'should be a GOV.UK Notify API key: its name, then the service id and the secret key'))),
  /** The Notify email template: subject `((subject))`, body `((message))`. */
  INBOX_NOTIFY_EMAIL_TEMPLATE_ID: z.optional(z.uuid('should be the template ID Notify shows, like f33517ff-2a88-4f6e-b855-c550268ce08a')),
  /** The Notify text message template: body `((message))`. */
  INBOX_NOTIFY_SMS_TEMPLATE_ID: z.optional(z.uuid('should be the template ID Notify shows, like f33517ff-2a88-4f6e-b855-c550268ce08a')),
  /** How often the inbox looks for check-ins that are due, in minutes. */
  INBOX_CHECK_IN_EVERY_MINUTES: integer(1, 1440, 15),
});

/** Check-ins, when set up: the page links open, and the email they go by (else staff copy messages). */
export interface CheckInConfig {
  url: string;
  serviceName: string;
  servicePhone: string | undefined;
  smtp: { url: string; from: string } | undefined;
  /** GOV.UK Notify, when set: tried before SMTP, and it can send texts too. */
  notify?: { apiKey: string; emailTemplateId?: string; smsTemplateId?: string } | undefined;
  everyMinutes: number;
}

export interface InboxConfig {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  corsOrigins: string[];
  referencePrefix: string;
  bodyLimitBytes: number;
  ratePerMinute: number;
  tls: { cert: string; key: string } | undefined;
  tlsByProxy: boolean;
  retentionDays: number;
  publicOrigin: string | undefined;
  serviceName: string | undefined;
  /** Unset: no check-in links are made (the inbox says so once when it starts). */
  checkIns?: CheckInConfig | undefined;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

export type ConfigResult = { ok: true; config: InboxConfig } | { ok: false; problems: Problem[] };

/** The inbox's settings from the environment, or every problem with them, by variable name. */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  // Empty variables count as unset: `PORT= npm run inbox` means the default, not an error.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = InboxEnv.safeParse(given, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error.issues) };
  const e = parsed.data;
  const problems: Problem[] = [];
  if (Boolean(e.INBOX_TLS_CERT) !== Boolean(e.INBOX_TLS_KEY)) {
    problems.push({ code: 'not-valid', path: e.INBOX_TLS_CERT ? 'INBOX_TLS_KEY' : 'INBOX_TLS_CERT', detail: 'is needed with the other: give both the certificate and its key' });
  }
  const tls = e.INBOX_TLS_CERT && e.INBOX_TLS_KEY ? { cert: e.INBOX_TLS_CERT, key: e.INBOX_TLS_KEY } : undefined;
  // Referrals carry health data: never in clear text over a network.
  if (!isLoopback(e.HOST) && !tls && !e.INBOX_TLS_BY_PROXY) {
    problems.push({
      code: 'not-valid',
      path: 'HOST',
      detail: `is ${e.HOST}, which is not loopback: give INBOX_TLS_CERT and INBOX_TLS_KEY, or set INBOX_TLS_BY_PROXY=true if a proxy in front terminates TLS`,
    });
  }
  if (e.INBOX_SMTP_URL && !e.INBOX_SMTP_FROM) problems.push({ code: 'not-valid', path: 'INBOX_SMTP_FROM', detail: 'is needed with INBOX_SMTP_URL: the address check-in emails come from' });
  if (e.INBOX_NOTIFY_API_KEY && !e.INBOX_NOTIFY_EMAIL_TEMPLATE_ID && !e.INBOX_NOTIFY_SMS_TEMPLATE_ID) {
    problems.push({ code: 'not-valid', path: 'INBOX_NOTIFY_EMAIL_TEMPLATE_ID', detail: 'or INBOX_NOTIFY_SMS_TEMPLATE_ID is needed with INBOX_NOTIFY_API_KEY: the Notify template check-ins go by' });
  }
  if (e.INBOX_CHECK_IN_URL && !e.INBOX_SERVICE_NAME) problems.push({ code: 'not-valid', path: 'INBOX_SERVICE_NAME', detail: 'is needed with INBOX_CHECK_IN_URL: a check-in message says who it is from' });
  if (problems.length) return { ok: false, problems };
  const checkIns: CheckInConfig | undefined = e.INBOX_CHECK_IN_URL
    ? {
        url: e.INBOX_CHECK_IN_URL,
        serviceName: e.INBOX_SERVICE_NAME!,
        servicePhone: e.INBOX_SERVICE_PHONE,
        smtp: e.INBOX_SMTP_URL && e.INBOX_SMTP_FROM ? { url: e.INBOX_SMTP_URL, from: e.INBOX_SMTP_FROM } : undefined,
        ...(e.INBOX_NOTIFY_API_KEY
          ? {
              notify: {
                apiKey: e.INBOX_NOTIFY_API_KEY,
                ...(e.INBOX_NOTIFY_EMAIL_TEMPLATE_ID ? { emailTemplateId: e.INBOX_NOTIFY_EMAIL_TEMPLATE_ID } : {}),
                ...(e.INBOX_NOTIFY_SMS_TEMPLATE_ID ? { smsTemplateId: e.INBOX_NOTIFY_SMS_TEMPLATE_ID } : {}),
              },
            }
          : {}),
        everyMinutes: e.INBOX_CHECK_IN_EVERY_MINUTES,
      }
    : undefined;
  return {
    ok: true,
    config: {
      host: e.HOST,
      port: e.PORT,
      databaseUrl: e.DATABASE_URL,
      dataDir: e.INBOX_DATA_DIR,
      corsOrigins: e.INBOX_CORS_ORIGINS,
      referencePrefix: e.INBOX_REFERENCE_PREFIX,
      bodyLimitBytes: e.INBOX_BODY_LIMIT_BYTES,
      ratePerMinute: e.INBOX_RATE_LIMIT_PER_MINUTE,
      tls,
      tlsByProxy: e.INBOX_TLS_BY_PROXY,
      retentionDays: e.INBOX_RETENTION_DAYS,
      publicOrigin: e.INBOX_PUBLIC_URL,
      serviceName: e.INBOX_SERVICE_NAME,
      checkIns,
    },
  };
}
