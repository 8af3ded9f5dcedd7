/** Starts storage and the store once per page (React may mount the app twice in development). */
import { haarlemHaarlemmermeerWithRanges } from '../examples';
import { screenHash } from './router';
import { appStore, importShareHash, startApp, type Persistence } from '../state';

let started: Promise<Persistence> | null = null;

export function startOnce(): Promise<Persistence> {
  started ??= startApp(appStore, { example: haarlemHaarlemmermeerWithRanges, hash: location.hash }).finally(
    clearShareHash,
  );
  return started;
}

/**
 * A share link is imported once; its hash is then replaced by the current screen's address, so a
 * reload does not import it again.
 */
function clearShareHash(): void {
  if (/^#m\d+=/.test(location.hash))
    history.replaceState(null, '', `${location.pathname}${location.search}${screenHash(appStore.getState().screen)}`);
}

export function listenForShareLinks(): () => void {
  const onHash = () => {
    if (!/^#m\d+=/.test(location.hash)) return;
    void importShareHash(appStore, location.hash).then(clearShareHash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
