/** Per municipality the grid of its approved ICT budget, taakstelling and reserve withdrawals per year (model-v3 §10.7). */
import { Section } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import type { ModelFile, Party } from '../../engine';
import { BUDGET_ROWS, budgetValue, canonical, ownEntry, setBudgetEntry, toNum } from '../../model';
import { useLocale, useT } from '../../i18n';
import { useUpdateModel } from '../../state';
import { budgetMessages } from './messages';

/** The years a budget is entered for: startYear … the last computed year. */
export function budgetYears(model: ModelFile): number[] {
  const h = model.horizon;
  const last = model.assumptions?.extrapolation === 'computeThrough' ? (h.extrapolateTo ?? h.endYear) : h.endYear;
  return Array.from({ length: last - h.startYear + 1 }, (_, i) => h.startYear + i);
}

export function BudgetInputs({ model, party }: { model: ModelFile; party: Party }) {
  const t = useT(budgetMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const years = budgetYears(model);
  const title = t('inputs', { party: party.name });
  return (
    <Section title={title} description={t('inputsText')}>
      <EditableGrid
        label={title}
        corner={t('rowLabel')}
        rows={BUDGET_ROWS.map((r) => ({ id: r, label: t(`row_${r}`) }))}
        columns={years.map((y) => ({ id: String(y), label: String(y) }))}
        cell={(r, c) => {
          const row = BUDGET_ROWS[r] ?? 'ict';
          const year = years[c] as number;
          const own = ownEntry(party.budget?.[row], year);
          if (own !== null) return numCell(canonical(own) ?? null, locale, { tone: 'explicit', digits: 0 });
          // Carried forward from an earlier year: shown, but not the year's own entry.
          return numCell(canonical(budgetValue(party.budget, row, year) ?? '') ?? null, locale, {
            tone: 'derived',
            digits: 0,
          });
        }}
        parse={numberParser({ min: 0, isOptional: true }, locale)}
        onCommit={(edits) =>
          update((m) => {
            for (const e of edits) {
              const row = BUDGET_ROWS[e.row];
              const year = years[e.col];
              if (row === undefined || year === undefined) continue;
              setBudgetEntry(m, party.id, row, year, e.value === '' ? null : toNum(e.value));
            }
          }, title)
        }
      />
    </Section>
  );
}
