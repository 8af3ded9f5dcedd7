import { useState } from 'react';
import { Section } from '../../components';
import { EditableGrid, numberParser, numCell } from '../../components/grid';
import type { AddLineChange, ModelFile, OneOffLine, Scenario } from '../../engine';
import { canonical, categoryLabel, horizonYears, newLineId, oneOffCategoriesOf, toNum } from '../../model';
import { useLocale, useT } from '../../i18n';
import { PartySelect } from './editor-fields';
import { scenarioMessages } from './messages';
import { useScenarioUpdate } from './use-scenario-update';

type OneOffChange = AddLineChange & { line: OneOffLine };
const isOneOff = (c: unknown): c is OneOffChange =>
  (c as AddLineChange).op === 'addLine' && (c as AddLineChange).line.type === 'oneOff';

/**
 * The one-off costs of a scenario as a category × year table for one party. Each cell is one
 * `addLine` lever of a one-off line; a cell with several such levers is edited on the cards.
 */
export function OneOffTable({ model, scenario }: { model: ModelFile; scenario: Scenario }) {
  const t = useT(scenarioMessages);
  const locale = useLocale();
  const updateScenario = useScenarioUpdate(scenario.id);
  const shared = model.parties.find((p) => p.kind === 'shared') ?? model.parties[0];
  const [partyId, setParty] = useState(shared?.id ?? '');
  const cats = oneOffCategoriesOf(model);
  const years = horizonYears(model.horizon);
  const matches = (c: unknown, cat: string, y: number): c is OneOffChange =>
    isOneOff(c) && c.line.party === partyId && c.line.category === cat && c.line.year === y;
  const found = (cat: string, y: number) => (scenario.changes ?? []).filter((c) => matches(c, cat, y));
  return (
    <Section title={t('oneOff')} description={t('oneOffText')}>
      <div className="form-row">
        <PartySelect model={model} label={t('oneOffParty')} value={partyId} onChange={setParty} />
      </div>
      <EditableGrid
        label={`${t('oneOff')} — ${model.parties.find((p) => p.id === partyId)?.name ?? ''}`}
        corner={t('category')}
        rows={cats.map((c) => ({ id: c.id, label: categoryLabel(model, c.id, locale) }))}
        columns={years.map((y) => ({ id: String(y), label: String(y) }))}
        cell={(r, c) => {
          const list = found(cats[r]?.id ?? '', years[c] as number);
          if (list.length > 1) return { display: t('oneOffMany'), isReadOnly: true };
          const only = list[0];
          return numCell(only ? canonical(only.line.amount) : null, locale, {
            tone: only?.enabled === false ? 'derived' : 'explicit',
          });
        }}
        parse={numberParser({ min: 0, isOptional: true }, locale)}
        onCommit={(edits) =>
          updateScenario((s, m) => {
            s.changes ??= [];
            for (const e of edits) {
              const cat = cats[e.row]?.id ?? '';
              const y = years[e.col] as number;
              const i = s.changes.findIndex((c) => matches(c, cat, y));
              if (e.value === '') {
                if (i >= 0) s.changes.splice(i, 1);
                continue;
              }
              const hit = s.changes[i];
              if (hit && isOneOff(hit)) {
                hit.line.amount = toNum(e.value);
                continue;
              }
              const id = newLineId(m, `${s.id}-${cat}-${y}`);
              s.changes.push({
                op: 'addLine',
                line: { type: 'oneOff', id, party: partyId, category: cat, year: y, amount: toNum(e.value) },
              });
            }
          }, t('oneOff'))
        }
      />
    </Section>
  );
}
