import { html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Activity } from '../../core/model/activity.ts';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { GoalsResult } from '../../core/model/goals.ts';
import type { FieldError } from '../../core/validate/field-error.ts';
import { originText } from '../../words/distance.ts';
import { NEED_AREAS, type NeedAreaId } from '../../core/vocabulary/lists.ts';
import type { RankedActivity, SearchResults } from '../../core/directory/search.ts';
import { goalNeeds } from '../../core/directory/goals.ts';
import { offeredNeedAreas } from '../../core/directory/offered.ts';
import { parsePostcode, type DistanceProblem } from '../../core/geo/postcode.ts';
import type { Origin } from '../../core/geo/outcode-lookup.ts';
import { askDeviceLocation } from '../../core/geo/device-location.ts';
import { localText } from '../../core/text/local-text.ts';
import { telHref } from '../../core/text/phone.ts';
import { emit, type PlanChangeDetail, type WaymarkEvent } from '../../events.ts';
import { lazy } from '../../core/lazy.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { renderLoading } from '../../platform/config-problems.ts';
import { backLink, formStyles, textField } from '../../views/form/index.ts';
import { LazyController } from '../../platform/lazy-controller.ts';
import { PagePlanController } from '../../platform/page-plan-controller.ts';
import { renderSaveProgress } from '../../views/save-progress.ts';
import { choosePlanSaving, forgetPagePlan, pagePlan, restorePagePlan } from '../../state/page-plan.ts';
import { hasSavedProgress } from '../../state/saved-progress.ts';
import { useMessages } from '../../i18n/localization.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { finderStyles } from './finder.styles.ts';
import { workSupportStyles } from '../../views/work-support.styles.ts';
import { DirectoryController, type DirectoryState } from './directory-controller.ts';
import { Announcer } from './announcer.ts';
import type { FilterForm } from './filters.ts';
import { activitiesFound, yourPlan } from './counts.ts';
import { answerChips, chipKey, chipsInForce, chipsToRemove, withChips, withoutChip, withoutChips, type AnswerChip } from '../../core/directory/answer-filters.ts';
import type { Filters } from '../../core/directory/search.ts';
import { workSupportGap } from '../../core/directory/work-gap.ts';
import { renderLoadFailed } from './load-failed.ts';
import { needAreaLabel } from '../../words/need-areas.ts';
import { ListingReportController } from './listing-report-controller.ts';

const loadLookup = lazy(() => import('../../core/geo/outcode-lookup.ts'));
/** The plan, for "Your plan" on a page with no journey: only when someone opens it. */
const loadPlan = lazy(() => Promise.all([import('../plan/define.ts'), useMessages('plan')]));
/** "Print a booklet": its code, words and styles only when someone asks for it. */
const loadBooklet = lazy(() => Promise.all([import('./booklet.ts'), useMessages('finder-booklet')]).then(([code]) => code));
const PAGE_SIZE = 20;
/** Long enough for a person to finish a word before the count is read out. */
const ANNOUNCE_DELAY_MS = 800;

/**
 * The activity finder: search, filter and browse local activities, nearest and most relevant
 * first, and add the ones a person likes to their plan.
 *
 * Standing alone on a page (not in a journey), it keeps the person's plan itself: "Your plan (2)"
 * opens it, to print or scan; a `<waymark-plan>` elsewhere on the page shows the same plan and
 * its changes come back here, with no script; and the plan is kept on the device only if the
 * person ticks "Save my progress on this device" (see state/page-plan.ts).
 *
 * @fires waymark-plan-change - The plan changed; `detail.activityIds` is the whole new plan.
 * @csspart result - Each result in the list.
 * @csspart details - The details view of one activity.
 * @csspart filters - The filters disclosure.
 * @csspart answer-chips - The person's answers shown as removable filters.
 * @csspart distance - The "How far away?" section.
 * @cssprop --waymark-finder-card-gap - Space between results.
 * @cssprop --waymark-color-primary - Colour of the "Add to my plan" buttons.
 */
@localized()
export class WaymarkFinder extends WaymarkElement {
  static override styles = [tokens, base, formStyles, workSupportStyles, finderStyles];
  protected static override messages = 'finder' as const;
  static override readonly requires = ['directory.src'] as const;

