// The Waymark inbox's one script, loaded by every signed-in page as an external module (the
// Content-Security-Policy allows no inline script and no eval). Everything works without it; it
// adds: error-summary links that focus their field, copy and print buttons, a list that redraws
// itself when referrals arrive or change, and the warning before an idle session ends.

const BACKGROUND = { 'X-Inbox-Background': '1' };
const get = (url) => fetch(url, { headers: BACKGROUND, credentials: 'same-origin', cache: 'no-store' });

// The list is redrawn from the inbox's own HTML (escaped by its renderer), through the one
// Trusted Types policy the page's CSP allows.
const policy = globalThis.trustedTypes?.createPolicy('waymark-inbox', { createHTML: (html) => html }) ?? { createHTML: (html) => html };

// An error summary's link focuses its field, with the field's label or legend in view.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.error-summary a[href^="#"]') : null;
  const target = link && document.getElementById(link.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault();
  const legend = target.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  (legend ?? label ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
});

for (const el of document.querySelectorAll('[data-needs-script]')) el.hidden = false;

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = 'Copied. You can paste the message now.';
    } catch {
      source.select();
      status.textContent = 'The message is selected. Copy it with Ctrl+C, or Cmd+C on a Mac.';
    }
  });
}

for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print());

// Signed out (idle, or in another tab): reloading shows the sign-in page, which says why. Once
// only: the list's poll and the idle check can both find out at the same moment, and a second
// reload racing the first can arrive after sign-in has cleared the cookie, so "why" is lost.
let leaving = false;
const signedOut = () => {
  if (leaving) return;
  leaving = true;
  window.location.reload();
};

/**
 * The list asks every half second whether anything changed (one small query), and redraws its
 * results when it did: a referral sent from a practice page shows within a second. It never
 * redraws under the person's hands (focus inside the results, or a box ticked to export): it
 * says the list changed.
 */
function keepListFresh(results) {
  const status = document.getElementById('list-status');
  const changed = document.getElementById('list-changed');
  let version = results.dataset.version;
  let busy = false;
  setInterval(async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const asked = await get(results.dataset.poll);
      if (asked.status === 401) return signedOut();
      if (!asked.ok) return;
      const { version: latest } = await asked.json();
      if (latest === version) return;
      if (results.contains(document.activeElement) || results.querySelector('input:checked')) {
        changed.hidden = false;
        return;
      }
      const page = await get(window.location.href);
      if (page.status === 401) return signedOut();
      if (!page.ok) return;
      results.innerHTML = policy.createHTML(await page.text());
      version = page.headers.get('X-List-Version') ?? latest;
      changed.hidden = true;
      status.textContent = `The list has been updated. ${document.getElementById('list-count')?.textContent ?? ''}`;
    } catch {
      // Offline for a moment: ask again next time.
    } finally {
      busy = false;
    }
  }, 500);
}

const results = document.getElementById('results');
if (results?.dataset.poll) keepListFresh(results);

/**
 * Two minutes before an idle session ends, a dialog says so and offers to stay signed in (WCAG
 * 2.2.1). Activity in another tab keeps the session too, so the server is asked how long is left.
 */
function warnBeforeTimeout(idleSeconds) {
  const dialog = document.getElementById('timeout-warning');
  const keep = dialog?.querySelector('[data-keep-alive]');
  if (!dialog || !keep) return;
  const WARN_SECONDS = 120;
  let timer;
  const later = (seconds, then) => {
    clearTimeout(timer);
    timer = setTimeout(then, Math.max(0, seconds) * 1000);
  };
  async function check() {
    try {
      const asked = await get('/inbox/session');
      if (asked.status === 401) return signedOut();
      const { secondsLeft } = await asked.json();
      if (secondsLeft <= 0) return signedOut();
      if (secondsLeft > WARN_SECONDS + 5) return later(secondsLeft - WARN_SECONDS, check);
      if (!dialog.open) dialog.showModal();
      later(secondsLeft + 1, check);
    } catch {
      later(30, check);
    }
  }
  async function stay() {
    const sent = await fetch(keep.action, { method: 'POST', body: new FormData(keep), credentials: 'same-origin' });
    if (sent.status === 401 || sent.redirected) return signedOut();
    if (dialog.open) dialog.close();
    later(idleSeconds - WARN_SECONDS, check);
  }
  keep.addEventListener('submit', (event) => {
    event.preventDefault();
    void stay();
  });
  // Escape closes the warning: the person is here, so that counts as staying.
  dialog.addEventListener('cancel', () => void stay());
  later(idleSeconds - WARN_SECONDS, check);
}

const idle = Number(document.body.dataset.idleSeconds);
if (idle > 0) warnBeforeTimeout(idle);
