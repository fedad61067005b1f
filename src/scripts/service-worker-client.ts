/**
 * The page's side of offline use: registers the service worker that precaches the whole site
 * (`scripts/service-worker.mjs`) and reports when this page is controlled by it and when a new version
 * of the site is installed and waiting. The worker only takes over when the reader says so (a waiting
 * worker is activated by the message `SKIP_WAITING`, then the page reloads), so a self-check in progress
 * is never reloaded without being asked.
 */

/** What the page hears from the service worker. */
export interface ServiceWorkerEvents {
  /** A new version is installed; `activate` switches to it and reloads the page. */
  updateWaiting: (activate: () => void) => void;
  /** The page is now served by the service worker (the site is stored on this device). */
  controlled: () => void;
}

/** Switches to `worker` and reloads the page once it controls it. */
function activate(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      location.reload();
    },
    { once: true },
  );
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Registers the service worker at `url` for `scope` after the page has loaded; no-op in `astro dev`. */
export function watchServiceWorker(url: string, scope: string, on: ServiceWorkerEvents): void {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    // A worker left by `npm run preview` on the same port would serve the old build to `astro dev`.
    void navigator.serviceWorker.getRegistrations().then((registrations) => {
      for (const registration of registrations) void registration.unregister();
    });
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    on.controlled();
  });
  const register = async () => {
    const registration = await navigator.serviceWorker.register(url, { scope });
    // A worker is an update only if an older one controls the page; the first one just installs.
    const waiting = (worker: ServiceWorker | null) => {
      if (worker && navigator.serviceWorker.controller) {
        on.updateWaiting(() => {
          activate(worker);
        });
      }
    };
    waiting(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') waiting(worker);
      });
    });
    // Back online after a while (a long workshop): look for a new version.
    window.addEventListener('online', () => {
      void registration.update().catch(() => undefined);
    });
  };
  const start = () => {
    register().catch((error: unknown) => {
      console.warn('Service worker not registered:', error);
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
