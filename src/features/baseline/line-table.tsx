import { useState } from 'react';
import { Section, SelectField } from '../../components';
import { EditableGrid, numberParser } from '../../components/grid';
import {
  DEFAULT_DEPRECIATION_YEARS,
  type Category,
  type Line,
  type LineType,
  type ModelFile,
  type Party,
} from '../../engine';
import { baselineOf, useUpdateModel } from '../../state';
import { categoryLabel, newLineId, yearsOf } from '../../model';
import { useLocale, useT } from '../../i18n';
import { columnsFor, type ColumnContext } from './line-columns';
import { baselineMessages } from './messages';

type Props = { model: ModelFile; party: Party; type: LineType; title: string; text: string; categories: Category[] };

function newLine(type: LineType, id: string, party: string, category: string, m: ModelFile): Line {
  const y = m.horizon.startYear;
  switch (type) {
    case 'opex':
      return { type, id, party, category, amount: 0 };
    case 'investment':
      return { type, id, party, category, year: y, amount: 0 };
    case 'recurringInvestment':
      return { type, id, party, category, from: y, to: m.horizon.endYear, amount: 0 };
    case 'application':
      return { type, id, party, year: y, purchase: 0, project: 'replacement' };
    case 'oneOff':
      return { type, id, party, category, year: y, amount: 0 };
  }
}

const categoryOf = (l: Line): string => (l.type === 'application' ? 'applications' : l.category);

/** The baseline lines of one type and party as an editable table, with adding and deleting. */
export function LineTable({ model, party, type, title, text, categories }: Props) {
  const t = useT(baselineMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const [category, setCategory] = useState(categories[0]?.id ?? '');
  const baseline = baselineOf(model);
  const lines = (baseline?.lines ?? []).filter((l) => l.type === type && l.party === party.id);
  const ctx: ColumnContext = {
    t,
    locale,
    model,
    years: yearsOf(model).horizon,
    partyTerm: (cat) => party.depreciationYears?.[cat] ?? DEFAULT_DEPRECIATION_YEARS,
  };
  const columns = columnsFor(type, ctx);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(categoryOf(l), (counts.get(categoryOf(l)) ?? 0) + 1);
  const rowLabel = (l: Line) => {
    const label = categoryLabel(model, categoryOf(l), locale);
    return (counts.get(categoryOf(l)) ?? 0) > 1 || l.note ? `${label} (${l.note ?? l.id})` : label;
  };
  const editLines = (fn: (draft: Line[], ids: string[]) => void, label: string) =>
    update((m) => {
      const b = baselineOf(m);
      if (!b) return;
      b.lines ??= [];
      fn(
        b.lines,
        lines.map((l) => l.id),
      );
    }, label);
  return (
    <Section title={title} description={text}>
      {lines.length === 0 ? (
        <p className="muted">{t('noLines')}</p>
      ) : (
        <EditableGrid
          label={`${title} — ${party.name}`}
          corner={type === 'application' ? t('line') : t('category')}
          rows={lines.map((l) => ({ id: l.id, label: rowLabel(l) }))}
          columns={columns.map((c) => ({ id: c.id, label: c.label }))}
          cell={(r, c) => columns[c]!.cell(lines[r]!)}
          parse={numberParser({ min: 0 }, locale)}
          rowAction={{
            text: t('remove'),
            label: (row) => t('removeLine', { name: row.label }),
            onAction: (r) =>
              editLines((draft, ids) => {
                const i = draft.findIndex((l) => l.id === ids[r]);
                if (i >= 0) draft.splice(i, 1);
              }, t('remove')),
          }}
          onCommit={(edits) =>
            editLines((draft, ids) => {
              for (const e of edits) {
                const line = draft.find((l) => l.id === ids[e.row]);
                if (line) columns[e.col]!.apply(line, e.value);
              }
            }, title)
          }
        />
      )}
      <div className="form-row">
        {type !== 'application' && (
          <SelectField
            label={t('addCategory')}
            value={category}
            onChange={setCategory}
            options={categories.map((c) => ({ value: c.id, label: categoryLabel(model, c.id, locale) }))}
          />
        )}
        <div className="field">
          <button
            type="button"
            className="button"
            onClick={() =>
              editLines((draft) => {
                const cat = type === 'application' ? 'applications' : category;
                draft.push(newLine(type, newLineId(model, `${party.id}-${cat}`), party.id, cat, model));
              }, t('addLine'))
            }
          >
            {t('addLine')}: {title.toLowerCase()}
          </button>
        </div>
      </div>
    </Section>
  );
}
