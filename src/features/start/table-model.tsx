/**
 * "Model uit tabel" on the start screen (issue 19): paste or read a table of municipalities,
 * adjust the template of cost per inhabitant (the benchmark by default, its source shown), see
 * every problem by row and column and a preview, then create the model. Nothing is created while
 * the table or the model it would give has an error.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FileDrop, NumberField, TextField } from '../../components';
import { MAX_HORIZON_YEARS, MAX_PARTIES, validateModel, formatValidationError } from '../../engine';
import { formatDecimal, useLocale, useT } from '../../i18n';
import {
  DEFAULT_CENTRE_REDUCTION,
  defaultCostTemplate,
  modelFromTable,
  readMunicipalityTable,
  splitTableText,
  type CostTemplateRow,
  type TableField,
} from '../../model';
import { useAppStore } from '../../state';
import { readTableCells } from './table-file';
import { tableMessages } from './table-messages';
import { TablePreview } from './table-preview';
import { TemplateEditor } from './table-template';

export function TableModelPanel() {
  const t = useT(tableMessages);
  const locale = useLocale();
  const addModel = useAppStore((s) => s.addModel);
  const setScreen = useAppStore((s) => s.setScreen);
  const [text, setText] = useState('');
  const [fileCells, setFileCells] = useState<string[][] | null>(null);
  const [fileError, setFileError] = useState('');
  const [readingFile, setReadingFile] = useState<string | null>(null);
  const reading = useRef<{ cancel: () => void } | null>(null);
  useEffect(() => () => reading.current?.cancel(), []);
  const [template, setTemplate] = useState<CostTemplateRow[]>(defaultCostTemplate);
  const [title, setTitle] = useState(t('defaultTitle'));
  const [startYear, setStartYear] = useState(String(new Date().getFullYear() + 1));
  const [years, setYears] = useState('10');
  const [reduction, setReduction] = useState(DEFAULT_CENTRE_REDUCTION);
  const fieldNames: Record<TableField, string> = {
    name: t('name'),
    inhabitants: t('inhabitants'),
    workstations: t('workstations'),
    employees: t('employees'),
    costPerInhabitant: t('costPerInhabitant'),
    region: t('regionColumn'),
  };
  const cells = useMemo(() => fileCells ?? splitTableText(text), [fileCells, text]);
  const read = useMemo(
    () => (cells.length === 0 ? null : readMunicipalityTable(cells, { fieldNames, maxRows: MAX_PARTIES - 1, locale })),
    // fieldNames follow the locale
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cells, locale],
  );
  const options = {
    title,
    startYear: Number(startYear),
    years: Number(years),
    template,
    reduction,
    baselineName: t('baselineName'),
    centreName: (r: string) => (r === '' ? t('centre') : t('centreOf', { region: r })),
    scenarioName: (r: string) => (r === '' ? t('scenario') : t('scenarioOf', { region: r })),
    locale,
  };
  const isReadable = read !== null && !read.problems.some((p) => p.level === 'error') && template.length > 0;
  const model = useMemo(
    () => (isReadable && read ? modelFromTable(read.rows, options) : null),
    // options are rebuilt each render from the state listed here
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [isReadable, read, template, title, startYear, years, reduction, locale],
  );
  const modelErrors = useMemo(() => (model ? validateModel(model).map(formatValidationError) : []), [model]);
  const create = () => {
    if (!model || modelErrors.length > 0) return;
    addModel(model);
    setScreen('results');
  };
  return (
    <div className="table-model">
      <div className="field">
        <label htmlFor="table-model-paste">{t('paste')}</label>
        <textarea
          id="table-model-paste"
          rows={8}
          value={text}
          aria-describedby="table-model-paste-hint"
          onChange={(e) => {
            setFileCells(null);
            setText(e.currentTarget.value);
          }}
        />
        <span id="table-model-paste-hint" className="field-hint">
          {t('pasteHint')}
        </span>
      </div>
      <p className="muted">{t('file')}</p>
      <FileDrop
        label={t('file')}
        dropText={t('fileDrop')}
        accept=".xlsx,.csv,.txt"
        onFile={(file) => {
          // Read off the page's thread within the import limits; a refused or stopped file
          // leaves the table as it was.
          reading.current?.cancel();
          const read = readTableCells(file);
          reading.current = read;
          setFileError('');
          setReadingFile(file.name);
          void read.result.then((outcome) => {
            if (reading.current !== read) return;
            reading.current = null;
            setReadingFile(null);
            if (outcome.type === 'done') setFileCells(outcome.cells);
            else if (outcome.type === 'cancelled') setFileError(t('fileStopped', { file: file.name }));
            else {
              const vars = Object.fromEntries(
                Object.entries(outcome.vars).map(([k, v]) => [k, typeof v === 'number' ? formatDecimal(v, locale) : v]),
              );
              setFileError(t('fileError', { reason: t(`refused_${outcome.code}`, vars) }));
            }
          });
        }}
      />
      {readingFile !== null && (
        <p role="status">
          {t('fileReading', { file: readingFile })}{' '}
          <button type="button" className="button" onClick={() => reading.current?.cancel()}>
            {t('fileStop')}
          </button>
        </p>
      )}
      {fileError && <p role="alert">{fileError}</p>}
      <TemplateEditor template={template} onChange={setTemplate} />
      <div className="form-row">
        <TextField label={t('modelTitle')} value={title} onCommit={setTitle} isRequired />
        <NumberField
          label={t('startYear')}
          value={startYear}
          onCommit={setStartYear}
          rule={{ min: 1990, max: 2100, isInteger: true }}
        />
        <NumberField
          label={t('years')}
          value={years}
          onCommit={setYears}
          rule={{ min: 2, max: MAX_HORIZON_YEARS, isInteger: true }}
        />
        <NumberField
          label={t('reduction')}
          hint={t('reductionHint')}
          value={reduction}
          onCommit={setReduction}
          rule={{ min: 0, max: 1, isPercent: true }}
        />
      </div>
      {read && (
        <TablePreview
          read={read}
          template={template}
          model={model}
          modelErrors={modelErrors}
          firstCentreYear={Number(startYear) + 1}
        />
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={!model || modelErrors.length > 0}
        onClick={create}
      >
        {t('create', { count: read?.rows.length ?? 0 })}
      </button>
    </div>
  );
}
