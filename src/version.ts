/** Sent with every referral (`source.widgetVersion`) so a service can trace what built it. */
export const WAYMARK_VERSION = '0.1.0';
