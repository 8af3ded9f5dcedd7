/** The template of "Model uit tabel": cost per inhabitant per category, with where each figure comes from. */
import { useState } from 'react';
import { NumberField, SelectField } from '../../components';
import { TableScroll } from '../../components/charts';
import { DEFAULT_BENCHMARK, type ModelFile } from '../../engine';
import { formatDecimal, useLocale, useT } from '../../i18n';
import { categoriesOf, categoryLabel, type CostTemplateRow } from '../../model';
import { tableMessages } from './table-messages';

/** The default categories (no model yet): what a new version-1 file holds. */
const NEW_MODEL = { format: 'ict-business-case', version: 1, parties: [], scenarios: [] } as unknown as ModelFile;

type Props = { template: CostTemplateRow[]; onChange: (rows: CostTemplateRow[]) => void };

export function TemplateEditor({ template, onChange }: Props) {
  const t = useT(tableMessages);
  const locale = useLocale();
  const free = categoriesOf(NEW_MODEL).filter(
    (c) => c.group !== 'oneOff' && !template.some((r) => r.category === c.id),
  );
  const [adding, setAdding] = useState('');
  const label = (id: string) => categoryLabel(NEW_MODEL, id, locale);
  const source = (r: CostTemplateRow) =>
    r.source === null
      ? t('sourceOwn')
      : t('sourceBenchmark', {
          group: t(r.source),
          value: formatDecimal(String(DEFAULT_BENCHMARK.rows[0]?.[r.source] ?? ''), locale, 0),
        });
  const set = (i: number, perInhabitant: string) =>
    onChange(template.map((r, j) => (j === i ? { ...r, perInhabitant, source: null } : r)));
  const toAdd = free.some((c) => c.id === adding) ? adding : (free[0]?.id ?? '');
  return (
    <fieldset className="table-template">
      <legend>{t('templateTitle')}</legend>
      <p className="muted">{t('templateText')}</p>
      <TableScroll label={t('templateTitle')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col" className="num">
                {t('perInhabitant')}
              </th>
              <th scope="col">{t('source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('remove', { category: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {template.map((r, i) => (
              <tr key={r.category}>
                <th scope="row">{label(r.category)}</th>
                <td className="num">
                  <NumberField
                    label={`${t('perInhabitant')}: ${label(r.category)}`}
                    value={r.perInhabitant}
                    onCommit={(v) => set(i, v)}
                    rule={{ min: 0, max: 1000000 }}
                  />
                </td>
                <td>{source(r)}</td>
                <td>
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => onChange(template.filter((_, j) => j !== i))}
                  >
                    {t('remove', { category: label(r.category) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {free.length > 0 && (
        <div className="form-row">
          <SelectField
            label={t('addCategory')}
            value={toAdd}
            options={free.map((c) => ({ value: c.id, label: label(c.id) }))}
            onChange={setAdding}
          />
          <button
            type="button"
            className="button"
            onClick={() => onChange([...template, { category: toAdd, perInhabitant: '0', source: null }])}
          >
            {t('add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
