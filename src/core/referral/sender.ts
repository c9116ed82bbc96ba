import type { Referral } from '../model/referral.ts';
import { submitReferral, type SubmitOptions, type SubmitResult } from './submit.ts';

/**
 * The guard between a button and the network. While a referral is on its way, another send
 * (a double click, Enter pressed twice, "Try again" tapped early) joins the same attempt instead
 * of starting a second one; once one has been sent, sending it again returns the same result.
 */
export class ReferralSender {
  private inFlight: Promise<SubmitResult> | undefined;
  private readonly sent = new Map<string, SubmitResult>();

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  send(referral: Referral, options: SubmitOptions): Promise<SubmitResult> {
    const done = this.sent.get(referral.id);
    if (done) return Promise.resolve(done);
    this.inFlight ??= submitReferral(referral, options)
      .then((result) => {
        if (result.ok) this.sent.set(referral.id, result);
        return result;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }
}
