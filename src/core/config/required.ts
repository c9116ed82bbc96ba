import type { WaymarkConfig } from '../model/config.ts';
import type { Problem } from '../model/problems.ts';

/**
 * Settings the schema leaves optional, because only some elements need them. An element names
 * the ones it needs (`static requires`), and `resolveConfig` reports any that are missing the
 * same way as every other mistake: on the page, in the console and as `waymark-config-error`.
 */
const REQUIRED = {
  'directory.src': {
    present: (config: WaymarkConfig) => Boolean(config.directory.src),
    problem: (): Problem => ({ code: 'setting-missing', setting: 'directory-src', path: 'directory-src' }),
  },
  'referral.endpoint': {
    present: (config: WaymarkConfig) => Boolean(config.referral.endpoint),
    problem: (): Problem => ({ code: 'setting-missing', setting: 'endpoint', path: 'referral.endpoint' }),
  },
} as const;

export type RequiredSetting = keyof typeof REQUIRED;

/** A problem for each required setting the config lacks, in the order they were named. */
export function missingSettings(config: WaymarkConfig, required: readonly RequiredSetting[]): Problem[] {
  return required.filter((name) => !REQUIRED[name].present(config)).map((name) => REQUIRED[name].problem());
}
