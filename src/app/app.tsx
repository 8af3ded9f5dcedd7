import { useEffect, useState } from 'react';
import { commonMessages } from '../i18n';
import { PersistenceContext, useAppStore, type Persistence } from '../state';
import { useT } from '../i18n';
import '../styles/app.css';
import '../styles/grid.css';
import '../styles/screens.css';
import { startRouter } from './router';
import { preloadScreens } from './screens';
import { Shell } from './shell';
import { listenForShareLinks, startOnce } from './startup';
import { useUnloadGuard } from './unload-guard';
import { useUndoShortcuts } from './use-shortcuts';

export function App() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const isHydrated = useAppStore((s) => s.isHydrated);
  const t = useT(commonMessages);
  useUndoShortcuts();
  useUnloadGuard();
  useEffect(() => {
    let isMounted = true;
    // Other screens load a little later: on a slow link they must not compete with the first one.
    void startOnce().then((p) => {
      if (isMounted) setPersistence(p);
      setTimeout(preloadScreens, 3000);
    });
    const stop = listenForShareLinks();
    return () => {
      isMounted = false;
      stop();
    };
  }, []);
  // Routing starts once the stored state (and its last screen) is known; the address then wins.
  useEffect(() => (isHydrated ? startRouter() : undefined), [isHydrated]);
  if (!isHydrated)
    return (
      <main className="loading">
        <h1>{t('appName')}</h1>
        <p role="status">{t('loading')}</p>
      </main>
    );
  return (
    <PersistenceContext.Provider value={persistence}>
      <Shell />
    </PersistenceContext.Provider>
  );
}
