import type { WaymarkConfig } from '../model/config.ts';

/** Where a report goes: the service's inbox, else an email address, else nowhere (no control shown). */
export type ReportRoute = { kind: 'inbox'; endpoint: string } | { kind: 'email'; address: string } | { kind: 'none' };

/**
 * `listingReports.endpoint` (the inbox's `/listing-reports`) when set; else an email: the
 * `listingReports.email` a service sets for them, or its own `service.email`.
 */
export function reportRoute(config: Pick<WaymarkConfig, 'listingReports' | 'service'>): ReportRoute {
  const settings = config.listingReports;
  if (settings?.endpoint) return { kind: 'inbox', endpoint: settings.endpoint };
  const address = settings?.email ?? config.service.email;
  return address ? { kind: 'email', address } : { kind: 'none' };
}
