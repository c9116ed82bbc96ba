import type { Activity } from '../../../src/core/model/activity.ts';
import { csvProblemText, unreachableText } from '../../../src/core/directory/csv/problems.ts';
import type { DirectoryUpload, DirectoryVersion } from '../../store/directory.ts';
import { html, type Html } from '../html.ts';
import { DAY_NAMES, NEED_AREA_NAMES, dateOnly, dateTime, plural } from '../words.ts';
import { button, fileInput, summaryList, type FieldError } from './form.ts';
import { csrfField, page, type Viewer } from './layout.ts';

// The directory's pages: what is published and where, the upload form, the preview before
// Publish, and the listings nobody has checked lately. Problems with the sheet are worded by
// core (csvProblemText), exactly as the command line words them.

export const UPLOAD_LIMIT_TEXT = '1 MB';
/** How many activities the preview shows, so a manager sees what the finder will show. */
const SAMPLE_SIZE = 10;

const activities = (n: number) => plural(n, 'activity', 'activities');

function published(version: DirectoryVersion): string {
  return `${dateTime(version.publishedAt)}${version.publishedByName ? ` by ${version.publishedByName}` : ''}`;
}

export interface DirectoryPageData {
  viewer: Viewer;
  canPublish: boolean;
  /** The newest version first; the first is live. */
  versions: readonly DirectoryVersion[];
  /** Where the public reads it: this inbox's /directory.json. */
  publicUrl: string;
  toCheck: number;
  errors?: readonly FieldError[];
  done?: 'published' | 'restored';
}

export function directoryPage({ viewer, canPublish, versions, publicUrl, toCheck, errors = [], done }: DirectoryPageData) {
  const [live, previous] = versions;
  const DONE = {
    published: `The directory is published: ${activities(live?.activityCount ?? 0)}. Finders that read ${publicUrl} show it within a minute.`,
    restored: `The earlier directory is back: ${activities(live?.activityCount ?? 0)}. Finders show it within a minute.`,
  };
  return page({
    title: 'Directory',
    viewer,
    section: 'directory',
    errors,
    done: done && live ? DONE[done] : undefined,
    body: html`
      <h1 class="heading-l">Directory</h1>
      ${live
        ? summaryList([
            { key: 'Published', value: published(live) },
            { key: 'Activities', value: String(live.activityCount) },
            { key: 'Web address', value: html`<a href="${publicUrl}">${publicUrl}</a><div class="hint">Give this to whoever looks after your website. The activity finder reads the directory from here.</div>` },
          ])
        : html`<p>Nothing is published yet, so finders that read ${publicUrl} have nothing to show.${canPublish ? ' Upload a spreadsheet below to publish one.' : ' A manager can publish one.'}</p>`}
      ${live
        ? html`<p><a href="/inbox/directory/unchecked">${toCheck === 0 ? 'Every listing was checked in the last 6 months' : `${plural(toCheck, 'listing has', 'listings have')} not been checked in the last 6 months`}</a></p>
            <p><a href="/inbox/directory/booklet">Print a booklet</a> of the published activities, for people who are not online.</p>`
        : ''}
      ${canPublish ? uploadForm(viewer, errors) : ''}
      ${canPublish && previous ? restoreForm(viewer, previous) : ''}`,
  });
}

function uploadForm(viewer: Viewer, errors: readonly FieldError[]): Html {
  return html`<h2 class="heading-m">Upload a spreadsheet</h2>
    <p>Keep one row for each activity, with the headings from the <a href="/inbox/directory/template.csv">template spreadsheet</a>. You will see what will be published, and any rows with problems, before anything changes.</p>
    <form method="post" action="/inbox/directory/upload" enctype="multipart/form-data" novalidate>
      ${csrfField(viewer)}
      ${fileInput({
        id: 'file',
        label: 'Spreadsheet saved as CSV',
        hint: `In Excel, choose File, then Save a Copy, then "CSV UTF-8". In Google Sheets, choose File, then Download, then CSV. Up to ${UPLOAD_LIMIT_TEXT}.`,
        accept: '.csv,text/csv',
        error: errors.find((e) => e.field === 'file')?.message,
      })}
      ${button('Upload and check')}
    </form>`;
}

function restoreForm(viewer: Viewer, previous: DirectoryVersion): Html {
  return html`<h2 class="heading-m">Put back the previous directory</h2>
    <p>If the last publish was a mistake, you can put back the directory published ${published(previous)}, with ${activities(previous.activityCount)}.</p>
    <form method="post" action="/inbox/directory/restore" novalidate>
      ${csrfField(viewer)}
      <input type="hidden" name="version" value="${previous.id}">
      ${button('Put back the previous directory', { secondary: true })}
    </form>`;
}

/** "Tuesday and Thursday, 10:00 to 12:00": enough for a manager to recognise the row. */
function when(a: Activity): string {
  const sessions = a.schedule.map((s) => {
    const days = s.days.map((d) => DAY_NAMES[d]);
    const dayText = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? '');
    const time = s.opens ? `${s.opens}${s.closes ? ` to ${s.closes}` : ''}` : '';
    return [dayText, time].filter(Boolean).join(', ');
  });
  return sessions.filter(Boolean).join('; ') || a.scheduleDescription || 'Not given';
}

const where = (a: Activity) => {
  const place = a.locations[0];
  return place ? [place.name, place.postcode].filter(Boolean).join(', ') || 'Not given' : a.modes.includes('in-person') ? 'Not given' : 'Online or by phone';
};

