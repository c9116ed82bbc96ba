import { API_MODES, apiState, type ApiMode } from './api-state.ts';

/**
 * Demo only: a small panel to make the mock referral endpoint slow, fail or go offline, and to
 * show what the service received. Plain DOM, kept apart from Waymark's own elements.
 */
export function mountDemoControl(): void {
  const panel = document.getElementById('demo-control');
  if (!panel) return;
  // Not innerHTML: a page enforcing Trusted Types refuses it.
  panel.replaceChildren();

  const heading = document.createElement('h2');
  heading.textContent = 'Demo control (not part of Waymark)';
  // `npm run demo` sends this page's referrals to the real inbox: say where, and how to see them.
  const inbox = document.querySelector<HTMLMetaElement>('meta[name="waymark-demo-inbox"]')?.content;
  if (inbox && document.querySelector('waymark-journey, waymark-request-call')) {
    const note = document.createElement('p');
    note.textContent = `Referrals from this page go to the Waymark inbox at ${inbox}. To see them, run: npm run inbox -- export --format csv`;
    panel.append(heading, note);
    return;
  }
  const label = document.createElement('label');
  label.htmlFor = 'demo-api-mode';
  label.textContent = 'The referral service ';
  const select = document.createElement('select');
  select.id = 'demo-api-mode';
  for (const { mode, label: text } of API_MODES) select.add(new Option(text, mode));
  select.addEventListener('change', () => {
    apiState.mode = select.value as ApiMode;
    apiState.attempts = 0;
  });
  label.append(select);

  const receivedHeading = document.createElement('h3');
  receivedHeading.textContent = 'What the service received';
  const received = document.createElement('pre');
  received.id = 'demo-received';
  received.tabIndex = 0;
  received.textContent = 'Nothing yet.';
  apiState.listeners.add(() => {
    const all = [...apiState.received.values()];
    received.textContent = all.length ? JSON.stringify(all, null, 2) : 'Nothing yet.';
  });

  panel.append(heading, label, receivedHeading, received);
  // The end-to-end tests read what the mock service stored from here.
  (window as unknown as { waymarkDemo: unknown }).waymarkDemo = {
    received: () => [...apiState.received.values()],
    setMode: (mode: ApiMode) => (apiState.mode = mode),
  };
}
