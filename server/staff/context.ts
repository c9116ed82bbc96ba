import type { CheckInConfig } from '../config.ts';
import type { NodeBindings } from '../http/client.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { Db } from '../store/db.ts';
import type { Viewer } from './pages/layout.ts';

/** What the staff screen's handlers share. Made once per app (server/staff/app.ts). */
export interface Staff {
  db: Db;
  now: () => number;
  /** Cookies carry `Secure` (and the `__Host-` prefix): the inbox is reached over HTTPS. */
  secure: boolean;
  /** The origin staff browsers use, when a proxy in front rewrites Host; else the request's own. */
  publicOrigin: string | undefined;
  tlsByProxy: boolean;
  signInLimiter: RateLimiter;
  /** Keys for the sign-in form's token and for hashing emails, shared by every process. */
  secret: () => Promise<Buffer>;
  retentionDays: number;
  serviceName: string | undefined;
  bodyLimitBytes: number;
  /** Check-ins as set up (undefined: not set up). */
  checkIns: CheckInConfig | undefined;
}

export type StaffEnv = {
  Bindings: NodeBindings;
  Variables: {
    reference?: string;
    /** Set by loadSession for a signed-in browser. */
    viewer?: Viewer;
    sessionId?: string;
    /** Why a browser that showed a session cookie is not signed in. */
    ended?: 'expired' | 'ended';
    /** A background request from inbox.js: the list refreshing, the timeout warning asking. */
    background?: boolean;
  };
};
