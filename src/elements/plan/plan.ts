import { html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Activity, NextDate } from '../../core/model/activity.ts';
import type { WaymarkConfig } from '../../core/model/config.ts';
import { clockText, costText, howToJoinText, whenText, whereText } from '../../words/describe.ts';
import { firstVisitText } from '../../words/first-visit.ts';
import { ukToday, upcomingDate } from '../../core/plan/next-date.ts';
import { dateText } from '../../words/intl.ts';
import { downloadIcs } from './calendar.ts';
import { planDateText, planText } from '../../words/plan-text.ts';
import { localText } from '../../core/text/local-text.ts';
import { safeHref } from '../../core/text/safe-href.ts';
import { plainLine } from '../../core/text/plain-line.ts';
import { telHref } from '../../core/text/phone.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { activitiesChosen } from './counts.ts';
import { emit, type PlanChangeDetail } from '../../events.ts';
import { LazyController } from '../../platform/lazy-controller.ts';
import { lazy } from '../../core/lazy.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { renderUrgentForPrint } from '../../views/urgent-contacts.ts';
import { renderQrCode } from '../../views/qr-code.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';
import { formStyles } from '../../views/form/index.ts';
import { PagePlanController } from '../../platform/page-plan-controller.ts';
import { renderSaveProgress } from '../../views/save-progress.ts';
import { choosePlanSaving, forgetPagePlan, pagePlan, restorePagePlan } from '../../state/page-plan.ts';
import { hasSavedProgress } from '../../state/saved-progress.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { planStyles } from './plan.styles.ts';


const loadQr = lazy(() => import('../../core/plan/qr.ts'));

/**
 * My plan: the activities a person chose, with when, where, cost and how to join; a print view
 * that makes a tidy handout; and a QR code holding the plan's text (nothing about the person).
 * It shows `activities`: a journey sets them, as a host page's script can; removing one fires
 * `waymark-plan-change`, and the journey (or the page) keeps its own copy in step.
 * Standing alone beside a `<waymark-finder>`, it needs no script: it shows what the finder adds
 * (each `waymark-plan-change` on the page), and offers "Save my progress on this device", the only
 * way the plan outlives a reload (see state/page-plan.ts).
 *
 * @fires waymark-plan-change - `{ activityIds, activities }` after an activity is removed.
 * @csspart plan - The list of chosen activities.
 * @csspart qr - The QR code.
 */
@localized()
export class WaymarkPlan extends WaymarkElement {
  static override styles = [tokens, base, formStyles, urgentContactsStyles, planStyles];
  protected static override messages = 'plan' as const;

  /** The chosen activities. */
  @property({ attribute: false }) activities: Activity[] = [];

  @state() private announcement = '';
  /** The QR encoder, loaded once the plan is on screen: pages without a plan never fetch it. */
  private readonly qrCode = new LazyController(this, loadQr, 'its QR code maker');
  private readonly pagePlan = new PagePlanController(this, (detail, joining) => this.heardPlan(detail, joining));
  private triedRestore = false;

  /** The activities shown. */
  get plan(): Activity[] {
    return this.activities;
  }

