/**
 * Offline use: registers the service worker that the build generates (vite-plugin-pwa, see vite.config.ts),
 * after the page has loaded so it never slows the first screen. Only in a production build.
 */

/** Register `sw.js` next to the page, when the browser supports service workers. */
export function registerOffline(win: Window, production: boolean): void {
  if (!production || !('serviceWorker' in win.navigator)) return;
  const register = () => void win.navigator.serviceWorker.register('./sw.js').catch(() => {});
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
