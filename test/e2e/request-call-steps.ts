import type { FrameLocator, Page } from 'playwright-core';

export interface RequestCallAnswers {
  /** "No" to voicemail and texts, Wednesday afternoons best: the safe-contact instructions a link worker must see. */
  unsafeToLeaveMessages?: boolean;
  /** Tick the consent box (a service whose legal basis is consent asks for it). */
  consent?: boolean;
}

/** Fills in `<waymark-request-call>`'s pages with a valid referral for Sam and presses "Send request". */
export async function fillAndSendRequestCall(scope: Page | FrameLocator, fullName = 'Sam Taylor', { unsafeToLeaveMessages = false, consent = false }: RequestCallAnswers = {}): Promise<void> {
  await scope.locator('#fullName').fill(fullName);
  await scope.locator('#dateOfBirth').fill('12');
  await scope.locator('#dateOfBirth-month').fill('4');
  await scope.locator('#dateOfBirth-year').fill('1970');
  await scope.locator('#postcode').fill('AV1 3QT');
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.locator('#phone').fill('07700 900123');
  await scope.locator('#methods').check();
  // Radio ids: the first choice (Yes) is the field's id, the second (No) is `-1`.
  await scope.locator(unsafeToLeaveMessages ? '#voicemailOk-1' : '#voicemailOk').check();
  await scope.locator(unsafeToLeaveMessages ? '#textOk-1' : '#textOk').check();
  if (unsafeToLeaveMessages) {
    await scope.locator('#bestDays-2').check();
    await scope.locator('#bestTimes-1').check();
  }
  await scope.getByRole('button', { name: 'Continue' }).click();
  if (consent) await scope.locator('#consent').check();
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.getByRole('button', { name: 'Send request' }).click();
}
