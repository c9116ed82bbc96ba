import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
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
import { DEFAULT_HEADING_LEVEL, toHeadingLevel } from './heading.ts';
import { LocaleController } from './locale-controller.ts';
import { renderLanguagePicker } from './language-picker.ts';
import { KioskController } from './kiosk-controller.ts';
import { forgetAll, sweepExpired } from '../state/device-storage.ts';

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
  /** Waiting-room kiosk mode: larger targets, no autofill, nothing saved, and it starts again after `kiosk.idleSeconds`. */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /**
   * The level of this element's own top headings, 1 to 6 (default 2, below the host page's h1);
   * the rest nest below it. A journey sets its steps one below its own step headings.
   */
  @property({ attribute: 'heading-level', converter: { fromAttribute: toHeadingLevel } }) headingLevel = DEFAULT_HEADING_LEVEL;

  protected readonly configController = new ConfigController(this);
  protected readonly localeController = new LocaleController(this);
  /** The one way this element moves focus after a render (see focus-controller.ts). */
  protected readonly focusController = new FocusController(this);
  /** @internal */
  protected readonly kioskSession = new KioskController(this);
  /**
   * Bumped by every `reset()`. Work that started before (a send, a lookup) compares its number
   * with this when it ends, and drops its result if the element has started again since: one
   * person's answer never reaches the next person's screen. Also keys the DOM, so nothing typed survives.
   */
  protected generation = 0;
  /**
   * In an isolated frame whose host page runs a kiosk: kiosk mode here too (nothing stored, no
   * autofill), with the host's timer. @internal
   */
  kioskFromHost = false;

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
    // Every element enforces the fixed expiry of anything Waymark kept on this device.
    sweepExpired();
    void useMessages('common');
    void useMessages((this.constructor as typeof WaymarkElement).messages);
  }

  /** The validated config, once it has loaded. */
  get resolvedConfig(): WaymarkConfig | undefined {
    const result = this.configController.result;
    return result?.ok ? result.config : undefined;
  }

  /** Kiosk mode, from the attribute, the config, or a kiosk host page (isolated mode). */
  get kioskMode(): boolean {
    return this.kiosk || this.kioskFromHost || Boolean(this.resolvedConfig?.kiosk.enabled);
  }

  /** @internal */
  get runsKioskSession(): boolean {
    return this.kioskMode && !this.kioskFromHost && !this.nested;
  }

  /** @internal */
  get kioskTimes(): { idleSeconds: number; countdownSeconds: number } | undefined {
    const kiosk = this.resolvedConfig?.kiosk;
    return kiosk && { idleSeconds: kiosk.idleSeconds, countdownSeconds: kiosk.countdownSeconds };
  }

  /** True while a referral is on its way, here or in an element inside this one. @internal */
  get busy(): boolean {
    return this.innerElements().some((inner) => inner.busy);
  }

  /**
   * Forgets everything and starts again: every answer, every element inside this one, anything
   * kept on this device, and the DOM. Results of work begun before are dropped when they come.
   * Kiosk mode calls it when nobody answers "Are you still there?".
   */
  reset(): void {
    for (const inner of this.innerElements()) inner.reset();
    this.generation += 1;
    forgetAll();
    this.focusController.cancel();
    this.forgetState();
    this.kioskSession.restarted();
    this.requestUpdate();
  }

  /** The level of this element's top headings, checked (a script may set anything). */
  protected get topHeading(): number {
    return toHeadingLevel(this.headingLevel);
  }

  /** @internal */
  focusHeading(): void {
    this.focusController.request({ heading: true });
  }

  /** Each element forgets its own state here. */
  protected forgetState(): void {}

  /** Whether work begun in `generation` may still change what this element shows. */
  protected isCurrent(generation: number): boolean {
    return generation === this.generation;
  }

  /** Tells an element around this one (a journey) that `busy` changed. Not bubbling: it is not for the page. */
  protected busyChanged(): void {
    this.dispatchEvent(new Event('waymark-busy'));
  }

  private innerElements(): WaymarkElement[] {
    return [...(this.shadowRoot?.querySelectorAll('*') ?? [])].filter((el): el is WaymarkElement => el instanceof WaymarkElement);
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
          : renderConfigProblems([{ code: 'internal', detail: String(error), path: '(internal)' }]),
    });
    // lang and dir on a wrapper inside the shadow root: the host's own attributes belong to the page.
    const locale = currentLocale();
    return html`<div class="waymark-root" lang=${locale} dir=${directionOf(locale)}>${keyed(this.generation, content)}${this.kioskSession.render()}</div>`;
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