  /** The person's plan: forgotten when a kiosk starts again (inside a journey, the journey forgets its copy too). */
  protected override forgetState(): void {
    this.activities = [];
    this.announcement = '';
    forgetPagePlan();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.resolvedConfig && !this.triedRestore && this.pagePlan.standsAlone && !this.kioskMode) {
      this.triedRestore = true;
      void this.restorePlan();
    }
  }

  override render() {
    return this.withConfig((config) => this.renderPlan(config));
  }

  private renderPlan(config: WaymarkConfig) {
    const locale = currentLocale();
    const serviceName = localText(config.service.name, locale);
    const phone = config.service.phone;
    const today = planDateText(new Date(), locale);
    const plan = this.plan;
    return staticHtml`
      <div class="print-only handout-header">
        <p><strong>${serviceName ?? msg('Social prescribing')}</strong></p>
        <p>${msg(str`Your plan, made on ${today}`)}</p>
      </div>
      <${h(this.topHeading)} data-step-heading tabindex="-1">${msg('My plan')}</${h(this.topHeading)}>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${plan.length === 0
        ? html`<p>${msg('Your plan is empty. Find activities you like and choose "Add to my plan".')}</p>`
        : html`
            <p class="no-print">${activitiesChosen(plan.length)}</p>
            <ul class="plan-list" part="plan">
              ${plan.map((activity) => this.renderItem(activity, locale))}
            </ul>
            ${this.renderTakeAway(plan, serviceName, phone, locale)}
          `}
      ${phone
        ? html`<p class="handout-footer">
            ${serviceName ? msg(str`Questions? Call ${serviceName} on`) : msg('Questions? Call')}
            <a href=${telHref(phone)}>${phone}</a>.
          </p>`
        : nothing}
      ${this.pagePlan.standsAlone && !this.kioskMode ? this.renderSave() : nothing}
      ${renderUrgentForPrint(config, locale, this.topHeading + 1)}
    `;
  }

  private renderSave() {
    return renderSaveProgress({
      saving: pagePlan.get().saving,
      saved: hasSavedProgress(),
      onChange: (on) => choosePlanSaving(on, this.activities),
      onDelete: () => choosePlanSaving(false, []),
    });
  }

  /** A finder (or another plan) on the page changed the plan. */
  private heardPlan(detail: PlanChangeDetail, joining: boolean) {
    if (joining && this.activities.length) return;
    this.activities = detail.activities ?? this.activities.filter((a) => detail.activityIds.includes(a.id));
  }

  /** The plan saved on this device, if the person chose to save it; a plan set or heard since wins. */
  private async restorePlan() {
    const generation = this.generation;
    const before = this.activities;
    const saved = await restorePagePlan();
    if (saved && this.isCurrent(generation) && this.activities === before) this.activities = saved;
  }

  private renderItem(activity: Activity, locale: string) {
    // What is printed and taken away: directory text as plain lines (see core/text/plain-line.ts),
    // each with `dir="auto"` so English in an Arabic plan keeps its punctuation where it belongs.
    const next = upcomingDate(activity, ukToday(new Date()));
    const facts: [string, string | undefined][] = [
      [msg('When'), whenText(activity, locale)],
      [msg('Next date'), next && nextDateText(next, locale)],
      [msg('Where'), whereText(activity)],
      [msg('Cost'), costText(activity)],
      [msg('How to join'), howToJoinText(activity)],
      [msg('Your first visit'), firstVisitText(activity)],
    ];
    const name = plainLine(activity.name);
    const phone = activity.contact.phone && plainLine(activity.contact.phone);
    const website = safeHref(activity.contact.website);
    return staticHtml`
      <li class="plan-item" data-activity-id=${activity.id}>
        <${h(this.topHeading + 1)} dir="auto">${name}</${h(this.topHeading + 1)}>
        ${activity.organisation ? html`<p class="plan-item__org" dir="auto">${plainLine(activity.organisation.name)}</p>` : nothing}
        <dl class="facts">
          ${facts.map(([label, value]) => (value ? html`<dt>${label}</dt><dd dir="auto">${plainLine(value)}</dd>` : nothing))}
          ${phone ? html`<dt>${msg('Phone')}</dt><dd dir="auto"><a href=${telHref(phone)}>${phone}</a></dd>` : nothing}
          ${website ? html`<dt>${msg('Website')}</dt><dd dir="auto"><a href=${website}>${website}</a></dd>` : nothing}
        </dl>
        ${next
          ? html`<button type="button" class="button button--secondary no-print calendar-button" @click=${() => downloadIcs(activity, next)}>
              ${msg('Add to calendar')}<span class="visually-hidden">: ${name}</span>
            </button>`
          : nothing}
        <button type="button" class="link-button no-print" @click=${() => this.removeActivity(activity)}>
          ${msg('Remove')}<span class="visually-hidden"> ${name} ${msg('from your plan')}</span>
        </button>
      </li>
    `;
  }

  private renderTakeAway(plan: Activity[], serviceName: string | undefined, phone: string | undefined, locale: string) {
    const options = { serviceName, servicePhone: phone, locale, date: new Date() };
    const qr = this.qrCode.value;
    const matrix = qr && (qr.qrMatrix(planText(plan, options)) ?? qr.qrMatrix(planText(plan, { ...options, brief: true })));
    return staticHtml`
      <${h(this.topHeading + 1)}>${msg('Take your plan with you')}</${h(this.topHeading + 1)}>
      <div class="take-away">
        ${matrix
          ? html`<figure class="take-away__qr">
              ${renderQrCode(matrix, qr!.qrPath(matrix), 'qr-caption')}
              <figcaption id="qr-caption" class="hint">${msg('QR code of your plan. Scan it with your phone camera to keep a copy.')}</figcaption>
            </figure>`
          : nothing}
        <div class="plan-actions no-print">
          <button type="button" class="button button--secondary" @click=${() => window.print()}>${msg('Print your plan')}</button>
        </div>
      </div>
    `;
  }

  private removeActivity(activity: Activity) {
    this.activities = this.activities.filter((a) => a.id !== activity.id);
    this.announcement = msg(str`${activity.name} was removed from your plan.`);
    emit(this, 'waymark-plan-change', { activityIds: this.activities.map((a) => a.id), activities: this.activities });
    // The button that had focus is gone: put focus somewhere sensible, the plan's heading.
    this.focusController.request({ heading: true });
  }
}

/** "6 January 2027 at 10am": a next date in the person's language. */
function nextDateText(next: NextDate, locale: string): string {
  const day = dateText(new Date(`${next.date}T00:00:00Z`), locale);
  return next.starts ? msg(str`${day} at ${clockText(next.starts, locale)}`) : day;
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-plan': WaymarkPlan;
  }
}
