import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chooseLocale, type LocaleInputs } from '../core/text/choose-locale.ts';
import { switchLocale } from '../i18n/localization.ts';

/** The nearest `lang` above an element, looking out through shadow roots to `<html lang>`. */
export function pageLanguage(el: Element): string | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Keeps the page's Waymark language in step with this element: its `lang` attribute, the page's
 * `lang`, the service's default, or the person's choice in the picker. @lit/localize has one
 * language per page, so it asks only when its own wish changes: two elements that disagree then
 * settle on the last one asked, instead of switching back and forth for ever.
 */
export class LocaleController implements ReactiveController {
  /** What the person picked in the language picker, if anything. */
  chosen?: string;
  private requested?: string;
  private readonly observer = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Call before each render once config is known. */
  sync(configDefault: LocaleInputs['configDefault']): void {
    const wanted = chooseLocale({
      chosen: this.chosen,
      attribute: this.host.getAttribute('lang'),
      page: pageLanguage(this.host),
      configDefault,
    });
    if (wanted === this.requested) return;
    this.requested = wanted;
    void switchLocale(wanted);
  }

  choose(locale: string): void {
    this.chosen = locale;
    this.host.requestUpdate();
  }
}
