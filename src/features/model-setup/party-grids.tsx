import { memo, useCallback, useId, useRef, useState } from 'react';
import { Section, SelectField } from '../../components';
import { EditableGrid, numberParser, numCell, RowSpacer, useRowWindow } from '../../components/grid';
import { DEFAULT_DEPRECIATION_YEARS, type DepreciationStart, type ModelFile, type Party } from '../../engine';
import {
  annuityUseByParty,
  assetCategoriesOf,
  canonical,
  withRequiredVersion,
  functionGroupsOf,
  groupLabel,
  categoryLabel,
  isExplicit,
  setYearValue,
  toNum,
  yearsOf,
  yearValue,
} from '../../model';
import { municipalitiesOf, useUpdateModel } from '../../state';
import { useLocale, useT } from '../../i18n';
import { setupMessages } from './messages';
import { asStart, startHint, startOptions } from './method-choices';
import { useIsNarrowScreen } from './use-narrow-screen';

type Measure = 'inhabitants' | 'workstations' | 'employees';

export function MeasuresSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  return (
    <Section title={t('measures')} description={t('measuresText')}>
      {(['inhabitants', 'workstations', 'employees'] as const).map((m) => (
        <MeasureGrid key={m} model={model} measure={m} />
      ))}
    </Section>
  );
}

function MeasureGrid({ model, measure }: { model: ModelFile; measure: Measure }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const parties = municipalitiesOf(model);
  const { horizon, all } = yearsOf(model);
  return (
    <>
      <h3>{t(measure)}</h3>
      <EditableGrid
        label={t(measure)}
        corner={t('party')}
        rows={parties.map((p) => ({ id: p.id, label: p.name }))}
        columns={horizon.map((y) => ({ id: String(y), label: String(y) }))}
        cell={(r, c) => {
          const map = parties[r]?.[measure];
          const y = horizon[c] as number;
          return numCell(yearValue(map, y), locale, {
            digits: 0,
            tone: c === 0 || isExplicit(map, y) ? 'explicit' : 'derived',
          });
        }}
        parse={numberParser({ min: 0, isInteger: true }, locale)}
        onCommit={(edits) =>
          update((m) => {
            for (const e of edits) {
              const p = m.parties.find((x) => x.id === parties[e.row]?.id);
              if (p) p[measure] = setYearValue(p[measure], horizon[e.col] as number, e.value, all);
            }
          }, t(measure))
        }
      />
    </>
  );
}

/** The interest on the book value of investments, per party (tab Afschrijving en rente). */
export function InterestSection({ model }: { model: ModelFile }) {
  return <PartyRatesSection model={model} kind="interest" />;
}

/** The cost of one FTE of own and hired staff, per party (tab Kosten per fte, as its name says). */
export function StaffCostSection({ model }: { model: ModelFile }) {
  return <PartyRatesSection model={model} kind="staffCost" />;
}

function PartyRatesSection({ model, kind }: { model: ModelFile; kind: 'interest' | 'staffCost' }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const fields = kind === 'interest' ? (['interestRate'] as const) : (['own', 'hired'] as const);
  const cols = fields.map((f) => ({
    id: f,
    label: f === 'interestRate' ? t('interestRate') : f === 'own' ? t('costOwn') : t('costHired'),
  }));
  const value = (p: Party, col: number) => {
    const f = fields[col];
    return canonical(f === 'interestRate' ? p.interestRate : f === 'own' ? p.costPerFte?.own : p.costPerFte?.hired);
  };
  const title = kind === 'interest' ? t('interest') : t('staffCost');
  return (
    <Section title={title} description={kind === 'interest' ? t('interestText') : t('staffCostText')}>
      <EditableGrid
        label={title}
        corner={t('party')}
        rows={model.parties.map((p) => ({ id: p.id, label: p.name }))}
        columns={cols}
        cell={(r, c) => {
          const p = model.parties[r] as Party;
          const isRate = fields[c] === 'interestRate';
          return {
            ...numCell(value(p, c), locale, { isPercent: isRate }),
            parse: numberParser(
              isRate ? { isPercent: true, min: 0, max: 1, isOptional: true } : { min: 0, isOptional: true },
              locale,
            ),
          };
        }}
        parse={numberParser({ min: 0, isOptional: true }, locale)}
        onCommit={(edits) =>
          update((m) => {
            for (const e of edits) {
              const p = m.parties[e.row];
              const f = fields[e.col];
              if (!p || !f) continue;
              if (f === 'interestRate') {
                if (e.value === '') delete p.interestRate;
                else p.interestRate = toNum(e.value);
                continue;
              }
              const cost = { ...p.costPerFte };
              if (e.value === '') delete cost[f];
              else cost[f] = toNum(e.value);
              p.costPerFte = cost;
            }
          }, title)
        }
      />
    </Section>
  );
}

