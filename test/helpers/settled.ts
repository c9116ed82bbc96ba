import type { LitElement } from 'lit';
import { waitUntil } from './wait.ts';

interface WithConfig {
  configController?: { task: { taskComplete: Promise<unknown> } };
}

/** Waits until an element has loaded its config and rendered what followed. */
export async function settled(el: LitElement): Promise<void> {
  const controller = (el as unknown as WithConfig).configController;
  if (controller) await controller.task.taskComplete.catch(() => undefined);
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot?.querySelector('.loading'), 'element still loading');
  await el.updateComplete;
}
