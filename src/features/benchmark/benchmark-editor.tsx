/**
 * The benchmark table, edited like a spreadsheet. The first edit of the default table stores
 * it in the model (a version-2 section; useSetBenchmark raises the version); undo works.
 */
import { EditableGrid, numberParser, numCell, textCell, type GridEdit } from '../../components/grid';
import { Section } from '../../components';
import type { BenchmarkRow, BenchmarkTable } from '../../engine';
import { canonical, toNum, uniqueId } from '../../model';
import { useBenchmarkTable, useSetBenchmark } from '../../state';
import { useLocale, useT } from '../../i18n';
import { benchmarkMessages } from './messages';

const NUMERIC = ['software', 'personnel', 'infrastructure', 'total', 'ftePer100k'] as const;
type NumericField = (typeof NUMERIC)[number];

export function BenchmarkEditor() {
  const t = useT(benchmarkMessages);
  const locale = useLocale();
  const { table, isDefault } = useBenchmarkTable();
  const setBenchmark = useSetBenchmark();
  const store = (next: BenchmarkTable) => setBenchmark(next, t('editLabel'));
  const columns = [
    { id: 'label', label: t('label') },
    { id: 'software', label: t('software') },
    { id: 'personnel', label: t('personnel') },
    { id: 'infrastructure', label: t('infrastructure') },
    { id: 'total', label: t('totalOptional') },
    { id: 'ftePer100k', label: t('ftePer100k') },
  ];
  const isOptional = (f: NumericField) => f === 'total' || f === 'ftePer100k';
  const onCommit = (edits: GridEdit[]) => {
    const rows = table.rows.map((r) => ({ ...r }));
    for (const e of edits) {
      const row = rows[e.row];
      if (!row) continue;
      if (e.col === 0) {
        row.label = e.value;
        continue;
      }
      const field = NUMERIC[e.col - 1] as NumericField;
      if (e.value === '' && isOptional(field)) delete row[field as 'total'];
      else row[field] = toNum(e.value);
    }
    store({ ...table, rows });
  };
  const addRow = () => {
    const id = uniqueId(
      'row',
      table.rows.map((r) => r.id),
    );
    const row: BenchmarkRow = { id, label: t('newRow'), software: 0, personnel: 0, infrastructure: 0 };
    store({ ...table, rows: [...table.rows, row] });
  };
  return (
    <Section
      title={t('table')}
      description={t('tableNote', { source: table.source ?? '—' })}
      actions={
        <div className="button-row">
          <button type="button" className="button" onClick={addRow}>
            {t('addRow')}
          </button>
          {!isDefault && (
            <button type="button" className="button" onClick={() => setBenchmark(null, t('resetLabel'))}>
              {t('reset')}
            </button>
          )}
        </div>
      }
    >
      <p className="muted">{isDefault ? t('tableDefault') : t('tableStored')}</p>
      <EditableGrid
        label={t('table')}
        corner={t('rowLabel')}
        columns={columns}
        rows={table.rows.map((r, i) => ({ id: r.id, label: String(i + 1) }))}
        cell={(r, c) => {
          const row = table.rows[r] as BenchmarkRow;
          if (c === 0)
            return {
              ...textCell(row.label, false),
              parse: (text: string) =>
                text.trim() ? { ok: true, value: text.trim() } : { ok: false, message: t('labelRequired') },
            };
          const field = NUMERIC[c - 1] as NumericField;
          const v = row[field];
          return {
            ...numCell(v === undefined ? '' : (canonical(v) ?? ''), locale, { digits: field === 'ftePer100k' ? 1 : 2 }),
            parse: numberParser({ min: 0, isOptional: isOptional(field) }, locale),
          };
        }}
        parse={numberParser({ min: 0 }, locale)}
        onCommit={onCommit}
        rowAction={{
          label: (row) => t('deleteRow', { label: table.rows.find((x) => x.id === row.id)?.label ?? row.label }),
          text: t('delete'),
          onAction: (r) => store({ ...table, rows: table.rows.filter((_, i) => i !== r) }),
        }}
      />
    </Section>
  );
}