export function DepreciationSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const cats = assetCategoriesOf(model);
  return (
    <Section title={t('depreciation')} description={t('depreciationText')}>
      <EditableGrid
        label={t('depreciation')}
        corner={t('party')}
        rows={model.parties.map((p) => ({ id: p.id, label: p.name }))}
        columns={cats.map((c) => ({ id: c.id, label: categoryLabel(model, c.id, locale) }))}
        cell={(r, c) => {
          const v = model.parties[r]?.depreciationYears?.[cats[c]?.id ?? ''];
          return v === undefined
            ? { ...numCell(String(DEFAULT_DEPRECIATION_YEARS), locale, { tone: 'derived' }), edit: '' }
            : numCell(String(v), locale, { tone: 'explicit' });
        }}
        parse={numberParser({ min: 1, max: 100, isInteger: true, isOptional: true }, locale)}
        onCommit={(edits) =>
          update((m) => {
            for (const e of edits) {
              const p = m.parties[e.row];
              const cat = cats[e.col]?.id;
              if (!p || !cat) continue;
              const terms = { ...p.depreciationYears };
              if (e.value === '') delete terms[cat];
              else terms[cat] = Number(e.value);
              p.depreciationYears = terms;
            }
          }, t('depreciation'))
        }
      />
    </Section>
  );
}

export function GroupCostSection({ model, kind }: { model: ModelFile; kind: 'own' | 'hired' }) {
  const t = useT(setupMessages);
  const locale = useLocale();
  const update = useUpdateModel();
  const groups = functionGroupsOf(model);
  const title = kind === 'own' ? t('byGroupOwn') : t('byGroupHired');
  return (
    <Section title={title} description={t('byGroupText')}>
      <EditableGrid
        label={title}
        corner={t('party')}
        rows={model.parties.map((p) => ({ id: p.id, label: p.name }))}
        columns={groups.map((g) => ({ id: g.id, label: groupLabel(model, g.id, locale) }))}
        cell={(r, c) => {
          const p = model.parties[r];
          const own = canonical(p?.costPerFte?.byGroup?.[groups[c]?.id ?? '']?.[kind]);
          if (own !== null) return numCell(own, locale, { tone: 'explicit' });
          return { ...numCell(canonical(p?.costPerFte?.[kind]), locale, { tone: 'derived' }), edit: '' };
        }}
        parse={numberParser({ min: 0, isOptional: true }, locale)}
        onCommit={(edits) =>
          update((m) => {
            for (const e of edits) {
              const p = m.parties[e.row];
              const g = groups[e.col]?.id;
              if (!p || !g) continue;
              const cost = { ...p.costPerFte };
              const byGroup = { ...cost.byGroup };
              const entry = { ...byGroup[g] };
              if (e.value === '') delete entry[kind];
              else entry[kind] = toNum(e.value);
              if (Object.keys(entry).length > 0) byGroup[g] = entry;
              else delete byGroup[g];
              if (Object.keys(byGroup).length > 0) cost.byGroup = byGroup;
              else delete cost.byGroup;
              p.costPerFte = cost;
            }
          }, title)
        }
      />
    </Section>
  );
}

