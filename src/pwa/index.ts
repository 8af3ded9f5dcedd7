/**
 * Offline support: service-worker registration (hosted build only) and the new-version offer.
 * The single file (file://) and the dev server have no service worker.
 */
import { appStore } from '../state';

export { UpdateOffer } from './update-offer';
export { getUpdateState, type UpdateState, type UpdateStatus } from './update-state';

/** After load, the precache download waits this long so it does not compete with the first screen. */
const REGISTER_DELAY_MS = 3000;

/** Registers the service worker a little after the page has loaded; workbox-window is loaded lazily. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  const register = () => {
    import('./register')
      .then((m) => m.registerServiceWorker(hasUnsavedEdits))
      .catch(() => {
        // No service worker (private mode, policy, insecure origin): the app works, only not offline.
      });
  };
  const later = () => setTimeout(register, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** Edits not yet in storage live only in memory: a reload would lose them. */
function hasUnsavedEdits(): boolean {
  return appStore.getState().saveState !== 'saved';
}
