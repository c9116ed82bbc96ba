import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { FocusTarget } from '../../platform/focus-controller.ts';
import { reportRoute } from '../../core/listing-report/route.ts';
// Types only from the form's module: it carries zod, which the finder loads with its directory code.
import type { ListingReportFieldError, ListingReportForm } from '../../core/listing-report/form.ts';
import type { ListingReport } from '../../core/model/listing-report.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { WAYMARK_VERSION } from '../../version.ts';
import type { FinderCode } from './directory-controller.ts';
import type { ReportStep } from './listing-report.ts';

interface Reporting {
  activity: { id: string; name: string };
  /** Where the card sat in the list, so "Back to results" returns to it. */
  position: number;
  form: ListingReportForm;
  errors: ListingReportFieldError[];
  step: ReportStep;
  /** The report's id: made when the form opens, kept across "Try again" so a retry is the same report. */
  id: string;
  /** The report as first sent: "Try again" sends it again byte for byte, so the inbox knows it for the same. */
  sent?: ListingReport;
  email?: { address: string; href: string };
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly resolvedConfig: WaymarkConfig | undefined;
}

/**
 * "Report a problem with this listing" for the finder: which listing is being reported, the form,
 * and sending it (to the inbox, or as an email the person sends). The rules and the sending are
 * core's (core/listing-report); the view is listing-report.ts, in the finder's loaded code.
 */
export class ListingReportController implements ReactiveController {
  private reporting?: Reporting;
  private sending?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly code: () => FinderCode,
    private readonly focus: (target: FocusTarget) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** Whether the service has anywhere to send a report: no control is offered otherwise. */
  get available(): boolean {
    const config = this.host.resolvedConfig;
    return Boolean(config && reportRoute(config).kind !== 'none');
  }

  get isOpen(): boolean {
    return this.reporting !== undefined;
  }

  open(activity: { id: string; name: string }, position: number): void {
    this.reporting = { activity: { id: activity.id, name: activity.name }, position, form: { note: '' }, errors: [], step: 'form', id: crypto.randomUUID() };
    this.focus({ heading: true });
    this.host.requestUpdate();
  }

  /** Everything forgotten: a kiosk starting again for the next person, or the element leaving the page. */
  forget(): void {
    this.sending?.abort();
    this.sending = undefined;
    this.reporting = undefined;
  }

  render(level: number) {
    const r = this.reporting;
    const config = this.host.resolvedConfig;
    if (!r || !config) return nothing;
    return this.code().renderListingReport({
      activityName: r.activity.name,
      step: r.step,
      form: r.form,
      errors: r.errors,
      by: reportRoute(config).kind === 'inbox' ? 'inbox' : 'email',
      email: r.email,
      root: this.host.shadowRoot,
      level,
      onChange: (form) => this.change(form),
      onSubmit: () => void this.submit(),
      onBack: () => this.close(),
    });
  }

  private change(form: ListingReportForm): void {
    const r = this.reporting!;
    // A report that may have reached the inbox is not changed under its id: what is sent now is a new one.
    const id = r.step === 'failed' ? crypto.randomUUID() : r.id;
    this.reporting = { ...r, form, id, sent: id === r.id ? r.sent : undefined };
    this.host.requestUpdate();
  }

  /** Back to the list. A send on its way carries on: the report may still arrive, and is stored once. */
  private close(): void {
    const position = this.reporting?.position ?? 0;
    this.reporting = undefined;
    this.sending = undefined;
    this.focus({ selector: `.result[data-position="${position}"] .report-button` });
    this.host.requestUpdate();
  }

  private async submit(): Promise<void> {
    const r = this.reporting;
    const config = this.host.resolvedConfig;
    if (!r || !config || r.step === 'sending') return;
    const code = this.code();
    const errors = code.checkListingReport(r.form);
    if (errors.length) {
      this.update({ errors });
      this.focus({ errorSummary: true });
      return;
    }
    const report = r.sent ?? code.buildListingReport(r.activity, r.form, { id: r.id, reportedAt: new Date().toISOString(), widgetVersion: WAYMARK_VERSION, locale: currentLocale() });
    const route = reportRoute(config);
    if (route.kind === 'email') {
      this.update({ errors: [], step: 'email', email: { address: route.address, href: code.listingReportMailto(route.address, report) } });
      this.focus({ heading: true });
      return;
    }
    if (route.kind !== 'inbox') return;
    this.update({ errors: [], step: 'sending', sent: report });
    const sending = (this.sending = new AbortController());
    const sent = await code.sendListingReport(route.endpoint, report, {
      timeoutMs: config.referral.timeoutMs,
      maxAttempts: Math.min(3, config.referral.maxAttempts),
      signal: sending.signal,
    });
    // A kiosk reset or the person going back meanwhile: nothing more to say to them.
    if (sending.signal.aborted || this.reporting?.id !== r.id) return;
    this.sending = undefined;
    if (!sent.ok) console.warn(`[waymark] A listing report was not sent: ${sent.detail}`);
    this.update({ step: sent.ok ? 'sent' : 'failed' });
    this.focus({ heading: true });
  }

  private update(change: Partial<Reporting>): void {
    this.reporting = { ...this.reporting!, ...change };
    this.host.requestUpdate();
  }
}
