/** The frame of every screen: skip link, header (model, undo/redo, language), navigation, notices. */
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { commonMessages } from '../i18n';
import { useActiveModel, useAppStore, useEvaluationState, useUndoRedo } from '../state';
import { useLocale, useT } from '../i18n';
import { screenMessages } from './messages';
import { EvaluationStatus } from './evaluation-status';
import { Notices } from './notices';
import { OptionalBoundary, ScreenBoundary } from './screen-boundary';
import { shellMessages } from './shell-messages';
import { findScreen, screens } from './screens';
import { useScrollRegions } from './use-scroll-regions';

/** The checklist of a model made from the template (issue 20), loaded like a screen. */
const GuideChecklist = lazy(async () => ({ default: (await import('../features/guide')).GuideChecklist }));

export function Shell() {
  const t = useT(commonMessages);
  const locale = useLocale();
  const screenName = useT(screenMessages);
  const screenId = useAppStore((s) => s.screen);
  const model = useActiveModel();
  const screen = findScreen(screenId);
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);
  // The navigation is a menu on narrow screens (CSS decides when). It is open for the screen it
  // was opened on: going to another screen, by the menu or any button, closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const isMenuOpen = menuOpenOn === screenId;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? screenId : null);
  useScrollRegions(mainRef);
  const Component = screen.component;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const pageName = screenName(screen.id);
  useEffect(() => {
    // The screen's name first: it is what the browser's history and tabs show.
    const title = model?.meta?.title;
    document.title = [pageName, title, 'Kantelpunt'].filter(Boolean).join(' — ');
  }, [model?.meta?.title, pageName]);
  useEffect(() => {
    // Move focus to the new screen for keyboard and screen-reader users (not on first load).
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [screenId]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Header isMenuOpen={isMenuOpen} onToggleMenu={() => setMenuOpen(!isMenuOpen)} />
      <div className="layout">
        <Navigation isOpen={isMenuOpen} onClose={() => setMenuOpen(false)} />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <Notices />
          <ModelErrors />
          {model && <EvaluationStatus />}
          {screen.needsModel !== false && model && (
            <OptionalBoundary>
              <Suspense fallback={null}>
                <GuideChecklist />
              </Suspense>
            </OptionalBoundary>
          )}
          {screen.needsModel !== false && !model ? (
            <NoModel />
          ) : (
            <ScreenBoundary key={screenId}>
              <Suspense fallback={<p role="status">{t('loading')}</p>}>
                <Component />
              </Suspense>
            </ScreenBoundary>
          )}
        </main>
      </div>
    </div>
  );
}

function Header({ isMenuOpen, onToggleMenu }: { isMenuOpen: boolean; onToggleMenu: () => void }) {
  const t = useT(commonMessages);
  const ts = useT(shellMessages);
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  const model = useActiveModel();
  const h = useUndoRedo();
  return (
    <header className="header">
      <button
        type="button"
        id="nav-toggle"
        className="button nav-toggle"
        aria-expanded={isMenuOpen}
        aria-controls="site-nav"
        onClick={onToggleMenu}
      >
        <span aria-hidden="true">☰ </span>
        {ts('menu')}
      </button>
      <div className="brand">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-tagline">{t('tagline')}</span>
      </div>
      {model && (
        <p className="header-model">
          <span className="visually-hidden">{t('activeModel')}: </span>
          {model.meta?.title ?? t('untitled')}
        </p>
      )}
      <SaveStatus />
      <div className="header-actions">
        <button
          type="button"
          className="button"
          disabled={!h.canUndo}
          onClick={h.undo}
          title={h.undoLabel ? t('undoWhat', { label: h.undoLabel }) : undefined}
          aria-keyshortcuts="Control+Z"
        >
          <span aria-hidden="true">↶</span>
          <span className="button-label"> {t('undo')}</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={!h.canRedo}
          onClick={h.redo}
          title={h.redoLabel ? t('redoWhat', { label: h.redoLabel }) : undefined}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          <span aria-hidden="true">↷</span>
          <span className="button-label"> {t('redo')}</span>
        </button>
        <label className="visually-hidden" htmlFor="locale-select">
          {t('language')}
        </label>
        <select
          id="locale-select"
          className="locale-select"
          value={locale}
          onChange={(e) => setLocale(e.currentTarget.value === 'en' ? 'en' : 'nl')}
        >
          <option value="nl" lang="nl">
            Nederlands
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
    </header>
  );
}

function SaveStatus() {
  const t = useT(commonMessages);
  const state = useAppStore((s) => s.saveState);
  const text = state === 'saved' ? t('saved') : state === 'pending' ? t('saving') : t('notSaved');
  return (
    <p className={`save-status is-${state}`} role="status">
      <span aria-hidden="true">{state === 'saved' ? '✓ ' : state === 'failed' ? '! ' : '… '}</span>
      {text}
    </p>
  );
}

function Navigation({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const t = useT(commonMessages);
  const name = useT(screenMessages);
  const current = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  const hasModel = useAppStore((s) => s.activeModelId !== null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !isOpen) return;
    onClose();
    document.getElementById('nav-toggle')?.focus();
  };
  return (
    <nav id="site-nav" className={isOpen ? 'nav is-open' : 'nav'} aria-label={t('navLabel')} onKeyDown={onKeyDown}>
      <ul>
        {screens.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={s.id === current ? 'page' : undefined}
              disabled={s.needsModel !== false && !hasModel}
              onClick={() => {
                setScreen(s.id);
                onClose();
              }}
            >
              {name(s.id)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ModelErrors() {
  const t = useT(commonMessages);
  const { errors } = useEvaluationState();
  if (errors.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert">
      <div className="notice-body">
        <p className="notice-title">{t('modelErrors')}</p>
        <ul className="notice-list error-list">
          {errors.slice(0, 20).map((e) => (
            <li key={e}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function NoModel() {
  const t = useT(commonMessages);
  const setScreen = useAppStore((s) => s.setScreen);
  return (
    <div className="screen">
      <h1>{t('noModel')}</h1>
      <button type="button" className="button button-primary" onClick={() => setScreen('start')}>
        {t('toStart')}
      </button>
    </div>
  );
}
