import type { NodeBindings } from './http/client.ts';
import type { Db } from './store/db.ts';

/** What request handlers share: the store and how references are made. */
export interface Intake {
  db: Db;
  newReference: () => string;
}

export type AppEnv = {
  Bindings: NodeBindings;
  /** Set by a handler that stored or replayed a referral: the only detail the log keeps. */
  Variables: { reference?: string };
};
