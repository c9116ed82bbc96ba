import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { WaymarkConfig } from '../core/model/config.ts';
import { directionOf } from '../core/text/choose-locale.ts';
import { currentLocale } from '../i18n/locale.ts';
import { ConfigController } from './config-controller.ts';
import { renderConfigProblems, renderLoading } from './config-problems.ts';
import { LocaleController } from './locale-controller.ts';
import { renderLanguagePicker } from './language-picker.ts';

/**
 * What every public Waymark element shares: the four ways to give config, validated once at
 * the edge. Subclasses render through `withConfig`, which covers loading and bad config.
 */
export abstract class WaymarkElement extends LitElement {
  /** URL of a JSON config document. */
  @property({ attribute: 'config-src' }) configSrc?: string;
  /** The whole config as an object (from script or a framework). */
  @property({ attribute: false }) config?: unknown;
  /** Shortcut for `directory.src`. */
  @property({ attribute: 'directory-src' }) directorySrc?: string;
  /** Shortcut for `directory.format`: `waymark`, `oruk` or `oruk-v1`. */
  @property({ attribute: 'directory-format' }) directoryFormat?: string;
  /** Shortcut for `referral.endpoint`. */
  @property() endpoint?: string;
  /** Shortcut for `referral.format`: `json`, `fhir` or `form`. */
  @property({ attribute: 'referral-format' }) referralFormat?: string;
  /** Waiting-room kiosk mode: larger targets, no autofill, nothing saved. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  protected readonly configController = new ConfigController(this);
  protected readonly localeController = new LocaleController(this);

  /** The validated config, once it has loaded. */
  get resolvedConfig(): WaymarkConfig | undefined {
    const result = this.configController.result;
    return result?.ok ? result.config : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeController.sync(this.resolvedConfig?.languages.default ?? 'en');
  }

  protected withConfig(render: (config: WaymarkConfig) => TemplateResult | typeof nothing) {
    const content = this.configController.task.render({
      initial: () => renderLoading(),
      pending: () => renderLoading(),
      complete: (result) =>
        result.ok
          ? html`${this.renderPicker(result.config)}${render(result.config)}`
          : renderConfigProblems(result.problems, result.fallbackPhone, result.fallbackName),
      // The task never throws on bad input; this covers a bug, and still offers urgent numbers.
      error: (error) => renderConfigProblems([{ path: '(internal)', message: String(error) }]),
    });
    // lang and dir on a wrapper inside the shadow root: the host's own attributes belong to the page.
    const locale = currentLocale();
    return html`<div class="waymark-root" lang=${locale} dir=${directionOf(locale)}>${content}</div>`;
  }

  /** Inside another Waymark element (a journey's steps), the outer one owns the picker. */
  private get nested(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName.startsWith('waymark-');
  }

  private renderPicker(config: WaymarkConfig) {
    const { picker, enabled } = config.languages;
    if (!picker || enabled.length < 2 || this.nested) return nothing;
    return renderLanguagePicker(enabled, currentLocale(), (locale) => this.localeController.choose(locale));
  }
}
