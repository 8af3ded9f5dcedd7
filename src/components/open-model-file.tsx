import { useState } from 'react';
import { formatValidationError, type LoadResult, type ModelFile } from '../engine';
import { readModelFile } from '../model/model-io';
import { useT } from '../i18n';
import { FileDrop } from './file-drop';
import { componentMessages } from './messages';

type Outcome =
  { kind: 'ok'; title: string; warnings: string[] } | { kind: 'errors'; file: string; errors: string[] } | null;

type Props = {
  /** Takes the model of a valid file (the features add it as a new saved model). */
  onOpen: (model: ModelFile) => void;
  headingLevel?: 2 | 3;
  /** Reads a file with its verdict (default on the page; the features pass the worker's, state/model-files.ts). */
  read?: (file: Blob) => Promise<LoadResult>;
};

/** Opens a model file; an invalid file is refused with its errors and changes nothing. */
export function OpenModelFile({ onOpen, headingLevel = 3, read = readModelFile }: Props) {
  const t = useT(componentMessages);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onFile = async (file: File) => {
    const result = await read(file);
    if (!result.ok) {
      setOutcome({ kind: 'errors', file: file.name, errors: result.errors.map(formatValidationError) });
      return;
    }
    onOpen(result.model);
    setOutcome({ kind: 'ok', title: result.model.meta?.title ?? file.name, warnings: result.warnings });
  };
  return (
    <div className="card">
      <Heading>{t('openTitle')}</Heading>
      <p className="muted">{t('openText')}</p>
      <FileDrop label={t('chooseFile')} dropText={t('dropHere')} onFile={(f) => void onFile(f)} />
      <div aria-live="polite">
        {outcome?.kind === 'ok' && (
          <div className="notice notice-info">
            <div className="notice-body">
              <p>{t('opened', { title: outcome.title })}</p>
              {outcome.warnings.length > 0 && (
                <ul className="notice-list">
                  {outcome.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        {outcome?.kind === 'errors' && (
          <div className="notice notice-error">
            <div className="notice-body">
              <p className="notice-title">{t('openErrors', { file: outcome.file, count: outcome.errors.length })}</p>
              <ul className="notice-list error-list">
                {outcome.errors.slice(0, 50).map((e) => (
                  <li key={e}>
                    <code>{e}</code>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
