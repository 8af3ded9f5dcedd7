/** Import a baseline cost or staff table of one party: choose, preview and check, then confirm (one undo step). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadText, FileDrop, ScreenHeader, Section, SelectField } from '../../components';
import type { ModelFile } from '../../engine';
import { categoriesOf, categoryLabel, functionGroupsOf, groupLabel, lastActualYear } from '../../model';
import { formatValidationError, validateModel } from '../../engine';
import { useActiveModel, useUpdateModel } from '../../state';
import { formatDecimal, translate, useLocale, useT, type Locale } from '../../i18n';
import { applyTable } from './apply';
import { ImportPreview } from './import-preview';
import { importMessages } from './messages';
import { parseTable, type ImportKind, type RawCell } from './parse-table';
import { readTableInWorker, type TableRead } from '../../components/table-file';
import './import.css';

type Loaded = { file: string; cells: RawCell[][] };
type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'failed'; file: string; reason: string }
  | { kind: 'cancelled'; file: string }
  | { kind: 'done'; party: string; isActuals: boolean };

export function ImportScreen() {
  const t = useT(importMessages);
  const locale = useLocale();
  const model = useActiveModel();
  const update = useUpdateModel();
  const [partyId, setPartyId] = useState('');
  const [kind, setKind] = useState<ImportKind>('costs');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The file being read in the import worker; a new file or leaving the screen cancels it.
  const reading = useRef<TableRead | null>(null);
  useEffect(() => () => reading.current?.cancel(), []);
  // Realised figures are a municipality's own (model-v3 §10.8): only municipalities are offered for them.
  const parties = useMemo(
    () => model?.parties.filter((p) => kind !== 'actuals' || p.kind === 'municipality') ?? [],
    [model, kind],
  );
  const party = parties.find((p) => p.id === partyId) ?? parties[0];
  const table = useMemo(() => (model && loaded ? parseTable(loaded.cells, model, kind) : null), [model, loaded, kind]);
  const chosen = party?.id;
  const candidateErrors = useMemo(() => {
    if (!model || chosen === undefined || !table || !loaded || table.problems.length > 0) return [];
    const draft = structuredClone(model);
    applyTable(draft, chosen, table, '');
    return validateModel(draft).map(formatValidationError);
  }, [model, chosen, table, loaded]);
  if (!model || !party) return null;

  // Read off the page's thread, within the import limits: the tab stays usable, the user can
  // stop, and a refused file leaves everything open as it was (the model, a previous preview).
  const onFile = async (file: File) => {
    reading.current?.cancel();
    const read = readTableInWorker(file);
    reading.current = read;
    setStatus({ kind: 'reading', file: file.name });
    const outcome = await read.result;
    if (reading.current !== read) return;
    reading.current = null;
    if (outcome.type === 'done') {
      setLoaded({ file: file.name, cells: outcome.cells });
      setStatus({ kind: 'idle' });
    } else if (outcome.type === 'cancelled') setStatus({ kind: 'cancelled', file: file.name });
    else {
      const vars = Object.fromEntries(
        Object.entries(outcome.vars).map(([k, v]) => [k, typeof v === 'number' ? formatDecimal(v, locale) : v]),
      );
      setStatus({ kind: 'failed', file: file.name, reason: t(outcome.code, vars) });
    }
  };
  const onConfirm = () => {
    if (!table || !loaded) return;
    const note = t('importNote', { file: loaded.file });
    update((m) => applyTable(m, party.id, table, note), t('undoLabel', { party: party.name }));
    setLoaded(null);
    setStatus({ kind: 'done', party: party.name, isActuals: kind === 'actuals' });
  };
  const statusText =
    status.kind === 'reading'
      ? t('reading', { file: status.file })
      : status.kind === 'failed'
        ? t('readFailed', { file: status.file, reason: status.reason })
        : status.kind === 'cancelled'
          ? t('cancelled', { file: status.file })
          : status.kind === 'done'
            ? t(status.isActuals ? 'doneActuals' : 'done', { party: status.party })
            : '';
  return (
    <div className="screen import-screen">
      <ScreenHeader title={t('title')}>
        <p>{t('intro')}</p>
      </ScreenHeader>
      <Section
        title={t('formatTitle')}
        description={t('formatText', { from: model.horizon.startYear, to: model.horizon.endYear })}
      >
        <div className="form-row">
          <SelectField
            label={t('party')}
            value={party.id}
            options={parties.map((p) => ({ value: p.id, label: p.name }))}
            onChange={setPartyId}
          />
          <SelectField
            label={t('kind')}
            value={kind}
            options={[
              { value: 'costs', label: t('kindCosts') },
              { value: 'staff', label: t('kindStaff') },
              { value: 'actuals', label: t('kindActuals') },
            ]}
            onChange={(v) => setKind(v === 'staff' || v === 'actuals' ? v : 'costs')}
          />
          <div className="field">
            <button
              type="button"
              className="button"
              onClick={() => downloadText(t(`templateFile_${kind}`), templateCsv(model, kind, locale), 'text/csv')}
            >
              {t('template')}
            </button>
          </div>
        </div>
        <FileDrop
          label={t('chooseFile')}
          dropText={t('dropText')}
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onFile={(f) => void onFile(f)}
        />
        <p role="status" className={status.kind === 'failed' ? 'field-error' : 'muted'}>
          {statusText}
        </p>
        {status.kind === 'reading' && (
          <button type="button" className="button" onClick={() => reading.current?.cancel()}>
            {t('cancelRead')}
          </button>
        )}
      </Section>
      {table && loaded && (
        <ImportPreview
          model={model}
          partyId={party.id}
          file={loaded.file}
          table={table}
          modelErrors={candidateErrors}
          onConfirm={onConfirm}
          onCancel={() => setLoaded(null)}
        />
      )}
    </div>
  );
}

/** A CSV with the header years and the rows to fill in, for the chosen kind. */
function templateCsv(model: ModelFile, kind: ImportKind, locale: Locale): string {
  const years: number[] = [];
  const last = kind === 'actuals' ? lastActualYear(model) : model.horizon.endYear;
  for (let y = model.horizon.startYear; y <= last; y += 1) years.push(y);
  const say = (key: 'templateActualsTotal' | 'templateActualsFte') => translate(importMessages, locale, key);
  const labels =
    kind === 'actuals'
      ? [say('templateActualsTotal'), say('templateActualsFte')]
      : kind === 'costs'
        ? categoriesOf(model)
            .filter((c) => c.group !== 'oneOff')
            .map((c) => categoryLabel(model, c.id, locale))
        : functionGroupsOf(model).map((g) => groupLabel(model, g.id, locale));
  const first = translate(
    importMessages,
    locale,
    kind === 'costs' ? 'templateCategory' : kind === 'staff' ? 'templateGroup' : 'templateActualsRow',
  );
  const quote = (s: string) => (/[;"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `\uFEFF${[[first, ...years.map(String)], ...labels.map((l) => [l, ...years.map(() => '')])].map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}
