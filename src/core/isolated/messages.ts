import { z } from '../model/zod.ts';

/**
 * What an isolated request-a-call frame tells the page around it: that its form is ready to hear
 * from the host (`ready`), its height, the events a host may count, and, for a kiosk on the host
 * page, that someone is using it (`activity`) and whether a send is on its way (`busy`). Never
 * what the person typed: that is the point of isolating the form.
 */
export const FrameMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('waymark:ready') }),
  z.object({ type: z.literal('waymark:resize'), height: z.number().check(z.gte(0), z.lte(20000)) }),
  z.object({ type: z.literal('waymark:activity') }),
  z.object({ type: z.literal('waymark:busy'), busy: z.boolean() }),
  z.object({
    type: z.literal('waymark:event'),
    name: z.enum(['waymark-step', 'waymark-referral-sent', 'waymark-referral-failed']),
    detail: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;

/**
 * What the host page tells its frame: `kiosk`, the host runs a kiosk session, so the frame keeps
 * nothing on the device, offers no autofill, and leaves the idle timer to the host (which starts
 * the next person with a new frame).
 */
export const HostMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('waymark:kiosk') })]);
export type HostMessage = z.infer<typeof HostMessage>;

/** Accepts a message only from the page that framed this one, at an origin it was told to trust. */
export function acceptHostMessage(
  event: { origin: string; source: unknown; data: unknown },
  hosts: readonly string[],
  parent: unknown,
): HostMessage | undefined {
  if (!hosts.includes(event.origin) || !parent || event.source !== parent) return undefined;
  const parsed = HostMessage.safeParse(event.data);
  return parsed.success ? parsed.data : undefined;
}

/** The origin of an `isolated-src` URL, or undefined when it is not an absolute http(s) URL. */
export function frameOrigin(src: string, base: string): string | undefined {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Accepts a message only from the exact frame Waymark made, at the exact origin it was given:
 * any other window or origin on the page could otherwise fake a "sent" event or a height.
 */
export function acceptFrameMessage(
  event: { origin: string; source: unknown; data: unknown },
  expectedOrigin: string | undefined,
  frame: unknown,
): FrameMessage | undefined {
  if (!expectedOrigin || event.origin !== expectedOrigin || !frame || event.source !== frame) return undefined;
  const parsed = FrameMessage.safeParse(event.data);
  return parsed.success ? parsed.data : undefined;
}

/** The host origins a frame may talk to, from its `isolated-hosts` attribute. */
export function allowedHosts(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/\s+/)
    .map((origin) => frameOrigin(origin, 'https://invalid.invalid'))
    .filter((origin): origin is string => Boolean(origin) && origin !== 'https://invalid.invalid');
}
