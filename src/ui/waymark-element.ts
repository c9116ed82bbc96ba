import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { WaymarkConfig } from '../core/model/config.ts';
import type { RequiredSetting } from '../core/config/required.ts';
import { localText } from '../core/text/local-text.ts';
import { directionOf } from '../core/text/choose-locale.ts';
import { currentLocale } from '../i18n/locale.ts';
import { useMessages } from '../i18n/localization.ts';
import type { MessagePart } from '../i18n/generated/parts.ts';
import { CheckerNotLoaded, ConfigController } from './config-controller.ts';
import { renderConfigProblems, renderLoading, renderNotLoaded } from './config-problems.ts';
import { FocusController } from './focus-controller.ts';
import { LocaleController } from './locale-controller.ts';
import { renderLanguagePicker } from './language-picker.ts';

/**
 * What every public Waymark element shares: the four ways to give config, validated once at
 * the edge. Subclasses render through `withConfig`, which covers loading and bad config.
 * The tags below are inherited by every element in the custom-elements manifest.
 *
 * @fires waymark-config-error - The config has problems: `{ problems }`, each with a path. Also shown for the site editor.
 * @csspart config-problems - What shows instead of the element when its config is wrong.
 * @csspart language-picker - The list of languages, when config turns the picker on.
 * @cssprop [--waymark-color-text=#212b32] - Body text.
 * @cssprop [--waymark-color-secondary-text=#4c6272] - Hints and secondary text.
 * @cssprop [--waymark-color-link=#005eb8] - Links and link-style buttons.
 * @cssprop [--waymark-color-link-visited=#330072] - Visited links.
 * @cssprop [--waymark-color-primary=#007f3b] - Main buttons ("Continue", "Add to my plan") and the confirmation panel.
 * @cssprop [--waymark-color-primary-dark=#00401e] - The shadow under main buttons.
 * @cssprop [--waymark-color-secondary=#005eb8] - Secondary buttons, insets and the current step.
 * @cssprop [--waymark-color-focus=#ffeb3b] - The focus highlight.
 * @cssprop [--waymark-color-focus-text=#212b32] - Text on the focus highlight.
 * @cssprop [--waymark-color-error=#d5281b] - Error messages and the error summary's border.
 * @cssprop [--waymark-color-urgent=#d5281b] - Urgent help.
 * @cssprop [--waymark-color-border=#4c6272] - Borders of inputs.
 * @cssprop [--waymark-color-border-light=#d8dde0] - Borders of panels and cards.
 * @cssprop [--waymark-color-surface=#ffffff] - Panels, cards and inputs.
 * @cssprop [--waymark-color-background=#f0f4f5] - Shaded areas.
 * @cssprop [--waymark-font='Frutiger W01', Arial, sans-serif] - The typeface.
 * @cssprop [--waymark-font-size=max(16px, 1rem)] - The base text size; everything scales from it (kiosk mode: 1.25 times).
 * @cssprop [--waymark-radius=4px] - Corner rounding.
 * @cssprop [--waymark-space=1em] - The space between blocks.
 * @cssprop [--waymark-target-size=2.75em] - Least height and width of buttons (kiosk mode: 3.25em).
 * @cssprop [--waymark-scroll-margin=6em] - Space kept above and below a control scrolled into view; set it to a sticky header's height.
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
  /** The one way this element moves focus after a render (see focus-controller.ts). */
  protected readonly focusController = new FocusController(this);

  /**
   * Whose messages this element shows besides `common`: each language is split by element
   * (scripts/split-locales.ts), and an element loads only its own part when it is first on the page.
   * @internal
   */
  protected static messages: MessagePart;

  /**
   * Settings this element cannot work without. The config check reports any that are missing
   * like every other setup mistake: on the page, in the console and as `waymark-config-error`.
   */
  static readonly requires: readonly RequiredSetting[] = [];

  /** @internal */
  get requiredSettings(): readonly RequiredSetting[] {
    return (this.constructor as typeof WaymarkElement).requires;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void useMessages('common');
    void useMessages((this.constructor as typeof WaymarkElement).messages);
  }

  /** The validated config, once it has loaded. */
  get resolvedConfig(): WaymarkConfig | undefined {
    const result = this.configController.result;
    return result?.ok ? result.config : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeController.sync(this.resolvedConfig?.languages.default ?? 'en');
  }

  private readonly retryConfig = () => {
    // Focus goes to what shows once the config settles, through anything still loading after it.
    this.focusController.request({ heading: true });
    this.configController.retry();
  };

  protected withConfig(render: (config: WaymarkConfig) => TemplateResult | typeof nothing) {
    const content = this.configController.task.render({
      initial: () => renderLoading(),
      pending: () => renderLoading(),
      complete: (result) =>
        result.ok
          ? html`${this.renderPicker(result.config)}${render(result.config)}`
          : renderConfigProblems(result.problems, result.fallbackPhone, localText(result.fallbackName, currentLocale())),
      // The task never throws on bad input: the checker's code did not arrive, or a bug (which
      // still offers urgent numbers).
      error: (error) =>
        error instanceof CheckerNotLoaded
          ? renderNotLoaded(this.retryConfig)
          : renderConfigProblems([{ path: '(internal)', message: String(error) }]),
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