  /** Need-area ids to rank first, space-separated, e.g. `needs="loneliness money-debt"`. */
  @property() needs?: string;
  /** The goals questionnaire's result: ranks the person's need areas first. Wins over `needs`. */
  @property({ attribute: false }) goals?: GoalsResult;
  /** Ids of the activities in the person's plan. The finder updates it and fires `waymark-plan-change`. */
  @property({ attribute: false }) plan: string[] = [];

  @state() private query = '';
  @state() private filterForm: FilterForm = { filters: {}, ageText: '' };
  @state() private filtersOpen = false;
  @state() private shown = PAGE_SIZE;
  @state() private origin?: Origin;
  @state() private postcode = '';
  @state() private distanceErrors: FieldError<DistanceProblem>[] = [];
  @state() private locating = false;
  /** The filters the person's answers set: shown as chips while the filters still hold them. */
  @state() private chips: AnswerChip[] = [];
  /** The result shown in the details view, and where it sat in the list. */
  @state() private details?: { result: RankedActivity; position: number };
  /** "Your plan" is open (a stand-alone finder only). */
  @state() private planOpen = false;
  /** "Print a booklet" is open: the activities found, ready to print. */
  @state() private bookletOpen = false;

  private readonly directory = new DirectoryController(this);
  private readonly announcer = new Announcer(this);
  private results?: SearchResults;
  private resultsFor?: DirectoryState;
  private goalList: NeedAreaId[] = [];
  private announcedLoad?: DirectoryState;
  /** Whether no employment support is in reach of someone who asked for help with work. */
  private workGap = false;
  /** The directory, place and distance the last gap event was for: one event each, not one a render. */
  private gapReported?: { state: DirectoryState; key: string };
  /** Planned activities the directory may not hold (saved earlier, or from another element), by id. */
  private readonly known = new Map<string, Activity>();
  private readonly planCode = new LazyController(this, loadPlan, 'its plan');
  private readonly bookletCode = new LazyController(this, loadBooklet, 'its booklet');
  private readonly pagePlan = new PagePlanController(this, (detail, joining) => this.heardPlan(detail, joining));
  private triedRestore = false;
  private readLink = false;
  private readonly listingReport = new ListingReportController(this, () => this.directory.code, (target) => this.focusController.request(target));

  /** The person's search, filters, postcode, location and plan, forgotten when a kiosk starts again. */
  protected override forgetState(): void {
    this.query = '';
    this.filterForm = { filters: {}, ageText: '' };
    this.filtersOpen = false;
    this.shown = PAGE_SIZE;
    this.origin = undefined;
    this.postcode = '';
    this.distanceErrors = [];
    this.locating = false;
    this.details = undefined;
    this.chips = [];
    this.gapReported = undefined;
    this.plan = [];
    this.goals = undefined;
    this.planOpen = false;
    this.bookletOpen = false;
    this.known.clear();
    this.listingReport.forget();
    forgetPagePlan();
  }

