import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.ts';

type Controls = ReturnType<typeof configureLocalization>;

// One chunk a language, loaded only when asked for: English, the source, needs no request.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ar: () => import('./generated/ar.ts'),
  bn: () => import('./generated/bn.ts'),
  cy: () => import('./generated/cy.ts'),
  pl: () => import('./generated/pl.ts'),
  ur: () => import('./generated/ur.ts'),
};

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
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
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
  if (!c || c.getLocale() === locale) return;
  await c.setLocale(locale);
}
