import { CheckboxField, NumberField, SelectField } from '../../components';
import type { AddLineChange, Line, LineType, ModelFile } from '../../engine';
import { assetCategoriesOf } from '../../model';
import { useT } from '../../i18n';
import { AmountField, CategorySelect, PartySelect, YearField, type ChangeEdit } from './editor-fields';
import { scenarioMessages } from './messages';

const TYPES: LineType[] = ['oneOff', 'opex', 'investment', 'recurringInvestment', 'application'];

function retype(l: Line, type: LineType, m: ModelFile): Line {
  const base = { id: l.id, party: l.party };
  const y = m.horizon.startYear;
  const cat = l.type === 'application' ? 'applications' : l.category;
  const asset = assetCategoriesOf(m).some((c) => c.id === cat) ? cat : (assetCategoriesOf(m)[0]?.id ?? cat);
  switch (type) {
    case 'oneOff':
      return { ...base, type, category: 'programme', year: y, amount: 0 };
    case 'opex':
      return { ...base, type, category: cat, amount: 0 };
    case 'investment':
      return { ...base, type, category: asset, year: y, amount: 0 };
    case 'recurringInvestment':
      return { ...base, type, category: asset, from: y, to: m.horizon.endYear, amount: 0 };
    case 'application':
      return { ...base, type, year: y, purchase: 0, project: 'replacement' };
  }
}

/** The fields of the line an `addLine` lever adds. */
export function LineEditor({ model, change, edit }: { model: ModelFile; change: AddLineChange; edit: ChangeEdit }) {
  const t = useT(scenarioMessages);
  const l = change.line;
  const set = (label: string, fn: (line: Line) => void) =>
    edit((c) => {
      if (c.op === 'addLine') fn(c.line);
    }, label);
  const typeLabel: Record<LineType, string> = {
    oneOff: t('lineOneOff'),
    opex: t('lineOpex'),
    investment: t('lineInvestment'),
    recurringInvestment: t('lineRecurring'),
    application: t('lineApplication'),
  };
  const setField = (key: string, label: string) => (v: string | number | undefined) =>
    set(label, (x) => {
      const r = x as unknown as Record<string, unknown>;
      if (v === undefined) delete r[key];
      else r[key] = v;
    });
  return (
    <div className="form-row">
      <SelectField
        label={t('lineType')}
        value={l.type}
        options={TYPES.map((x) => ({ value: x, label: typeLabel[x] }))}
        onChange={(v) =>
          edit((c, m) => {
            if (c.op === 'addLine') c.line = retype(c.line, v as LineType, m);
          }, t('lineType'))
        }
      />
      <PartySelect
        model={model}
        label={t('party')}
        value={l.party}
        onChange={(v) =>
          set(t('party'), (x) => {
            x.party = v;
          })
        }
      />
      {l.type !== 'application' && (
        <CategorySelect
          model={model}
          label={t('category')}
          value={l.category}
          onChange={(v) =>
            set(t('category'), (x) => {
              if (x.type !== 'application') x.category = v;
            })
          }
          group={
            l.type === 'oneOff'
              ? (g) => g === 'oneOff'
              : l.type === 'opex'
                ? (g) => g !== 'oneOff'
                : (g) => g === 'infrastructure' || g === 'software'
          }
        />
      )}
      {(l.type === 'oneOff' || l.type === 'investment' || l.type === 'application') && (
        <YearField label={t('year')} value={l.year} onCommit={(v) => setField('year', t('year'))(v)} />
      )}
      {(l.type === 'opex' || l.type === 'recurringInvestment') && (
        <>
          <YearField
            label={t('startYearField')}
            value={l.from}
            isOptional={l.type === 'opex'}
            onCommit={(v) => setField('from', t('startYearField'))(v)}
          />
          <YearField
            label={t('endYearField')}
            value={l.to}
            isOptional={l.type === 'opex'}
            onCommit={(v) => setField('to', t('endYearField'))(v)}
          />
        </>
      )}
      {l.type !== 'application' && l.type !== 'recurringInvestment' && (
        <AmountField label={t('amount')} value={l.amount} onCommit={(v) => setField('amount', t('amount'))(v ?? 0)} />
      )}
      {l.type === 'recurringInvestment' && (
        <>
          <AmountField
            label={t('amount')}
            value={l.amount}
            isOptional
            onCommit={(v) =>
              set(t('amount'), (x) => {
                if (x.type !== 'recurringInvestment') return;
                if (v === undefined) delete x.amount;
                else {
                  x.amount = v;
                  delete x.perInhabitant;
                }
              })
            }
          />
          <AmountField
            label={t('perInhabitant')}
            value={l.perInhabitant}
            isOptional
            onCommit={(v) =>
              set(t('perInhabitant'), (x) => {
                if (x.type !== 'recurringInvestment') return;
                if (v === undefined) delete x.perInhabitant;
                else {
                  x.perInhabitant = v;
                  delete x.amount;
                }
              })
            }
          />
        </>
      )}
      {l.type === 'application' && (
        <>
          <AmountField
            label={t('amount')}
            value={l.purchase}
            onCommit={(v) => setField('purchase', t('amount'))(v ?? 0)}
          />
          <SelectField
            label={t('project')}
            value={l.project}
            options={[
              { value: 'replacement', label: t('replacement') },
              { value: 'renewal', label: t('renewal') },
            ]}
            onChange={(v) =>
              set(t('project'), (x) => {
                if (x.type === 'application') x.project = v === 'renewal' ? 'renewal' : 'replacement';
              })
            }
          />
        </>
      )}
      {(l.type === 'investment' || l.type === 'application') && (
        <NumberField
          label={t('term')}
          value={l.years === undefined ? '' : String(l.years)}
          rule={{ isInteger: true, min: 1, max: 100, isOptional: true }}
          onCommit={(v) => setField('years', t('term'))(v === '' ? undefined : Number(v))}
        />
      )}
      {(l.type === 'opex' || l.type === 'recurringInvestment') && (
        <CheckboxField
          label={t('indexed')}
          checked={l.indexed ?? l.type === 'opex'}
          onChange={(v) =>
            set(t('indexed'), (x) => {
              if (x.type === 'opex' || x.type === 'recurringInvestment') {
                if (v === (x.type === 'opex')) delete x.indexed;
                else x.indexed = v;
              }
            })
          }
        />
      )}
    </div>
  );
}