/** Per party: its own depreciation start (model-v3 §10.2), or the assumptions' (the field absent). */
export function PartyStartSection({ model }: { model: ModelFile }) {
  const t = useT(setupMessages);
  const update = useUpdateModel();
  const general = model.assumptions?.depreciationStart ?? 'nextYear';
  const isAnnuity = annuityUseByParty(model);
  // 342 municipalities: past 60 parties the choices are a table that scrolls in its own box and
  // renders only the rows in view (as the parties table does); the row holding the focus stays.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // On a phone a row stacks name, choice and description (model-setup.css), so it is taller.
  const isNarrow = useIsNarrowScreen();
  const win = useRowWindow(
    model.parties.length,
    scrollRef,
    focused,
    isNarrow ? PARTY_START_ROW_HEIGHT_NARROW : PARTY_START_ROW_HEIGHT,
  );
  const choose = useCallback(
    (id: string, name: string, v: string) =>
      update(
        (m) => {
          const p = m.parties.find((x) => x.id === id);
          if (!p) return;
          if (v === '') delete p.depreciationStart;
          else p.depreciationStart = asStart(v);
          withRequiredVersion(m);
        },
        t('partyStartOf', { name }),
      ),
    [update, t],
  );
  const row = (p: Party, i: number) => (
    <PartyStartRow
      key={p.id}
      party={p}
      row={i}
      general={general}
      isAnnuity={isAnnuity(p.id)}
      isVirtual={win.isVirtual}
      onChoose={choose}
    />
  );
  return (
    <Section title={t('partyStart')} description={t('partyStartText')}>
      {win.isVirtual ? (
        <div ref={scrollRef} className="table-wrap parties-scroll is-virtual" onScroll={win.onScroll}>
          <table
            className="table party-starts-table"
            aria-label={t('partyStart')}
            aria-rowcount={model.parties.length}
            onFocus={(e) => {
              const at = Number((e.target as HTMLElement).closest('tr')?.dataset.row ?? NaN);
              if (!Number.isInteger(at)) return;
              setFocused(at);
              win.ensureVisible(at);
            }}
          >
            <colgroup>
              <col className="party-starts-name" />
              <col />
            </colgroup>
            <tbody>
              {win.before > 0 && <RowSpacer height={win.before} columns={2} className="parties-spacer" />}
              {model.parties.slice(win.first, win.last).map((p, i) => row(p, win.first + i))}
              {win.after > 0 && <RowSpacer height={win.after} columns={2} className="parties-spacer" />}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="form-row party-starts">{model.parties.map(row)}</div>
      )}
    </Section>
  );
}

/** Height of one row of the windowed party starts in px (the parties table's, styles/screens.css). */
const PARTY_START_ROW_HEIGHT = 46;
/** The same on a phone (`NARROW_SCREEN`), where name, choice and description stack (model-setup.css). */
const PARTY_START_ROW_HEIGHT_NARROW = 116;

/** One party's start choice; memoised, so an edit renders only the parties whose choice changed. */
const PartyStartRow = memo(function PartyStartRow({
  party: p,
  row,
  general,
  isAnnuity,
  isVirtual,
  onChoose,
}: {
  party: Party;
  row: number;
  general: DepreciationStart;
  isAnnuity: boolean;
  isVirtual: boolean;
  onChoose: (id: string, name: string, v: string) => void;
}) {
  const t = useT(setupMessages);
  const id = useId();
  const label = t('partyStartOf', { name: p.name });
  const hint =
    p.depreciationStart === undefined
      ? t('asAssumptionsText', { start: t(general) })
      : startHint(t, p.depreciationStart, isAnnuity);
  const options = [{ value: '', label: t('asAssumptions', { start: t(general) }) }, ...startOptions(t, isAnnuity)];
  const onChange = (v: string) => onChoose(p.id, p.name, v);
  if (!isVirtual)
    return (
      <SelectField label={label} value={p.depreciationStart ?? ''} hint={hint} options={options} onChange={onChange} />
    );
  // A row of the windowed table: the party's name heads the row; the choice is labelled with the
  // same words as the field above, its hint on the same line (on a phone both under the name).
  return (
    <tr data-row={row} aria-rowindex={row + 1}>
      <th scope="row">{p.name}</th>
      <td>
        <div className="field party-start-choice">
          <select
            aria-label={label}
            aria-describedby={`${id}-hint`}
            value={p.depreciationStart ?? ''}
            onChange={(e) => onChange(e.currentTarget.value)}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value} disabled={o.isDisabled}>
                {o.label}
              </option>
            ))}
          </select>
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        </div>
      </td>
    </tr>
  );
});
