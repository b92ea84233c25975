// Registers the service worker that keeps the app working offline (docs/architecture.md#offline), once the page
// has loaded and settled, so it never competes with the first map. Not in development: the dev server's modules
// are not precached, and a stale worker there would only confuse.
import { useAppUpdate } from '../store/appUpdate';

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // `npm run bench` measures the page itself, without a precache downloading beside it
  if (new URLSearchParams(window.location.search).has('bench')) return;
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => useAppUpdate.getState().offer(() => void update(true)),
      });
    })
    .catch(() => {
      // offline use is a convenience: without it the app works as before
    });
}
