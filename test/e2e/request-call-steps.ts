import type { FrameLocator, Page } from 'playwright-core';

/** Fills in `<waymark-request-call>`'s pages with a valid referral for Sam and presses "Send request". */
export async function fillAndSendRequestCall(scope: Page | FrameLocator, fullName = 'Sam Taylor'): Promise<void> {
  await scope.locator('#fullName').fill(fullName);
  await scope.locator('#dateOfBirth').fill('12');
  await scope.locator('#dateOfBirth-month').fill('4');
  await scope.locator('#dateOfBirth-year').fill('1970');
  await scope.locator('#postcode').fill('AV1 3QT');
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.locator('#phone').fill('07700 900123');
  await scope.locator('#methods').check();
  await scope.locator('#voicemailOk').check();
  await scope.locator('#textOk').check();
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.getByRole('button', { name: 'Send request' }).click();
}
