import { WaymarkConfig, type WaymarkConfigInput } from '../model/config.ts';
import { parseWith, type Problem } from '../model/problems.ts';
import type { LocalText } from '../model/common.ts';
import { missingSettings, type RequiredSetting } from './required.ts';

/** The common settings an embedder can give as attributes, already read off the element. */
export interface AttributeSettings {
  directorySrc?: string | null;
  directoryFormat?: string | null;
  endpoint?: string | null;
  referralFormat?: string | null;
  kiosk?: boolean;
}

/** Every place config can come from, weakest first: a URL, a `<script>` child, the property, attributes. */
export interface ConfigSources {
  fromUrl?: unknown;
  fromScript?: unknown;
  fromProperty?: unknown;
  fromAttributes?: AttributeSettings;
  /** Problems found while gathering the sources (a URL that failed, JSON that did not parse). */
  gatherProblems?: Problem[];
  /** Settings the element cannot work without (its `static requires`). */
  required?: readonly RequiredSetting[];
}

export type ConfigResult =
  | { ok: true; config: WaymarkConfig }
  | { ok: false; problems: Problem[]; fallbackPhone?: string; fallbackName?: LocalText };

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else (arrays included) is replaced by the stronger source. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlain(base) || !isPlain(over)) return over;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(base[key], value);
  return out;
}

function attributesAsConfig(a: AttributeSettings = {}): WaymarkConfigInput {
  const config: Plain = {};
  const directory: Plain = {};
  const referral: Plain = {};
  if (a.directorySrc) directory.src = a.directorySrc;
  if (a.directoryFormat) directory.format = a.directoryFormat;
  if (a.endpoint) referral.endpoint = a.endpoint;
  if (a.referralFormat) referral.format = a.referralFormat;
  if (Object.keys(directory).length) config.directory = directory;
  if (Object.keys(referral).length) config.referral = referral;
  if (a.kiosk) config.kiosk = { enabled: true };
  return config as WaymarkConfigInput;
}

function topLevelCheck(name: string, value: unknown): Problem[] {
  return value === undefined || isPlain(value)
    ? []
    : [{ code: 'not-object', path: name }];
}

/** A phone number to offer the public even when the rest of the config is wrong. */
function findPhone(merged: unknown): { phone?: string; name?: string } {
  if (!isPlain(merged) || !isPlain(merged.service)) return {};
  const { phone, name } = merged.service;
  return {
    phone: typeof phone === 'string' && /^\+?[0-9 ]{3,20}$/.test(phone) ? phone : undefined,
    name: typeof name === 'string' ? name : undefined,
  };
}

/**
 * Configs this module has checked. A journey gives its steps the config it checked, as their
 * `config` property: each step then takes it as it is, so a config is checked once per journey.
 */
const checked = new WeakSet<object>();

/** Whether attribute settings say nothing the config does not already say (a journey's `kiosk` on its steps). */
function attributesAgree(config: WaymarkConfig, a: AttributeSettings = {}): boolean {
  return (
    (!a.directorySrc || a.directorySrc === config.directory.src) &&
    (!a.directoryFormat || a.directoryFormat === config.directory.format) &&
    (!a.endpoint || a.endpoint === config.referral.endpoint) &&
    (!a.referralFormat || a.referralFormat === config.referral.format) &&
    (!a.kiosk || config.kiosk.enabled)
  );
}

/** A config checked before, given back with nothing to add: only this element's required settings are new. */
function alreadyChecked(sources: ConfigSources): WaymarkConfig | undefined {
  const given = sources.fromProperty;
  if (typeof given !== 'object' || given === null || !checked.has(given)) return undefined;
  const config = given as WaymarkConfig;
  const alone = sources.fromUrl === undefined && sources.fromScript === undefined && !sources.gatherProblems?.length;
  return alone && attributesAgree(config, sources.fromAttributes) ? config : undefined;
}

/** Merges every source and validates the result once. Pure: no network, no DOM. */
export function resolveConfig(sources: ConfigSources): ConfigResult {
  const known = alreadyChecked(sources);
  if (known) {
    const missing = missingSettings(known, sources.required ?? []);
    return missing.length === 0 ? { ok: true, config: known } : { ok: false, problems: missing, fallbackPhone: known.service.phone, fallbackName: known.service.name };
  }
  const problems: Problem[] = [...(sources.gatherProblems ?? [])];
  problems.push(...topLevelCheck('config-src', sources.fromUrl));
  problems.push(...topLevelCheck('<script type="application/json">', sources.fromScript));
  problems.push(...topLevelCheck('config', sources.fromProperty));

  const layers = [sources.fromUrl, sources.fromScript, sources.fromProperty, attributesAsConfig(sources.fromAttributes)]
    .filter(isPlain);
  const merged = layers.reduce<unknown>((acc, layer) => deepMerge(acc, layer), {});
  const parsed = parseWith(WaymarkConfig, merged);
  if (!parsed.ok) problems.push(...parsed.problems);
  else problems.push(...missingSettings(parsed.value, sources.required ?? []));

  if (problems.length > 0 || !parsed.ok) {
    // A config that only lacks a setting still has a checked phone number and name, in every language.
    const { phone, name } = parsed.ok ? parsed.value.service : findPhone(merged);
    return { ok: false, problems, fallbackPhone: phone, fallbackName: name };
  }
  checked.add(parsed.value);
  return { ok: true, config: parsed.value };
}
