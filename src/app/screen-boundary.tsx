/**
 * An error boundary around each screen (issue 21). A screen whose code cannot be loaded — the
 * site was updated and the old files are gone, in a tab no service worker controls — shows
 * "this version has been updated, reload" instead of a white page; any other error of a screen
 * shows what went wrong and a way to try again. The model is kept either way: it lives in the
 * store and in storage, not in the screen (a reload writes the write-ahead copy first).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { defineMessages, useT } from '../i18n';

export const boundaryMessages = defineMessages({
  nl: {
    updatedTitle: 'Deze versie is bijgewerkt',
    updatedText: 'Dit scherm hoort bij een oudere versie van Kantelpunt. Herlaad de pagina; uw model blijft bewaard.',
    reload: 'Herladen',
    failedTitle: 'Dit scherm kon niet worden getoond',
    failedText: 'Er ging iets mis: {message}. Uw model blijft bewaard.',
    retry: 'Opnieuw proberen',
  },
  en: {
    updatedTitle: 'This version has been updated',
    updatedText: 'This screen belongs to an older version of Kantelpunt. Reload the page; your model is kept.',
    reload: 'Reload',
    failedTitle: 'This screen could not be shown',
    failedText: 'Something went wrong: {message}. Your model is kept.',
    retry: 'Try again',
  },
});

/** Whether an error is a failed load of a code chunk (a dynamic import), as browsers word it. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|Importing a module script failed|Failed to fetch|Unable to preload CSS|error loading dynamically/i.test(
      error.message,
    )
  );
}

type State = { error: unknown };

export class ScreenBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for the developer console; the user sees the fallback.
    console.warn('screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <ScreenFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

/**
 * A boundary for an optional part of the frame that loads its own code (the guided checklist):
 * when that code cannot be loaded after a redeploy, or the part fails, the part is left out and
 * the frame and the screen stay (the screen's own boundary says that the version was updated).
 */
export class OptionalBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('optional part left out', error);
  }

  override render(): ReactNode {
    return this.state.error === null ? this.props.children : null;
  }
}

function ScreenFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT(boundaryMessages);
  if (isChunkLoadError(error))
    return (
      <section className="screen-failed" role="alert">
        <h1>{t('updatedTitle')}</h1>
        <p>{t('updatedText')}</p>
        <button type="button" className="button button-primary" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      </section>
    );
  return (
    <section className="screen-failed" role="alert">
      <h1>{t('failedTitle')}</h1>
      <p>{t('failedText', { message: error instanceof Error ? error.message : String(error) })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </section>
  );
}