function sample(list: readonly Activity[]): Html {
  const shown = list.slice(0, SAMPLE_SIZE);
  return html`<h2 class="heading-m">What the finder will show</h2>
    <table class="table">
      <caption class="visually-hidden">${shown.length === list.length ? 'Every activity to publish' : `The first ${shown.length} of ${activities(list.length)} to publish`}</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">When</th><th scope="col">Where</th><th scope="col">Need areas</th><th scope="col">Last checked</th></tr></thead>
      <tbody>${shown.map(
        (a) => html`<tr>
          <th scope="row">${a.name}</th><td>${when(a)}</td><td>${where(a)}</td>
          <td>${a.needAreas.map((n) => NEED_AREA_NAMES[n]).join(', ') || 'None'}</td>
          <td class="nowrap">${a.lastChecked ? dateOnly(a.lastChecked) : 'Never'}</td>
        </tr>`,
      )}</tbody>
    </table>
    ${shown.length < list.length ? html`<p>And ${plural(list.length - shown.length, 'more activity', 'more activities')}.</p>` : ''}`;
}

export function previewPage({ viewer, upload, live }: { viewer: Viewer; upload: DirectoryUpload; live: DirectoryVersion | undefined }) {
  const { result } = upload;
  const count = result.activities.length;
  const skipped = result.rows.skipped.length;
  const backLink = { href: '/inbox/directory', text: 'Back to the directory' };
  const heading = html`<h1 class="heading-l">Check the directory before you publish it</h1>
    <p>From <strong>${upload.fileName}</strong>, uploaded ${dateTime(upload.uploadedAt)}.</p>`;
  if (upload.publishedAt) {
    return page({ title: 'Already published', viewer, section: 'directory', backLink, body: html`<h1 class="heading-l">This spreadsheet is already published</h1><p>${upload.fileName} was published ${dateTime(upload.publishedAt)}.</p><p><a href="/inbox/directory">Go to the directory</a></p>` });
  }
  return page({
    title: 'Check the directory',
    viewer,
    section: 'directory',
    wide: true,
    backLink,
    body: html`
      ${heading}
      <div class="inset">
        <p class="body-l" id="will-publish"><strong>${count ? `${activities(count)} will be published` : 'Nothing can be published from this file'}</strong></p>
        ${skipped ? html`<p>${plural(skipped, 'row was', 'rows were')} left out because of a problem. ${count ? 'The rest can still be published.' : ''}</p>` : ''}
      </div>
      ${result.problems.length
        ? html`<h2 class="heading-m">Problems in the spreadsheet</h2>
            <p>Fix these in the spreadsheet, save it as CSV again and upload it${count ? ', or publish what is right now and fix them later' : ''}.</p>
            <ul class="problems">${result.problems.map((p) => html`<li>${csvProblemText(p)}</li>`)}</ul>`
        : ''}
      ${result.unreachable.length
        ? html`<h2 class="heading-m">Activities people cannot contact</h2>
            <ul>${result.unreachable.map((u) => html`<li>${unreachableText(u)}</li>`)}</ul>`
        : ''}
      ${count ? sample(result.activities) : ''}
      ${count
        ? html`<form method="post" action="/inbox/directory/uploads/${upload.id}/publish" novalidate>
            ${csrfField(viewer)}
            <p>${live ? `This replaces the directory published ${published(live)}, with ${activities(live.activityCount)}. You can put that one back afterwards.` : 'Finders that read this inbox show these activities within a minute of publishing.'}</p>
            ${button(`Publish ${activities(count)}`)}
          </form>`
        : ''}
      <p><a href="/inbox/directory">Upload a different file</a></p>`,
  });
}

export function uncheckedPage({ viewer, listings, published: version }: { viewer: Viewer; listings: readonly Activity[]; published: DirectoryVersion | undefined }) {
  const caption = `${plural(listings.length, 'listing', 'listings')} to check`;
  return page({
    title: 'Listings to check',
    viewer,
    section: 'directory',
    wide: true,
    backLink: { href: '/inbox/directory', text: 'Back to the directory' },
    body: html`
      <h1 class="heading-l">Listings to check</h1>
      <p>Activities in the published directory that nobody has checked in the last 6 months, or ever. Ring or email each one to check the details are still right. Then change its "Last checked" date in the spreadsheet and publish it again.</p>
      ${!version
        ? html`<p>Nothing is published yet.</p>`
        : listings.length === 0
          ? html`<p>Every listing was checked in the last 6 months.</p>`
          : html`<table class="table">
              <caption class="heading-m">${caption}</caption>
              <thead><tr><th scope="col">Name</th><th scope="col">Organisation</th><th scope="col">Last checked</th><th scope="col">Phone</th><th scope="col">Email</th></tr></thead>
              <tbody>${listings.map(
                (a) => html`<tr>
                  <th scope="row">${a.name}</th>
                  <td>${a.organisation?.name ?? ''}</td>
                  <td class="nowrap">${a.lastChecked ? dateOnly(a.lastChecked) : 'Never'}</td>
                  <td class="nowrap">${a.contact.phone ? html`<a href="tel:${a.contact.phone.replace(/\s+/g, '')}">${a.contact.phone}</a>` : ''}</td>
                  <td>${a.contact.email ? html`<a href="mailto:${a.contact.email}">${a.contact.email}</a>` : ''}</td>
                </tr>`,
              )}</tbody>
            </table>`}`,
  });
}

/** Said before the session is read (the size is checked first), so it names no one. */
export const tooBigPage = () =>
  page({
    title: 'The file is too big',
    body: html`<h1 class="heading-l">The file is too big</h1>
      <p>The spreadsheet must be smaller than ${UPLOAD_LIMIT_TEXT}. Check you saved it as CSV, not as a workbook, and that it holds only the activities.</p>
      <p><a href="/inbox/directory">Go back to the directory</a> and try again.</p>`,
  });