  // Untyped PropertyValues: the search inputs are private states.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('needs') || changed.has('goals')) {
      const goals = goalNeeds(this.goals, this.needs);
      this.goalList = goals.needs;
      if (goals.unknown.length) {
        console.warn(`[waymark] <waymark-finder> needs="${this.needs}": not need-area ids: ${goals.unknown.join(', ')}. Use: ${NEED_AREAS.join(', ')}.`);
      }
    }
    if (changed.has('goals')) this.applyAnswers();
    if (this.resolvedConfig && !this.triedRestore && this.pagePlan.standsAlone && !this.kioskMode) {
      this.triedRestore = true;
      void this.restorePlan();
    }
    this.directory.reindexIfLocaleChanged();
    const state = this.directory.state;
    if (state?.ok && !this.readLink) {
      // A booklet's QR code opened this page: start with its need area (core/directory/need-area-link.ts).
      this.readLink = true;
      this.filterForm = { ...this.filterForm, filters: { ...this.directory.code.linkedFilters(location.href), ...this.filterForm.filters } };
    }
    const searchChanged = ['query', 'filterForm', 'origin', 'needs', 'goals'].some((k) => changed.has(k));
    if (state?.ok && (searchChanged || this.resultsFor !== state || !this.results)) {
      this.results = this.searchWith(this.filterForm.filters);
      this.resultsFor = state;
      this.workGap = workSupportGap(state.index, this.goals, { origin: this.origin, maxMiles: this.filterForm.filters.maxMiles });
      if (this.announcedLoad !== state) {
        this.announcedLoad = state;
        this.announcer.say(activitiesFound(this.results.total));
      } else if (searchChanged) {
        this.shown = PAGE_SIZE;
        this.announcer.say(activitiesFound(this.results.total), ANNOUNCE_DELAY_MS);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.workGap) return;
    // Its places to turn are words of their own (scripts/split-locales.ts), loaded only when shown.
    void useMessages('work-support');
    const state = this.directory.state!;
    const key = JSON.stringify([this.origin, this.filterForm.filters.maxMiles]);
    if (this.gapReported?.state === state && this.gapReported.key === key) return;
    this.gapReported = { state, key };
    emit(this, 'waymark-gap', { element: 'waymark-finder', gap: 'work-support' });
  }

  override render() {
    return html`
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      ${this.withConfig((config) => this.renderFinder(config))}
    `;
  }

  private renderFinder(config: WaymarkConfig) {
    return this.directory.task.render({
      initial: () => renderLoading(msg('Loading activities…')),
      pending: () => renderLoading(msg('Loading activities…')),
      complete: (state) => (state?.ok ? this.renderLoaded(config, state) : this.renderFailed(config)),
      error: () => this.renderFailed(config),
    });
  }

  private renderFailed(config: WaymarkConfig) {
    const phone = config.service.phone;
    const name = localText(config.service.name, currentLocale());
    return staticHtml`
      <section class="panel failed" aria-labelledby="failed-title">
        <${h(this.topHeading)} id="failed-title" tabindex="-1">${msg('Sorry, we cannot show activities right now')}</${h(this.topHeading)}>
        <p>${msg('Your internet may not be working. Or there may be a problem with our list of activities.')}</p>
        ${phone
          ? html`<p>
              ${name ? msg(str`To find an activity, call ${name} on`) : msg('To find an activity, call us on')}
              <a href=${telHref(phone)}>${phone}</a>.
            </p>`
          : nothing}
        <button type="button" class="button" @click=${this.retry}>${msg('Try again')}</button>
      </section>
    `;
  }

  private renderLoaded(config: WaymarkConfig, state: Extract<DirectoryState, { ok: true }>) {
    const locale = currentLocale();
    if (this.planOpen && this.pagePlan.standsAlone) return this.renderPlan(config);
    if (this.bookletOpen) return this.renderBooklet(config);
    if (this.listingReport.isOpen) return this.listingReport.render(this.topHeading);
    if (this.details) {
      const { result } = this.details;
      return this.directory.code.renderDetails(result, locale, {
        inPlan: this.plan.includes(result.activity.id),
        origin: this.origin,
        onBack: this.closeDetails,
        onTogglePlan: () => this.togglePlan(result.activity.id, result.activity.name),
        level: this.topHeading,
      });
    }
    const results = this.results!;
    const visible = results.slice(0, this.shown);
    const needAreas = offeredNeedAreas(state.index);
    return staticHtml`
      <section class="finder" aria-labelledby="finder-title">
        <${h(this.topHeading)} id="finder-title" tabindex="-1">${msg('Find activities near you')}</${h(this.topHeading)}>
        ${this.pagePlan.standsAlone
          ? html`<button type="button" class="button button--secondary plan-open" @click=${this.openPlan}>${yourPlan(this.plan.length)}</button>`
          : nothing}
        ${state.directory.incomplete
          ? html`<p class="inset">
              ${msg('Some activities could not be loaded, so this list may be missing some.')}
              <button type="button" class="link-button" @click=${this.retry}>${msg('Try again')}</button>
            </p>`
          : nothing}
        <form class="search" role="search" @submit=${this.submitSearch}>
          ${textField({
            id: 'finder-search',
            label: msg('Search for an activity'),
            hint: msg('For example: walking, art or money.'),
            type: 'search',
            value: this.query,
            autocomplete: 'off',
            spellcheck: false,
            onInput: (value) => (this.query = value),
          })}
          <button type="submit" class="button search__button">${msg('Search')}</button>
        </form>
        ${this.directory.code.renderFilters({
          form: this.filterForm,
          needAreas,
          locale,
          open: this.filtersOpen,
          onToggle: (open) => (this.filtersOpen = open),
          onChange: (form) => (this.filterForm = form),
          onClear: this.clearFilters,
        })}
        ${this.directory.code.renderDistance({
          root: this.shadowRoot,
          canLookUp: Boolean(config.postcodeLookup),
          postcode: this.postcode,
          errors: this.distanceErrors,
          busy: this.locating,
          kiosk: this.kioskMode,
          origin: this.origin,
          onInput: (value) => (this.postcode = value),
          onSubmit: () => void this.usePostcode(config),
          onUseLocation: () => void this.useDeviceLocation(),
          onClear: this.clearOrigin,
          level: this.topHeading + 1,
        })}
        ${this.directory.code.renderAnswerChips({ chips: chipsInForce(this.filterForm.filters, this.chips), locale, onRemove: this.removeChip })}
        ${this.workGap
          ? this.directory.code.renderWorkSupport(config.workSupport, locale, this.topHeading + 1)
          : nothing}
        <${h(this.topHeading + 1)} id="results-title" class="results__title" tabindex="-1">${activitiesFound(results.total)}</${h(this.topHeading + 1)}>
        ${results.total > visible.length
          ? html`<p class="hint">${msg(str`Showing ${visible.length} of ${results.total}.`)}</p>`
          : nothing}
        ${results.total
          ? html`<button type="button" class="button button--secondary booklet-open" @click=${this.openBooklet}>${msg('Print a booklet')}</button>`
          : nothing}
        ${results.total === 0
          ? this.renderNoMatch(locale)
          : html`<ol class="results" role="list">
              ${visible.map((result, i) =>
                this.directory.code.renderResultCard(result, i, locale, {
                  inPlan: this.plan.includes(result.activity.id),
                  onDetails: () => this.openDetails(result, i),
                  onTogglePlan: () => this.togglePlan(result.activity.id, result.activity.name),
                  onReport: this.listingReport.available ? () => this.listingReport.open(result.activity, i) : undefined,
                  level: this.topHeading + 1,
                }),
              )}
            </ol>`}
        ${results.total > visible.length
          ? html`<button type="button" class="button button--secondary show-more" @click=${this.showMore}>
              ${msg(str`Show ${Math.min(PAGE_SIZE, results.total - visible.length)} more`)}
            </button>`
          : nothing}
      </section>
    `;
  }

  private renderNoMatch(locale: string) {
    const filters = this.filterForm.filters;
    return this.directory.code.renderNoMatch({
      inForce: chipsInForce(filters, this.chips),
      toRemove: chipsToRemove(filters, this.chips, (f) => this.searchWith(f).total),
      locale,
      onRemove: this.removeChip,
      onRemoveAll: this.removeAllChips,
    });
  }

  private searchWith(filters: Filters): SearchResults {
    const state = this.directory.state;
    if (!state?.ok) throw new Error('No directory to search');
    return this.directory.code.search(state.index, { text: this.query, filters, goals: this.goalList, origin: this.origin });
  }

  /**
   * The person's answers become filters they can see. New answers replace the last answers' filters
   * (the same answers again change nothing, so a removed chip stays removed); what the person chose
   * in the filter form stays.
   */
  private applyAnswers() {
    const chips = answerChips(this.goals?.preferences);
    const same = chips.length === this.chips.length && chips.every((c, i) => chipKey(c) === chipKey(this.chips[i]!));
    if (same) return;
    this.filterForm = { ...this.filterForm, filters: withChips(withoutChips(this.filterForm.filters, this.chips), chips) };
    this.chips = chips;
  }

  /** Removing a chip widens the search; focus moves to the next chip, or to the count when none is left. */
  private removeChip = (chip: AnswerChip) => {
    const shown = chipsInForce(this.filterForm.filters, this.chips);
    const at = shown.findIndex((c) => chipKey(c) === chipKey(chip));
    const next = shown[at + 1] ?? shown[at - 1];
    this.filterForm = { ...this.filterForm, filters: withoutChip(this.filterForm.filters, chip) };
    const label = this.directory.code.chipLabel(chip, currentLocale());
    this.focusController.request({ selector: next ? `#chip-${chipKey(next)}` : '#results-title' });
    void this.updateComplete.then(() => this.announcer.say(`${msg(str`Removed filter: ${label}.`)} ${activitiesFound(this.results?.total ?? 0)}`));
  };

  private removeAllChips = () => {
    this.filterForm = { ...this.filterForm, filters: withoutChips(this.filterForm.filters, this.chips) };
    this.focusController.request({ selector: '#results-title' });
    void this.updateComplete.then(() => this.announcer.say(activitiesFound(this.results?.total ?? 0)));
  };

  /** "Your plan", in place of the list: the plan element itself, with its print and QR code, and the save box. */
  private renderPlan(config: WaymarkConfig) {
    const back = backLink(this.closePlan, msg('Back to activities'));
    if (this.planCode.failed) return html`${back}${renderLoadFailed('plan-failed-title', msg('Sorry, your plan did not load'), this.topHeading, this.retryPlan)}`;
    if (!this.planCode.value) return renderLoading();
    const { saving } = pagePlan.get();
    return html`
      ${back}
      <waymark-plan data-step-heading heading-level=${this.topHeading} exportparts="plan, qr" .config=${config} ?kiosk=${this.kioskMode}
        .activities=${this.planActivities()} @waymark-plan-change=${this.onPlanViewChange}></waymark-plan>
      ${this.kioskMode
        ? nothing
        : renderSaveProgress({
            saving,
            saved: hasSavedProgress(),
            onChange: (on) => choosePlanSaving(on, this.planActivities()),
            onDelete: () => choosePlanSaving(false, []),
          })}
    `;
  }

  /** The booklet of every activity found, in place of the list, ready to print. */
  private renderBooklet(config: WaymarkConfig) {
    const code = this.bookletCode.value;
    if (this.bookletCode.failed) {
      return html`${backLink(this.closeBooklet, msg('Back to activities'))}
        ${renderLoadFailed('booklet-failed-title', msg('Sorry, the booklet did not load'), this.topHeading, this.retryBooklet)}`;
    }
    if (!code) return renderLoading();
    code.adoptBookletStyles(this.renderRoot as ShadowRoot, WaymarkFinder);
    const results = this.results!;
    return code.renderBooklet({
      activities: results.slice(0, results.total).map((r) => r.activity),
      config,
      locale: currentLocale(),
      pageUrl: location.href,
      needAreaName: needAreaLabel,
      level: this.topHeading,
      onBack: this.closeBooklet,
    });
  }

  private openBooklet = () => {
    this.bookletOpen = true;
    this.focusController.request({ selector: '#booklet-title, #booklet-failed-title' });
  };

  private closeBooklet = () => {
    this.bookletOpen = false;
    this.focusController.request({ selector: '.booklet-open' });
  };

  private retryBooklet = () => {
    this.bookletCode.retry();
    this.focusController.request({ selector: '#booklet-title, #booklet-failed-title' });
  };

  private openPlan = () => {
    this.planOpen = true;
    this.focusController.request({ heading: true });
  };

  private closePlan = () => {
    this.planOpen = false;
    this.focusController.request({ selector: '.plan-open' });
  };

  private retryPlan = () => {
    this.planCode.retry();
    this.focusController.request({ heading: true });
  };

  /** An activity removed in the plan view: that event goes on to the page as this finder's. */
  private onPlanViewChange = (event: WaymarkEvent<'waymark-plan-change'>) => {
    this.plan = [...event.detail.activityIds];
  };

  /** Another stand-alone element on the page changed the plan. */
  private heardPlan(detail: PlanChangeDetail, joining: boolean) {
    if (joining && this.plan.length) return;
    for (const activity of detail.activities ?? []) this.known.set(activity.id, activity);
    this.plan = [...detail.activityIds];
  }

  /** The plan saved on this device, if the person chose to save it; what they did since wins. */
  private async restorePlan() {
    const generation = this.generation;
    const before = this.plan;
    const saved = await restorePagePlan();
    if (!saved || !this.isCurrent(generation) || this.plan !== before) return;
    for (const activity of saved) this.known.set(activity.id, activity);
    this.plan = saved.map((a) => a.id);
  }

  /** The planned activities themselves: from the directory, else as they were when chosen. */
  private planActivities(): Activity[] {
    const state = this.directory.state;
    const all = state?.ok ? state.directory.activities : [];
    return this.plan.map((id) => all.find((a) => a.id === id) ?? this.known.get(id)).filter((a) => a !== undefined);
  }

  private submitSearch = (e: Event) => {
    e.preventDefault();
    this.announcer.say(activitiesFound(this.results?.total ?? 0));
    this.focusController.request({ selector: '#results-title' });
  };

  private showMore = () => {
    const first = this.shown;
    this.shown += PAGE_SIZE;
    // Focus goes to the first new result, so keyboard and screen reader users carry on from there.
    this.focusController.request({ selector: `#result-${first}` });
  };

  private openDetails(result: RankedActivity, position: number) {
    this.details = { result, position };
    this.focusController.request({ selector: '#details-title' });
  }

  private closeDetails = () => {
    const position = this.details?.position ?? 0;
    this.details = undefined;
    this.focusController.request({ selector: `.result[data-position="${position}"] .details-button` });
  };

  private togglePlan(id: string, name: string) {
    const inPlan = this.plan.includes(id);
    this.plan = inPlan ? this.plan.filter((p) => p !== id) : [...this.plan, id];
    this.announcer.say(inPlan ? msg(str`Removed from your plan: ${name}`) : msg(str`Added to your plan: ${name}`));
    emit(this, 'waymark-plan-change', { activityIds: [...this.plan], activities: this.planActivities() });
  }

  private clearFilters = () => {
    this.filterForm = { filters: {}, ageText: '' };
    this.focusController.request({ selector: '.filters__summary' });
  };

  private retry = () => {
    this.directory.retry();
    this.focusController.request({ selector: '#finder-title, #failed-title' });
  };

  private showDistanceError(field: string, problem: DistanceProblem) {
    this.distanceErrors = [{ ...problem, field }];
    this.focusController.request({ errorSummary: true });
  }

  private async usePostcode(config: WaymarkConfig) {
    const check = parsePostcode(this.postcode);
    if (!check.ok) return this.showDistanceError('finder-postcode', { code: `postcode.${check.reason}` });
    if (!config.postcodeLookup) return;
    const generation = this.generation;
    this.locating = true;
    // The lookup checks the reply with zod: its code loads only when someone uses a postcode.
    const found = await loadLookup()
      .then(({ lookupOutcode }) => lookupOutcode(config.postcodeLookup!, check.outcode))
      .catch((error: unknown) => ({ ok: false, reason: 'unavailable', detail: String(error) }) as const);
    // A kiosk started again meanwhile: the last person's area is not the next person's.
    if (!this.isCurrent(generation)) return;
    this.locating = false;
    if (!found.ok) {
      console.warn(`[waymark] Postcode lookup failed: ${found.detail}`);
      return this.showDistanceError('finder-postcode', { code: `postcode.${found.reason}` });
    }
    this.setOrigin(found.origin);
  }

  private useDeviceLocation = async () => {
    const generation = this.generation;
    this.locating = true;
    const found = await askDeviceLocation();
    if (!this.isCurrent(generation)) return;
    this.locating = false;
    if (!found.ok) return this.showDistanceError('finder-use-location', { code: `location.${found.reason}` });
    this.setOrigin(found.origin);
  };

  private setOrigin(origin: Origin) {
    this.distanceErrors = [];
    this.origin = origin;
    void this.updateComplete.then(() => {
      const total = this.results?.total ?? 0;
      this.announcer.say(`${msg(str`Showing distances from ${originText(origin)}, nearest first.`)} ${activitiesFound(total)}`);
    });
  }

  private clearOrigin = () => {
    this.origin = undefined;
    this.focusController.request({ selector: this.resolvedConfig?.postcodeLookup ? '#finder-postcode' : '#finder-use-location' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-finder': WaymarkFinder;
  }
}
