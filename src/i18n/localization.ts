import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.ts';
import { loaders, type MessagePart } from './generated/parts.ts';

type Controls = ReturnType<typeof configureLocalization>;
type Locale = (typeof targetLocales)[number];

/**
 * Each language is split by element (scripts/split-locales.ts): `common` plus one part per
 * element, loaded only when that element is on the page. English, the source, needs no request.
 */
const wanted = new Set<MessagePart>(['common']);
/**
 * One templates object a language, which parts are merged into. @lit/localize keeps the object it
 * was given and reads it on every msg() call, so a part merged in later is seen.
 */
const templates = new Map<Locale, LocaleModule['templates']>();
/** Per language and part; a failed load is dropped, so a later call tries again. */
const loading = new Map<string, Promise<void>>();
/** What `switchLocale` last asked for, which may still be loading. */
let requested: string | undefined;

const isTarget = (locale: string | undefined): locale is Locale => (targetLocales as readonly (string | undefined)[]).includes(locale);

function templatesOf(locale: Locale): LocaleModule['templates'] {
  let known = templates.get(locale);
  if (!known) templates.set(locale, (known = {}));
  return known;
}

function loadPart(locale: Locale, part: MessagePart): Promise<void> {
  const key = `${locale}/${part}`;
  let promise = loading.get(key);
  if (promise) return promise;
  // A part with no chunk of its own has its messages in `common`.
  const load = loaders[locale][part];
  promise = !load
    ? Promise.resolve()
    : load().then(
        (module) => {
          Object.assign(templatesOf(locale), module.templates);
          // A late part (an element added after the language): @lit/localize announces only whole
          // languages, so say it again for elements decorated with @localized() to re-render.
          if (controls?.getLocale() === locale) {
            window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } }));
          }
        },
        (error: unknown) => {
          loading.delete(key);
          console.warn(`[waymark] could not load the ${part} messages in ${locale}; those stay in English.`, error);
        },
      );
  loading.set(key, promise);
  return promise;
}

/** Every part wanted so far, including any wanted while these load, so a language arrives whole. */
async function loadLocale(locale: string): Promise<LocaleModule> {
  if (!isTarget(locale)) return { templates: {} };
  let done = 0;
  while (done < wanted.size) {
    const parts = [...wanted];
    done = parts.length;
    await Promise.all(parts.map((part) => loadPart(locale, part)));
  }
  return { templates: templatesOf(locale) };
}

/**
 * An element on the page needs `part`: loads it for the language shown or being loaded. Resolves
 * when it is merged (or failed, leaving those strings in English).
 */
export async function useMessages(part: MessagePart): Promise<void> {
  wanted.add(part);
  const locales = new Set([controls?.getLocale(), requested].filter(isTarget));
  await Promise.all([...locales].map((locale) => loadPart(locale, part)));
}

let controls: Controls | undefined;
let unavailable = false;

/**
 * Configures @lit/localize once per page. It throws if configured twice, and an embed shares the
 * page with strangers (another widget, a second copy of Waymark): if it is taken, Waymark stays
 * in English rather than break the page.
 */
function localization(): Controls | undefined {
  if (controls || unavailable) return controls;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale,
    });
  } catch (error) {
    unavailable = true;
    console.warn('[waymark] another script on this page has set up @lit/localize; Waymark will show English.', error);
  }
  return controls;
}

export function activeLocale(): string {
  return controls?.getLocale() ?? sourceLocale;
}

/** Switches every Waymark element on the page to `locale`; resolves once its messages are loaded. */
export async function switchLocale(locale: string): Promise<void> {
  const c = localization();
  if (!c) return;
  // Not skipped when `locale` is the one on show: another may be loading, and the last asked wins.
  requested = locale;
  await c.setLocale(locale);
}
